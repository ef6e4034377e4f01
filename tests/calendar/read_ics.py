# Reads an .ics file with python3-icalendar, the way calendar clients read one, and prints what
# it found as JSON for tst_icsexport. Exits 3 when python3-icalendar is not installed.
import json
import sys

try:
    import icalendar
except ImportError:
    sys.exit(3)


def texts(value):
    if value is None:
        return []
    return [str(v) for v in (value if isinstance(value, list) else [value])]


with open(sys.argv[1], "rb") as f:
    calendar = icalendar.Calendar.from_ical(f.read())

events = []
for event in calendar.walk("VEVENT"):
    objects = event.get("X-MAINTNOTE-OBJECT-ID")
    objects = objects if isinstance(objects, list) else ([objects] if objects is not None else [])
    events.append({
        "uid": str(event.get("UID")),
        "dtstamp": event.decoded("DTSTAMP").isoformat(),
        "dtstart": event.decoded("DTSTART").isoformat(),
        "dtend": event.decoded("DTEND").isoformat(),
        "sequence": event.get("SEQUENCE"),
        "summary": str(event.get("SUMMARY")),
        "status": str(event.get("STATUS", "")),
        "organizer": str(event.get("ORGANIZER", "")),
        "provider": texts(event.get("X-MAINTNOTE-PROVIDER")),
        "account": texts(event.get("X-MAINTNOTE-ACCOUNT")),
        "maintenance_id": texts(event.get("X-MAINTNOTE-MAINTENANCE-ID")),
        "impact": texts(event.get("X-MAINTNOTE-IMPACT")),
        "maintenance_status": texts(event.get("X-MAINTNOTE-STATUS")),
        "objects": [[str(o), str(o.params.get("X-MAINTNOTE-OBJECT-IMPACT", ""))] for o in objects],
        "errors": [str(e) for e in getattr(event, "errors", [])],
    })

print(json.dumps({
    "version": str(calendar.get("VERSION")),
    "prodid": str(calendar.get("PRODID")),
    "errors": [str(e) for e in getattr(calendar, "errors", [])],
    "events": events,
}))
