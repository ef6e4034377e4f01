#pragma once

#include "domain/Alarm.h"
#include "domain/Event.h"
#include "domain/Inventory.h"
#include "domain/InventoryBatch.h"
#include "domain/Maintenance.h"
#include "domain/Notification.h"
#include "domain/SiteOverlap.h"
#include "EventQuery.h"
#include "StoreError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace nocdesk {

class EventRow;

// What a raw mail brings into the store before anything is parsed from it.
struct IncomingMail
{
    QString sourceName;   // empty for mail that came from no configured source
    QDateTime receivedAt;
    QString messageId;
    QString sender;
    QString subject;
    QByteArray raw;       // the whole RFC 822 message
    QString externalId;   // the source's own id for it (IMAP UID, Gmail message id)
};

// A notification source as stored: its settings as JSON (never a secret) and where its last
// fetch got to.
struct NotificationSourceRow
{
    qint64 id = 0;
    QString name;
    QString kind;          // "imap", "gmail" or "file"
    QByteArray config;     // JSON object
    bool enabled = true;
    QByteArray syncState;  // JSON object, the source's own bookmark
    QDateTime lastFetchAt;
    QString lastError;
};

// One maintenance as a single notice states it: what applyNotice() weighs against what the
// store already has. maintenance.windows lists every window the notice gives for it.
struct NoticeMaintenance
{
    Maintenance maintenance;
    QByteArray parsedJson;  // what the parser produced, kept with the link
};

// What one notice did to its maintenance, by the update rules.
struct NoticeApplication
{
    enum class Effect { Created, Updated, Unchanged, OutOfSequence };
    qint64 maintenanceId = 0;
    Effect effect = Effect::Created;
    bool acknowledgementReset = false;
    QStringList unknownCircuits;  // circuit ids the inventory does not know
};

// The one API to NocDesk's database. No SQL lives outside models/.
//
// A Store is a handle on one named connection. The GUI thread and the CLI open theirs with
// open(), which creates and migrates the file; every pool thread gets its own connection with
// forCurrentThread(), because a QSqlDatabase connection must only be used by the thread that
// made it. Methods throw StoreError.
class Store
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::Store)
public:
    // Checks that path is a NocDesk database of a version we can read (or an empty or missing
    // file, which becomes one), migrates it to the current schema and returns a handle on the
    // calling thread. A file that is not ours, or is newer, is left untouched.
    [[nodiscard]] static Store open(const QString &path, const QString &connectionName);
    // A connection for the calling thread to a database open() already migrated; opened on first
    // use and closed when the thread ends.
    [[nodiscard]] static Store forCurrentThread(const QString &path);
    // The schema version written in the file, without changing it: 0 for a new database.
    [[nodiscard]] static int inspectSchemaVersion(const QString &path);

    [[nodiscard]] QSqlDatabase database() const;
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString connectionName() const { return m_connectionName; }
    [[nodiscard]] int schemaVersion() const;
    // Row count of each table, for `nocdesk-cli info` and tests.
    [[nodiscard]] QMap<QString, qint64> tableCounts() const;

    // Inventory. add* insert or update by the natural key and return the row id.
    qint64 addProvider(const Provider &provider);
    qint64 addSite(const Site &site);
    qint64 addCircuit(const Circuit &circuit);
    qint64 addDevice(const Device &device);
    qint64 addInterface(const Interface &interface);
    [[nodiscard]] QList<Provider> providers() const;
    [[nodiscard]] QList<Site> sites() const;
    [[nodiscard]] QList<Circuit> circuits() const;
    [[nodiscard]] QList<Device> devices() const;
    [[nodiscard]] qint64 providerIdByName(const QString &name) const; // 0 when unknown
    [[nodiscard]] QList<Interface> interfaces() const;
    // Writes a whole import or sync in one transaction: every row is inserted or updated by its
    // natural key, fields the batch leaves out keep their stored values, references resolve
    // against the batch and the store. A reference to something neither holds throws StoreError
    // and nothing is written.
    InventoryChanges applyInventory(const InventoryBatch &batch);

    // Notification sources (settings only; secrets live in the keychain).
    // Adds the source or replaces its settings, by name.
    qint64 addNotificationSource(const QString &name, const QString &kind, const QByteArray &configJson, bool enabled = true);
    [[nodiscard]] qint64 sourceIdByName(const QString &name) const;
    [[nodiscard]] QList<NotificationSourceRow> notificationSources() const;
    // Settings of an existing source, by name; throws when there is none.
    void updateNotificationSource(const QString &name, const QByteArray &configJson, bool enabled);
    // Mail from a removed source is kept; it then shows no source.
    bool removeNotificationSource(const QString &name);
    void setSourceSyncState(const QString &name, const QByteArray &syncStateJson);
    void setSourceFetchResult(const QString &name, const QDateTime &at, const QString &error);

    // Notifications: every mail is stored whole first, then given its outcome.
    qint64 addIncomingMail(const IncomingMail &mail);
    void setNotificationOutcome(qint64 notificationId, NotificationOutcome outcome,
                                const QString &providerName, const QString &error);
    [[nodiscard]] QList<Notification> notifications(const QList<qint64> &ids = {}) const;
    [[nodiscard]] QByteArray rawNotification(qint64 notificationId) const;
    // The stored mail with this Message-ID (or digest), 0 when there is none: a mail is kept once.
    [[nodiscard]] qint64 notificationIdByMessageId(const QString &messageId) const;
    // Whether a source already delivered the mail it calls externalId.
    [[nodiscard]] bool hasExternalId(const QString &sourceName, const QString &externalId) const;
    // Forgets what a notification's earlier parse linked, before it is parsed again.
    void clearNoticeLinks(qint64 notificationId);
    // Mail from sender is attributed to provider from now on ("remember this sender").
    void rememberSender(const QString &sender, const QString &providerName, const QString &actor);
    // The provider the operator tied to this sender, empty when none.
    [[nodiscard]] QString providerForSender(const QString &sender) const;

    // Maintenances.
    qint64 createMaintenance(const Maintenance &maintenance, const QString &actor);
    // The update rules, in one transaction: one maintenance per (provider, maintenance id); a
    // newer notice (higher SEQUENCE, else later stamp) updates it, an older one is linked as
    // out-of-sequence and changes nothing; windows accumulate (RE-SCHEDULED links the new one to
    // the one it replaces); a CANCELLED or COMPLETED notice without circuits keeps the impacts;
    // the acknowledgement resets only when start, end, status or impacts change; an unknown
    // circuit adds a warning note.
    NoticeApplication applyNotice(qint64 notificationId, const NoticeMaintenance &notice, const QString &actor);
    // Adds the provider when the store does not know it yet; returns its id.
    qint64 ensureProvider(const QString &name, const QString &displayName);
    // Returns the ids whose state changed; records who and when in the history.
    QList<qint64> setAcknowledged(const QList<qint64> &maintenanceIds, bool acknowledged, const QString &actor);
    qint64 addNote(qint64 maintenanceId, const MaintenanceNote &note);
    // Replaces a note's text and level, recording who edited it and when; the text it replaced
    // goes into the maintenance's history, so an edit loses nothing. Returns the note's
    // maintenance; throws when there is no such note.
    qint64 editNote(qint64 noteId, MaintenanceNote::Level level, const QString &text, const QString &actor);
    [[nodiscard]] QList<Maintenance> maintenances(const QList<qint64> &ids = {}) const;
    [[nodiscard]] QList<MaintenanceNote> notes(qint64 maintenanceId) const;
    // Every window a maintenance was given, oldest first; rescheduledFrom is the row index of the
    // window a RE-SCHEDULED notice replaced (-1 for none).
    struct WindowRecord { QDateTime start; QDateTime end; int rescheduledFrom = -1; };
    [[nodiscard]] QList<WindowRecord> maintenanceWindows(qint64 maintenanceId) const;
    // The same for many maintenances in one query, by maintenance id.
    [[nodiscard]] QHash<qint64, QList<WindowRecord>> maintenanceWindows(const QList<qint64> &maintenanceIds) const;
    // The notices that built a maintenance, oldest first; applied is false for one that arrived
    // out of sequence and changed nothing. parsedJson is the maintenance as parsed from it.
    struct NoticeRecord { qint64 notificationId = 0; QDateTime receivedAt; QString subject; bool applied = true; QByteArray parsedJson; };
    [[nodiscard]] QList<NoticeRecord> maintenanceNotices(qint64 maintenanceId) const;
    struct HistoryEntry { QDateTime at; QString actor; QString action; QString detail; };
    [[nodiscard]] QList<HistoryEntry> maintenanceHistory(qint64 maintenanceId) const;

    // Events, inserted in one transaction per batch; the ids come back in the same order.
    // increments (row id -> repeats) add to the counts of events stored before, in the same
    // transaction: the batch, rows and counts, is stored whole or not at all.
    QList<qint64> addEvents(const QList<Event> &events, const QHash<qint64, int> &increments = {});
    // The same for rows made ready to store (what the syslog intake hands its writer).
    QList<qint64> addEventRows(const QList<EventRow> &rows, const QHash<qint64, int> &increments = {});
    // The newest events first, at most limit of them.
    [[nodiscard]] QList<Event> recentEvents(int limit) const;
    [[nodiscard]] QList<Event> events(const QList<qint64> &ids) const;
    // The Live Events pane's reads. maxId > 0 leaves out rows newer than it (what the pane has
    // not taken in yet). A page is at most limit rows of the filter in the order, from start.
    [[nodiscard]] qint64 newestEventId() const;
    [[nodiscard]] qint64 countEvents(const EventFilter &filter, qint64 maxId = 0) const;
    [[nodiscard]] QList<Event> eventPage(const EventFilter &filter, const EventOrder &order, const EventPageStart &start,
                                         qint64 maxId, int limit) const;
    // How SQLite reads such a page (EXPLAIN QUERY PLAN's steps): which index, or a scan.
    [[nodiscard]] QStringList eventPagePlan(const EventFilter &filter, const EventOrder &order,
                                            const EventPageStart &start) const;
    // Rows afterId < id <= upToId that pass the filter, oldest first, at most limit of them.
    [[nodiscard]] QList<Event> eventsAfter(const EventFilter &filter, qint64 afterId, qint64 upToId, int limit) const;
    // The distinct values of a text column (device, code, kind), sorted, for the filter's lists.
    [[nodiscard]] QStringList eventValues(EventSortKey column, int limit) const;

    // Alarms.
    qint64 raiseAlarm(const Alarm &alarm, const QString &actor);
    QList<qint64> setAlarmState(const QList<qint64> &alarmIds, AlarmState state, const QString &actor);
    [[nodiscard]] QList<Alarm> alarms(const QList<qint64> &ids = {}) const;
    // The alarms of these types in these states, by id: what a sync that owns those types
    // weighs (found by the state index, not by reading every alarm).
    [[nodiscard]] QList<Alarm> alarms(const QStringList &types, const QList<AlarmState> &states) const;
    // Whether an alarm of this type on this object with this text is in one of states.
    [[nodiscard]] bool hasAlarm(const QString &type, const QString &objectRef, const QString &text,
                                const QList<AlarmState> &states) const;
    [[nodiscard]] QList<AlarmHistoryEntry> alarmHistory(qint64 alarmId) const;

    // Site overlaps: what the overlap job found on its last run, replaced whole by each run.
    void replaceSiteOverlaps(const QList<SiteOverlap> &overlaps, const QDateTime &computedAt);
    // By site name, then time. With maintenanceIds: only the overlaps one of them takes part in.
    [[nodiscard]] QList<SiteOverlap> siteOverlaps(const QList<qint64> &maintenanceIds = {}) const;

    // The parsed JSON of the newest notice applied to each maintenance, for what only the notice
    // says (the provider's account); maintenances with none are left out.
    [[nodiscard]] QHash<qint64, QByteArray> latestAppliedNotices(const QList<qint64> &maintenanceIds) const;

    // Figures for the metrics endpoint, counted by the database: cheap however many rows.
    [[nodiscard]] QMap<NotificationOutcome, qint64> notificationCountsByOutcome() const;
    [[nodiscard]] QMap<MaintenanceStatus, qint64> maintenanceCountsByStatus() const;
    [[nodiscard]] QMap<OverlapKind, qint64> siteOverlapCountsByKind() const;
    // The inventory circuits a maintenance in one of statuses names with an impact other than
    // NO-IMPACT, when one of its current windows (those no RE-SCHEDULED notice replaced) holds
    // at, ends included.
    [[nodiscard]] QSet<qint64> circuitsImpactedAt(const QDateTime &at, const QList<MaintenanceStatus> &statuses) const;
    struct EventCount { qint64 rows = 0; qint64 lines = 0; }; // lines: rows plus their folded repeats
    // Events received at or after since. Rows are appended in time order, so only the tail of
    // the table is read.
    [[nodiscard]] EventCount eventsReceivedSince(const QDateTime &since) const;

private:
    Store(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
};

} // namespace nocdesk
