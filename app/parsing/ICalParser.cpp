#include "Parser.h"

#include "ParseFailure.h"
#include "TimeParsing.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <libical/ical.h>

#include <memory>

namespace nocdesk::parsing {

namespace {

// lupdate files these strings under the context named here.
class ICalText
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::parsing::ICalParser)
};

struct ComponentDeleter
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};

QString xParameter(icalproperty *prop, const char *name)
{
    for (icalparameter *p = icalproperty_get_first_parameter(prop, ICAL_X_PARAMETER); p;
         p = icalproperty_get_next_parameter(prop, ICAL_X_PARAMETER)) {
        const char *n = icalparameter_get_xname(p);
        if (n && qstricmp(n, name) == 0)
            return QString::fromUtf8(icalparameter_get_xvalue(p)).trimmed();
    }
    return {};
}

std::optional<qint64> timeOf(icalcomponent *ev, icalproperty_kind kind)
{
    icalproperty *prop = icalcomponent_get_first_property(ev, kind);
    if (!prop)
        return std::nullopt;
    const icaltimetype t = icalvalue_get_datetime(icalproperty_get_value(prop));
    if (icaltime_is_null_time(t) || !icaltime_is_valid_time(t))
        return std::nullopt;
    if (icaltime_is_utc(t))
        return qint64(icaltime_as_timet(t));
    QTimeZone zone = QTimeZone::utc();
    if (icalparameter *tzid = icalproperty_get_first_parameter(prop, ICAL_TZID_PARAMETER)) {
        const char *id = icalparameter_get_tzid(tzid);
        icalcomponent *root = ev;
        while (icalcomponent_get_parent(root))
            root = icalcomponent_get_parent(root);
        if (icaltimezone *z = id ? icalcomponent_get_timezone(root, id) : nullptr)
            return qint64(icaltime_as_timet_with_zone(t, z));
        const QTimeZone named = zoneForName(QString::fromUtf8(id));
        if (named.isValid())
            zone = named;
    }
    const QDateTime dt(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second), zone);
    if (!dt.isValid())
        return std::nullopt;
    return dt.toSecsSinceEpoch();
}

// libical trims property values; calendar clients (and the corpus) keep the SUMMARY exactly
// as written. So the raw SUMMARY of each VEVENT is taken from the unfolded text.
QStringList rawSummaries(const QByteArray &text)
{
    QByteArray unfolded = text;
    unfolded.replace("\r\n ", "").replace("\r\n\t", "").replace("\n ", "").replace("\n\t", "");
    QStringList out;
    bool inEvent = false;
    QString summary;
    const QList<QByteArray> lines = unfolded.split('\n');
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        const QByteArray upper = line.toUpper();
        if (upper == "BEGIN:VEVENT") {
            inEvent = true;
            summary.clear();
        } else if (upper == "END:VEVENT") {
            if (inEvent)
                out.append(summary);
            inEvent = false;
        } else if (inEvent && (upper.startsWith("SUMMARY:") || upper.startsWith("SUMMARY;"))) {
            // the value starts after the first colon outside a quoted parameter
            bool quoted = false;
            qsizetype colon = -1;
            for (qsizetype i = 0; i < line.size(); ++i) {
                if (line[i] == '"')
                    quoted = !quoted;
                else if (line[i] == ':' && !quoted) {
                    colon = i;
                    break;
                }
            }
            QString v = QString::fromUtf8(line.mid(colon + 1));
            v.replace(QLatin1String("\\n"), QLatin1String("\n")).replace(QLatin1String("\\N"), QLatin1String("\n"));
            v.replace(QLatin1String("\\,"), QLatin1String(",")).replace(QLatin1String("\\;"), QLatin1String(";"));
            v.replace(QLatin1String("\\\\"), QLatin1String("\\"));
            summary = v;
        }
    }
    return out;
}

MaintenanceDraft readEvent(icalcomponent *ev)
{
    MaintenanceDraft d;
    std::optional<Impact> eventImpact;
    struct Object { QString id; QString impact; };
    QList<Object> objects;
    for (icalproperty *p = icalcomponent_get_first_property(ev, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(ev, ICAL_X_PROPERTY)) {
        const char *rawName = icalproperty_get_x_name(p);
        if (!rawName)
            continue;
        const QByteArray name = QByteArray(rawName).toUpper();
        const char *rawValue = icalproperty_get_x(p);
        const QString value = QString::fromUtf8(rawValue ? rawValue : "").trimmed();
        if (name == "X-MAINTNOTE-PROVIDER")
            d.provider = value;
        else if (name == "X-MAINTNOTE-ACCOUNT")
            d.account = value;
        else if (name == "X-MAINTNOTE-MAINTENANCE-ID")
            d.maintenanceId = value;
        else if (name == "X-MAINTNOTE-STATUS") {
            d.status = statusFromName(value);
            if (!d.status)
                throw ParseFailure(ICalText::tr("unknown X-MAINTNOTE-STATUS \"%1\"").arg(value));
        } else if (name == "X-MAINTNOTE-IMPACT") {
            eventImpact = impactFromName(value);
            if (!eventImpact)
                throw ParseFailure(ICalText::tr("unknown X-MAINTNOTE-IMPACT \"%1\"").arg(value));
        } else if (name == "X-MAINTNOTE-OBJECT-ID")
            objects.append({value, xParameter(p, "X-MAINTNOTE-OBJECT-IMPACT")});
    }
    if (!d.status)
        d.status = Status::NoChange;
    QList<Circuit> circuits;
    for (const Object &o : std::as_const(objects)) {
        Circuit c{o.id, eventImpact.value_or(Impact::Outage)};
        if (!o.impact.isEmpty()) {
            const auto impact = impactFromName(o.impact);
            if (!impact)
                throw ParseFailure(ICalText::tr("unknown X-MAINTNOTE-OBJECT-IMPACT \"%1\"").arg(o.impact));
            c.impact = *impact;
        }
        circuits.append(c);
    }
    d.circuits = circuits;
    d.start = timeOf(ev, ICAL_DTSTART_PROPERTY);
    d.end = timeOf(ev, ICAL_DTEND_PROPERTY);
    d.stamp = timeOf(ev, ICAL_DTSTAMP_PROPERTY);
    if (!d.start)
        throw ParseFailure(ICalText::tr("the event has no valid DTSTART"));
    if (!d.end)
        throw ParseFailure(ICalText::tr("the event has no valid DTEND"));
    if (!d.stamp)
        throw ParseFailure(ICalText::tr("the event has no valid DTSTAMP"));
    if (const char *summary = icalcomponent_get_summary(ev))
        d.summary = QString::fromUtf8(summary);
    if (const char *uid = icalcomponent_get_uid(ev))
        d.uid = QString::fromUtf8(uid);
    if (icalproperty *seq = icalcomponent_get_first_property(ev, ICAL_SEQUENCE_PROPERTY))
        d.sequence = icalproperty_get_sequence(seq);
    else
        d.sequence = -1;
    if (icalproperty *org = icalcomponent_get_first_property(ev, ICAL_ORGANIZER_PROPERTY)) {
        if (const char *o = icalproperty_get_organizer(org))
            d.organizer = QString::fromUtf8(o);
    }
    return d;
}

QList<MaintenanceDraft> parseICal(const DataPart &part)
{
    const QByteArray text = part.content; // QByteArray is NUL-terminated
    std::unique_ptr<icalcomponent, ComponentDeleter> root(icalparser_parse_string(text.constData()));
    if (!root)
        throw ParseFailure(ICalText::tr("not an iCalendar object"));
    QList<MaintenanceDraft> out;
    if (icalcomponent_isa(root.get()) == ICAL_VEVENT_COMPONENT) {
        out.append(readEvent(root.get()));
        return out;
    }
    const QStringList summaries = rawSummaries(text);
    for (icalcomponent *ev = icalcomponent_get_first_component(root.get(), ICAL_VEVENT_COMPONENT); ev;
         ev = icalcomponent_get_next_component(root.get(), ICAL_VEVENT_COMPONENT)) {
        MaintenanceDraft d = readEvent(ev);
        const qsizetype i = out.size();
        if (d.summary && i < summaries.size() && summaries.at(i).trimmed() == d.summary->trimmed())
            d.summary = summaries.at(i);
        out.append(d);
    }
    if (out.isEmpty())
        throw ParseFailure(ICalText::tr("the calendar has no VEVENT"));
    return out;
}

QList<MaintenanceDraft> parseDate(const DataPart &part)
{
    const auto stamp = parseEmailDate(QString::fromUtf8(part.content));
    if (!stamp)
        throw ParseFailure(ICalText::tr("the Date header cannot be read"));
    MaintenanceDraft d;
    d.stamp = *stamp;
    return {d};
}

} // namespace

Parser icalParser()
{
    return Parser{QStringLiteral("ICal"), PartKind::ICal, parseICal};
}

Parser emailDateParser()
{
    return Parser{QStringLiteral("EmailDateParser"), PartKind::Date, parseDate};
}

} // namespace nocdesk::parsing
