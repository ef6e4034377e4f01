#include "Migrations.h"

namespace nocdesk {

namespace {

// Times are UTC epoch seconds (events: milliseconds) so SQL can compare and index them
// without parsing text.
Migration inventoryAndMaintenances()
{
    return {1, {
        QStringLiteral("CREATE TABLE providers ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " display_name TEXT NOT NULL DEFAULT '',"
                       " sender_addresses TEXT NOT NULL DEFAULT '',"
                       " sender_domains TEXT NOT NULL DEFAULT '',"
                       " time_zone TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE sites ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " description TEXT NOT NULL DEFAULT '',"
                       " time_zone TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE circuits ("
                       " id INTEGER PRIMARY KEY,"
                       " provider_id INTEGER NOT NULL REFERENCES providers(id),"
                       " circuit_id TEXT NOT NULL COLLATE NOCASE,"
                       " circuit_type TEXT NOT NULL DEFAULT '',"
                       " a_site_id INTEGER REFERENCES sites(id),"
                       " z_site_id INTEGER REFERENCES sites(id),"
                       " description TEXT NOT NULL DEFAULT '',"
                       " UNIQUE(provider_id, circuit_id))"),
        QStringLiteral("CREATE TABLE devices ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                       " site_id INTEGER REFERENCES sites(id),"
                       " vendor TEXT NOT NULL DEFAULT '',"
                       " os TEXT NOT NULL DEFAULT '',"
                       " management_address TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE interfaces ("
                       " id INTEGER PRIMARY KEY,"
                       " device_id INTEGER NOT NULL REFERENCES devices(id) ON DELETE CASCADE,"
                       " name TEXT NOT NULL,"
                       " circuit_id INTEGER REFERENCES circuits(id),"
                       " description TEXT NOT NULL DEFAULT '',"
                       " UNIQUE(device_id, name))"),
        QStringLiteral("CREATE TABLE notification_sources ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " kind TEXT NOT NULL CHECK (kind IN ('imap', 'gmail', 'file')),"
                       " config TEXT NOT NULL DEFAULT '{}',"   // JSON; never holds a secret
                       " enabled INTEGER NOT NULL DEFAULT 1,"
                       " last_fetch_at INTEGER,"
                       " last_error TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE raw_notifications ("
                       " id INTEGER PRIMARY KEY,"
                       " source_id INTEGER REFERENCES notification_sources(id),"
                       " received_at INTEGER NOT NULL,"
                       " message_id TEXT NOT NULL DEFAULT '',"
                       " sender TEXT NOT NULL DEFAULT '',"
                       " subject TEXT NOT NULL DEFAULT '',"
                       " provider_id INTEGER REFERENCES providers(id),"
                       " raw BLOB NOT NULL,"                     // the whole message, never truncated
                       " outcome TEXT NOT NULL DEFAULT 'pending',"
                       " error TEXT NOT NULL DEFAULT '',"
                       " processed_at INTEGER)"),
        QStringLiteral("CREATE INDEX raw_notifications_received ON raw_notifications(received_at)"),
        QStringLiteral("CREATE INDEX raw_notifications_message_id ON raw_notifications(message_id)"),
        QStringLiteral("CREATE TABLE maintenances ("
                       " id INTEGER PRIMARY KEY,"
                       " provider_id INTEGER NOT NULL REFERENCES providers(id),"
                       " maintenance_key TEXT NOT NULL,"
                       " summary TEXT NOT NULL DEFAULT '',"
                       " organizer TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL,"
                       " start_at INTEGER NOT NULL,"
                       " end_at INTEGER NOT NULL,"
                       " sequence INTEGER NOT NULL DEFAULT -1,"
                       " stamp INTEGER,"
                       " acknowledged INTEGER NOT NULL DEFAULT 0,"
                       " ack_by TEXT NOT NULL DEFAULT '',"
                       " ack_at INTEGER,"
                       " created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL,"
                       " UNIQUE(provider_id, maintenance_key))"),
        QStringLiteral("CREATE TABLE maintenance_windows ("
                       " id INTEGER PRIMARY KEY,"
                       " maintenance_id INTEGER NOT NULL REFERENCES maintenances(id) ON DELETE CASCADE,"
                       " start_at INTEGER NOT NULL,"
                       " end_at INTEGER NOT NULL,"
                       " rescheduled_from INTEGER REFERENCES maintenance_windows(id))"),
        QStringLiteral("CREATE TABLE maintenance_impacts ("
                       " id INTEGER PRIMARY KEY,"
                       " maintenance_id INTEGER NOT NULL REFERENCES maintenances(id) ON DELETE CASCADE,"
                       " circuit_ref TEXT NOT NULL,"
                       " circuit_id INTEGER REFERENCES circuits(id),"
                       " impact TEXT NOT NULL DEFAULT 'OUTAGE')"),
        QStringLiteral("CREATE TABLE maintenance_notes ("
                       " id INTEGER PRIMARY KEY,"
                       " maintenance_id INTEGER NOT NULL REFERENCES maintenances(id) ON DELETE CASCADE,"
                       " level TEXT NOT NULL DEFAULT 'INFO',"
                       " author TEXT NOT NULL DEFAULT '',"
                       " text TEXT NOT NULL,"
                       " created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE maintenance_history ("
                       " id INTEGER PRIMARY KEY,"
                       " maintenance_id INTEGER NOT NULL REFERENCES maintenances(id) ON DELETE CASCADE,"
                       " at INTEGER NOT NULL,"
                       " actor TEXT NOT NULL DEFAULT '',"
                       " action TEXT NOT NULL,"
                       " detail TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE parsed_notifications ("
                       " id INTEGER PRIMARY KEY,"
                       " raw_notification_id INTEGER NOT NULL REFERENCES raw_notifications(id) ON DELETE CASCADE,"
                       " maintenance_id INTEGER REFERENCES maintenances(id),"
                       " parsed_json TEXT NOT NULL,"
                       " created_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX parsed_notifications_maintenance ON parsed_notifications(maintenance_id)"),
        QStringLiteral("CREATE INDEX maintenance_windows_maintenance ON maintenance_windows(maintenance_id)"),
        QStringLiteral("CREATE INDEX maintenance_impacts_maintenance ON maintenance_impacts(maintenance_id)"),
    }};
}

Migration eventsAndRemediation()
{
    return {2, {
        // Rows arrive in time order; the primary key keeps inserts appending.
        QStringLiteral("CREATE TABLE events ("
                       " id INTEGER PRIMARY KEY,"
                       " received_at INTEGER NOT NULL,"   // ms since epoch, UTC
                       " event_time INTEGER,"            // ms since epoch, UTC; NULL when unknown
                       " host TEXT NOT NULL DEFAULT '',"
                       " os TEXT NOT NULL DEFAULT '',"
                       " facility INTEGER NOT NULL DEFAULT 1,"
                       " severity INTEGER NOT NULL DEFAULT 6,"
                       " code TEXT NOT NULL DEFAULT '',"
                       " kind TEXT NOT NULL DEFAULT '',"
                       " message TEXT NOT NULL DEFAULT '',"
                       " key_values TEXT NOT NULL DEFAULT '{}',"
                       " status TEXT NOT NULL DEFAULT 'NEW',"
                       " result TEXT NOT NULL DEFAULT '',"
                       " fold_count INTEGER NOT NULL DEFAULT 1,"
                       " raw BLOB NOT NULL DEFAULT x'')"),
        QStringLiteral("CREATE TABLE remediation_runs ("
                       " id INTEGER PRIMARY KEY,"
                       " event_id INTEGER REFERENCES events(id),"
                       " remediation TEXT NOT NULL,"
                       " device TEXT NOT NULL,"
                       " status TEXT NOT NULL,"
                       " started_at INTEGER,"
                       " finished_at INTEGER,"
                       " exit_status INTEGER,"
                       " stdout TEXT NOT NULL DEFAULT '',"
                       " stderr TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX remediation_runs_event ON remediation_runs(event_id)"),
    }};
}

Migration alarmsAndOutbox()
{
    return {3, {
        QStringLiteral("CREATE TABLE alarms ("
                       " id INTEGER PRIMARY KEY,"
                       " raised_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL,"
                       " severity TEXT NOT NULL,"
                       " object_ref TEXT NOT NULL,"
                       " alarm_type TEXT NOT NULL,"
                       " text TEXT NOT NULL DEFAULT '',"
                       " state TEXT NOT NULL DEFAULT 'active',"
                       " fold_count INTEGER NOT NULL DEFAULT 1,"
                       " event_id INTEGER REFERENCES events(id),"
                       " maintenance_id INTEGER REFERENCES maintenances(id),"
                       " forwarded_at INTEGER)"),
        QStringLiteral("CREATE INDEX alarms_state ON alarms(state)"),
        QStringLiteral("CREATE TABLE alarm_history ("
                       " id INTEGER PRIMARY KEY,"
                       " alarm_id INTEGER NOT NULL REFERENCES alarms(id) ON DELETE CASCADE,"
                       " at INTEGER NOT NULL,"
                       " actor TEXT NOT NULL DEFAULT '',"
                       " action TEXT NOT NULL,"
                       " detail TEXT NOT NULL DEFAULT '')"),
        // Deliveries to outside systems (NSP) wait here so a restart or an outage of the
        // receiver never loses one.
        QStringLiteral("CREATE TABLE outbox ("
                       " id INTEGER PRIMARY KEY,"
                       " created_at INTEGER NOT NULL,"
                       " target TEXT NOT NULL,"
                       " payload TEXT NOT NULL,"
                       " attempts INTEGER NOT NULL DEFAULT 0,"
                       " last_error TEXT NOT NULL DEFAULT '',"
                       " sent_at INTEGER)"),
    }};
}

// Lines that could not be parsed are stored too, with the reason; the pane and the counters
// tell them apart by this column.
Migration unparsedEvents()
{
    return {4, {
        QStringLiteral("ALTER TABLE events ADD COLUMN parse_error TEXT NOT NULL DEFAULT ''"),
    }};
}

// The mail pipeline: where each source got to (IMAP UIDVALIDITY/UID, Gmail's last run), the
// source's own id for each mail so a fetch never stores it twice, senders the operator tied to
// a provider, and whether a parsed notice changed its maintenance (an out-of-sequence notice is
// kept and linked, but applies nothing).
Migration mailPipeline()
{
    return {5, {
        QStringLiteral("ALTER TABLE notification_sources ADD COLUMN sync_state TEXT NOT NULL DEFAULT '{}'"),
        QStringLiteral("ALTER TABLE raw_notifications ADD COLUMN external_id TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE INDEX raw_notifications_external ON raw_notifications(source_id, external_id)"),
        QStringLiteral("CREATE INDEX raw_notifications_outcome ON raw_notifications(outcome)"),
        QStringLiteral("ALTER TABLE parsed_notifications ADD COLUMN applied INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("CREATE INDEX parsed_notifications_raw ON parsed_notifications(raw_notification_id)"),
        QStringLiteral("CREATE TABLE sender_rules ("
                       " id INTEGER PRIMARY KEY,"
                       " sender TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                       " provider_id INTEGER NOT NULL REFERENCES providers(id) ON DELETE CASCADE,"
                       " created_by TEXT NOT NULL DEFAULT '',"
                       " created_at INTEGER NOT NULL)"),
    }};
}

// What the maintenance overlap job found on its last run (app/maintenance): per site, spans in
// which two or more maintenances run at once, and which circuits each has there. Each run
// replaces the rows whole; the timeline reads them by time, the maintenance pane by maintenance.
Migration siteOverlaps()
{
    return {6, {
        QStringLiteral("CREATE TABLE site_overlaps ("
                       " id INTEGER PRIMARY KEY,"
                       " site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,"
                       " kind TEXT NOT NULL,"
                       " start_at INTEGER NOT NULL,"
                       " end_at INTEGER NOT NULL,"
                       " site_circuits INTEGER NOT NULL,"
                       " computed_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX site_overlaps_time ON site_overlaps(start_at)"),
        QStringLiteral("CREATE TABLE site_overlap_circuits ("
                       " id INTEGER PRIMARY KEY,"
                       " overlap_id INTEGER NOT NULL REFERENCES site_overlaps(id) ON DELETE CASCADE,"
                       " maintenance_id INTEGER NOT NULL REFERENCES maintenances(id) ON DELETE CASCADE,"
                       " circuit_id INTEGER NOT NULL REFERENCES circuits(id) ON DELETE CASCADE,"
                       " impact TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX site_overlap_circuits_overlap ON site_overlap_circuits(overlap_id)"),
        QStringLiteral("CREATE INDEX site_overlap_circuits_maintenance ON site_overlap_circuits(maintenance_id)"),
    }};
}

// What the Live Events pane needs to stay fast over millions of rows, at little cost to the
// writer. Each full index adds about half again to what an insert costs, whatever its
// order: one full index on severity, status, kind, code or device left 62-65% of the raw insert
// rate (instructions per row; device also triples the pages each commit writes, 45-50% in wall
// time), the five of them 16-32%. So the pane walks the table in id order for values that are
// common (a page of one device, code or kind, or of warnings, is among the newest rows), and
// these partial indexes hold only the rows such a walk would take long to find: errors and
// worse (few; (severity, id DESC) also serves "most severe first, newest first"), and rows
// whose status is no longer NEW (none when inserted). Both together keep about 80% of the raw
// insert rate (84-99% in wall time). The price: a device, code or kind that few rows have is
// found by reading back through the table (about 0.2 s a million rows here, on the GUI thread);
// migration 9's summary bounds that read, and skips it for a value no row has.
// SQLite uses a partial index only when the query names its condition: see StoreEvents.cpp.
Migration eventsPaneIndexes()
{
    return {7, {
        QStringLiteral("CREATE INDEX events_severe ON events(severity, id DESC) WHERE severity <= 3"),
        QStringLiteral("CREATE INDEX events_handled ON events(status) WHERE status <> 'NEW'"),
    }};
}

// Notes can be edited: who edited one last (updated_at says when); the text an edit replaced
// goes into the maintenance's history. And notes are found by maintenance: the maintenance list
// counts each one's notes, which without the index read every note once per maintenance.
Migration editableNotes()
{
    return {8, {
        QStringLiteral("ALTER TABLE maintenance_notes ADD COLUMN edited_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE INDEX maintenance_notes_maintenance ON maintenance_notes(maintenance_id)"),
    }};
}

// What the Live Events pane reads before the events table (EventSummary): per device, and per
// class of event (code, kind and severity together), the first and last id of its rows and
// how many there are; per device also which severities it has. The writer adds each batch in the batch's transaction, a few hundred
// upserts per 5,000 rows, where a full index would add an entry per row (migration 7). The
// pane then answers a value no row has without reading the table, searches a rare one between
// its first and last id, and leaves out of a sort by severity the severities with no rows.
// Built here for the rows already stored.
Migration eventsSummary()
{
    return {9, {
        QStringLiteral("CREATE TABLE event_hosts ("
                       " host TEXT NOT NULL PRIMARY KEY,"
                       " first_id INTEGER NOT NULL,"
                       " last_id INTEGER NOT NULL,"
                       " row_count INTEGER NOT NULL,"
                       " severities INTEGER NOT NULL) WITHOUT ROWID"),  // bit 1 << severity for each it has
        QStringLiteral("CREATE TABLE event_classes ("
                       " code TEXT NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " severity INTEGER NOT NULL,"
                       " first_id INTEGER NOT NULL,"
                       " last_id INTEGER NOT NULL,"
                       " row_count INTEGER NOT NULL,"
                       " PRIMARY KEY (code, kind, severity)) WITHOUT ROWID"),
        // Distinct powers of two add up to their bitwise or.
        QStringLiteral("INSERT INTO event_hosts (host, first_id, last_id, row_count, severities)"
                       " SELECT host, min(id), max(id), count(*), sum(DISTINCT 1 << max(0, min(severity, 7)))"
                       " FROM events GROUP BY host"),
        QStringLiteral("INSERT INTO event_classes (code, kind, severity, first_id, last_id, row_count)"
                       " SELECT code, kind, severity, min(id), max(id), count(*) FROM events GROUP BY code, kind, severity"),
    }};
}

// Alarms are found by what they are about: a sync that owns a type of alarm (the overlap
// alarms) asks whether the one it would raise is already there, which without this index read
// every closed alarm of every kind.
Migration alarmsByIdentity()
{
    return {10, {
        QStringLiteral("CREATE INDEX alarms_identity ON alarms(alarm_type, object_ref)"),
    }};
}

// Repeats of an event counted after it was stored (EventFolder's increments) go here, not
// into events.fold_count. The repeats of a storm fall on rows of the last ten seconds, each on
// a page of its own: updating them in place rewrote a 4 KiB page of events per repeat, and
// took about 40% of the intake writer's CPU. Here a batch's repeats fall on a few dense pages.
// An event's count is fold_count plus its repeats (EventRepeats.h). No foreign key: events are
// never deleted, and checking one would read the event's page again.
Migration eventRepeats()
{
    return {11, {
        QStringLiteral("CREATE TABLE event_repeats (event_id INTEGER PRIMARY KEY, repeats INTEGER NOT NULL)"),
    }};
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> steps{inventoryAndMaintenances(), eventsAndRemediation(), alarmsAndOutbox(),
                                        unparsedEvents(), mailPipeline(), siteOverlaps(), eventsPaneIndexes(),
                                        editableNotes(), eventsSummary(), alarmsByIdentity(), eventRepeats()};
    return steps;
}

int currentSchemaVersion() { return migrations().constLast().version; }

} // namespace nocdesk
