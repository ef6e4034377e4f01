#include "Store.h"

#include "IdList.h"
#include "MaintenanceHistory.h"
#include "RowReader.h"
#include "SqlQuery.h"
#include "TimeColumns.h"
#include "TransactionGuard.h"

#include "SqliteHandle.h"

#include <QHash>
#include <QRunnable>
#include <QThreadPool>

#include <sqlite3.h>

#include <algorithm>
#include <future>
#include <memory>
#include <optional>

namespace nocdesk {

using sqltime::fromSeconds;
using sqltime::nullableId;
using sqltime::seconds;

void addMaintenanceHistory(const QSqlDatabase &db, qint64 maintenanceId, const QString &actor,
                const QString &action, const QString &detail)
{
    SqlQuery q(db, QStringLiteral(
        "INSERT INTO maintenance_history (maintenance_id, at, actor, action, detail) VALUES (?, ?, ?, ?, ?)"));
    q.bindAll({maintenanceId, seconds(QDateTime::currentDateTimeUtc()), actor, action, detail});
    q.exec();
}

qint64 Store::createMaintenance(const Maintenance &m, const QString &actor)
{
    const QSqlDatabase db = database();
    TransactionGuard transaction(db);
    const qint64 providerId = providerIdByName(m.providerName);
    if (providerId == 0)
        throw StoreError(StoreError::Kind::Query, tr("Unknown provider \"%1\".").arg(m.providerName));

    const QVariant now = seconds(QDateTime::currentDateTimeUtc());
    SqlQuery insert(db, QStringLiteral(
        "INSERT INTO maintenances (provider_id, maintenance_key, summary, organizer, status, start_at,"
        " end_at, sequence, stamp, acknowledged, ack_by, ack_at, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bindAll({providerId, m.maintenanceKey, m.summary, m.organizer, storedName(m.status),
                    seconds(m.start), seconds(m.end), m.sequence, seconds(m.stamp), m.acknowledged ? 1 : 0,
                    m.acknowledgedBy, seconds(m.acknowledgedAt), now, now});
    const qint64 id = insert.insert();

    SqlQuery window(db, QStringLiteral(
        "INSERT INTO maintenance_windows (maintenance_id, start_at, end_at) VALUES (?, ?, ?)"));
    const QList<MaintenanceWindow> windows = m.effectiveWindows();
    for (const MaintenanceWindow &w : windows)
        window.bindAll({id, seconds(w.start), seconds(w.end)}).exec();

    SqlQuery circuit(db, QStringLiteral(
        "SELECT id FROM circuits WHERE provider_id = ? AND circuit_id = ? COLLATE NOCASE"));
    SqlQuery impact(db, QStringLiteral(
        "INSERT INTO maintenance_impacts (maintenance_id, circuit_ref, circuit_id, impact) VALUES (?, ?, ?, ?)"));
    for (const CircuitImpact &ci : m.impacts) {
        circuit.bindAll({providerId, ci.circuitRef}).exec();
        const qint64 circuitId = circuit.next() ? circuit.value(0).toLongLong() : 0;
        impact.bindAll({id, ci.circuitRef, nullableId(circuitId), storedName(ci.impact)}).exec();
    }
    addMaintenanceHistory(db, id, actor, QStringLiteral("created"), storedName(m.status));
    transaction.commit();
    return id;
}

QList<qint64> Store::setAcknowledged(const QList<qint64> &maintenanceIds, bool acknowledged, const QString &actor)
{
    const QSqlDatabase db = database();
    TransactionGuard transaction(db);
    const QVariant now = seconds(QDateTime::currentDateTimeUtc());
    SqlQuery update(db, QStringLiteral(
        "UPDATE maintenances SET acknowledged = ?, ack_by = ?, ack_at = ?, updated_at = ?"
        " WHERE id = ? AND acknowledged <> ?"));
    QList<qint64> changed;
    for (qint64 id : maintenanceIds) {
        update.bindAll({acknowledged ? 1 : 0, acknowledged ? actor : QString(),
                        acknowledged ? now : QVariant(QMetaType(QMetaType::LongLong)), now, id,
                        acknowledged ? 1 : 0});
        update.exec();
        if (update.numRowsAffected() > 0) {
            changed << id;
            addMaintenanceHistory(db, id, actor, acknowledged ? QStringLiteral("acknowledged") : QStringLiteral("unacknowledged"), {});
        }
    }
    transaction.commit();
    return changed;
}

qint64 Store::addNote(qint64 maintenanceId, const MaintenanceNote &note)
{
    const QVariant created = seconds(note.createdAt.isValid() ? note.createdAt : QDateTime::currentDateTimeUtc());
    SqlQuery q(database(), QStringLiteral(
        "INSERT INTO maintenance_notes (maintenance_id, level, author, text, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?)"));
    q.bindAll({maintenanceId,
               note.level == MaintenanceNote::Level::Warning ? QStringLiteral("WARNING") : QStringLiteral("INFO"),
               note.author, note.text, created, created});
    return q.insert();
}

qint64 Store::editNote(qint64 noteId, MaintenanceNote::Level level, const QString &text, const QString &actor)
{
    const QSqlDatabase db = database();
    TransactionGuard transaction(db);
    SqlQuery current(db, QStringLiteral("SELECT maintenance_id, text FROM maintenance_notes WHERE id = ?"));
    current.bind(noteId).exec();
    if (!current.next())
        throw StoreError(StoreError::Kind::Query, tr("There is no note #%1 (removed meanwhile?).").arg(noteId));
    const qint64 maintenanceId = current.value(0).toLongLong();
    const QString before = current.value(1).toString();
    SqlQuery update(db, QStringLiteral(
        "UPDATE maintenance_notes SET level = ?, text = ?, edited_by = ?, updated_at = ? WHERE id = ?"));
    update.bindAll({level == MaintenanceNote::Level::Warning ? QStringLiteral("WARNING") : QStringLiteral("INFO"), text,
                    actor, seconds(QDateTime::currentDateTimeUtc()), noteId});
    update.exec();
    addMaintenanceHistory(db, maintenanceId, actor, QStringLiteral("note-edited"), before);
    transaction.commit();
    return maintenanceId;
}

namespace {

// How many rows of a table point at each maintenance (notices, notes), counted here from the
// index on maintenance_id: SQLite's GROUP BY cost three times as much per row.
QHash<qint64, int> countsByMaintenance(const QSqlDatabase &db, const QString &table, const QList<qint64> &ids)
{
    RowReader r(db, QStringLiteral("SELECT maintenance_id FROM ") + table + idFilter(QStringLiteral("maintenance_id"), ids));
    QHash<qint64, int> counts;
    while (r.next())
        ++counts[r.integer(0)];
    return counts;
}

} // namespace

// Read in plain passes, one per table, each joined here by id rather than in SQL: the pane
// opens on every maintenance, and SQLite answered the one statement with joins, correlated
// counts and an ORDER BY over whole rows at half the speed of these. Strings that repeat
// (providers, sites, statuses) are made once and shared by every record that names them.
namespace {

using ImpactsByMaintenance = QHash<qint64, QList<CircuitImpact>>;

QHash<qint64, QList<MaintenanceWindow>> readWindows(const QSqlDatabase &db, const QList<qint64> &ids)
{
    QHash<qint64, QList<MaintenanceWindow>> byMaintenance;
    RowReader windows(db, QStringLiteral("SELECT maintenance_id, start_at, end_at FROM maintenance_windows")
                              + idFilter(QStringLiteral("maintenance_id"), ids) + QStringLiteral(" ORDER BY id"));
    while (windows.next())
        byMaintenance[windows.integer(0)].append({windows.seconds(1), windows.seconds(2)});
    return byMaintenance;
}

QHash<qint64, QList<CircuitImpact>> readImpacts(const QSqlDatabase &db, const QList<qint64> &ids)
{
    // The A-side site of each circuit a maintenance names.
    QHash<qint64, QString> siteOfCircuit;
    QHash<QString, QString> siteNames;
    {
        // All of them when reading every maintenance: cheaper than finding which are named.
        RowReader r(db, QStringLiteral("SELECT c.id, s.name FROM circuits c JOIN sites s ON s.id = c.a_site_id")
                            + (ids.isEmpty() ? QString()
                                             : QStringLiteral(" WHERE c.id IN (SELECT circuit_id FROM maintenance_impacts")
                                                   + idFilter(QStringLiteral("maintenance_id"), ids) + QStringLiteral(")")));
        while (r.next()) {
            const QString name = r.text(1);
            siteOfCircuit.insert(r.integer(0), *siteNames.insert(name, name));
        }
    }
    QHash<qint64, QList<CircuitImpact>> byMaintenance;
    TextInterner circuitRefs;
    StoredNameLookup<Impact> impactOf(impactFromString);
    RowReader impacts(db, QStringLiteral("SELECT maintenance_id, circuit_ref, circuit_id, impact FROM maintenance_impacts")
                              + idFilter(QStringLiteral("maintenance_id"), ids) + QStringLiteral(" ORDER BY id"));
    while (impacts.next()) {
        const qint64 circuitId = impacts.isNull(2) ? 0 : impacts.integer(2);
        byMaintenance[impacts.integer(0)].append(
            {circuitRefs(impacts.utf8(1)), circuitId, siteOfCircuit.value(circuitId), impactOf(impacts.utf8(3))});
    }
    return byMaintenance;
}

// A read transaction on the connection's SQLite handle: every statement in it reads the same
// snapshot of the database. Not TransactionGuard: that one takes the write lock (BEGIN
// IMMEDIATE), which two connections cannot both hold and which would stop the writers.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(sqlite3 *db) : m_db(db) { m_open = sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK; }
    ~ReadSnapshot()
    {
        if (m_open)
            sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;
    [[nodiscard]] bool isOpen() const { return m_open; }

private:
    sqlite3 *m_db;
    bool m_open = false;
};

qint64 dataVersion(const QSqlDatabase &db)
{
    RowReader r(db, QStringLiteral("PRAGMA data_version"));
    return r.next() ? r.integer(0) : -1;
}

// Reads the impacts of every maintenance on a second connection, on a pool thread, while the
// caller reads the maintenances and their windows; both halves are about the same work. Empty when
// that cannot be done soundly (an in-memory or shared database, the caller in a transaction,
// no pool thread free, another writer committing in between): the caller reads them itself.
//
// Both connections must read one snapshot. SQLite here has no snapshot API, so: the caller
// notes its data version (PRAGMA data_version changes when another connection commits); the
// helper opens its read transaction; then the caller opens its own. If the caller's version
// inside its transaction is still the one it noted, nothing was committed between the two
// noting points, the helper's start among them, so both read the same database.
class ImpactsAlongside
{
public:
    ImpactsAlongside(const QSqlDatabase &db, const QString &path)
    {
        m_handle = sqliteHandle(db);
        if (!m_handle || sqlite3_get_autocommit(m_handle) == 0 || path.isEmpty() || path == QLatin1String(":memory:")
            || path.startsWith(QLatin1String("file:")))
            return;
        m_versionBefore = dataVersion(db);
        auto started = std::make_shared<std::promise<bool>>();
        m_started = started->get_future();
        auto result = std::make_shared<std::promise<std::optional<ImpactsByMaintenance>>>();
        m_result = result->get_future();
        QRunnable *task = QRunnable::create([path, started, result] {
            bool told = false;
            try {
                const Store store = Store::forCurrentThread(path);
                const QSqlDatabase mine = store.database();
                ReadSnapshot snapshot(sqliteHandle(mine));
                if (snapshot.isOpen()) // a first read of a table: the snapshot is taken here
                    (void)RowReader(mine, QStringLiteral("SELECT 1 FROM maintenance_windows LIMIT 1")).next();
                started->set_value(snapshot.isOpen());
                told = true;
                if (!snapshot.isOpen()) {
                    result->set_value(std::nullopt);
                    return;
                }
                result->set_value(readImpacts(mine, {}));
            } catch (...) {
                if (!told)
                    started->set_value(false);
                result->set_value(std::nullopt);
            }
        });
        if (!QThreadPool::globalInstance()->tryStart(task)) {
            delete task;
            return;
        }
        m_launched = true;
    }

    ImpactsAlongside(const ImpactsAlongside &) = delete;
    ImpactsAlongside &operator=(const ImpactsAlongside &) = delete;

    ~ImpactsAlongside()
    {
        if (m_launched && m_result.valid())
            m_result.wait(); // it shares nothing with the caller, but must not outlive the read
    }

    // Opens the caller's transaction once the helper holds its snapshot; false: read alone.
    bool beginCallersRead()
    {
        if (!m_launched || !m_started.get())
            return false;
        m_snapshot = std::make_unique<ReadSnapshot>(m_handle);
        return m_snapshot->isOpen();
    }

    // The impacts, when both read the same snapshot (call after the caller's first read).
    std::optional<ImpactsByMaintenance> take(const QSqlDatabase &db)
    {
        if (!m_snapshot || !m_snapshot->isOpen())
            return std::nullopt;
        const bool same = dataVersion(db) == m_versionBefore;
        std::optional<ImpactsByMaintenance> impacts = m_result.get();
        return same ? std::move(impacts) : std::nullopt;
    }

private:
    sqlite3 *m_handle = nullptr;
    qint64 m_versionBefore = -1;
    bool m_launched = false;
    std::future<bool> m_started;
    std::future<std::optional<ImpactsByMaintenance>> m_result;
    std::unique_ptr<ReadSnapshot> m_snapshot; // the caller's: ends after its reads
};

} // namespace

QList<Maintenance> Store::maintenances(const QList<qint64> &ids) const
{
    const QSqlDatabase db = database();
    // The whole list (the pane opening) is read on two connections at once.
    std::optional<ImpactsAlongside> alongside;
    if (ids.isEmpty())
        alongside.emplace(db, m_path);
    const bool together = alongside && alongside->beginCallersRead();

    struct ProviderNames
    {
        QString name;
        QString label;
    };
    QHash<qint64, ProviderNames> providers;
    {
        RowReader r(db, QStringLiteral("SELECT id, name, coalesce(nullif(display_name, ''), name) FROM providers"));
        while (r.next())
            providers.insert(r.integer(0), {r.text(1), r.text(2)});
    }
    const QHash<qint64, int> noticeCounts = countsByMaintenance(db, QStringLiteral("parsed_notifications"), ids);
    const QHash<qint64, int> noteCounts = countsByMaintenance(db, QStringLiteral("maintenance_notes"), ids);

    RowReader q(db, QStringLiteral(
        "SELECT id, provider_id, maintenance_key, summary, organizer, status, start_at, end_at, sequence,"
        " acknowledged, ack_by, ack_at, updated_at, stamp FROM maintenances")
        + idFilter(QStringLiteral("id"), ids));
    QList<Maintenance> result;
    TextInterner organizers, people;
    StoredNameLookup<MaintenanceStatus> statusOf(maintenanceStatusFromString);
    while (q.next()) {
        Maintenance m;
        m.id = q.integer(0);
        const ProviderNames provider = providers.value(q.integer(1));
        m.providerName = provider.name;
        m.providerLabel = provider.label;
        m.maintenanceKey = q.text(2);
        m.summary = q.text(3);
        m.organizer = organizers(q.utf8(4));
        m.status = statusOf(q.utf8(5));
        m.start = q.seconds(6);
        m.end = q.seconds(7);
        m.sequence = int(q.integer(8));
        m.acknowledged = q.integer(9) != 0;
        m.acknowledgedBy = people(q.utf8(10));
        m.acknowledgedAt = q.seconds(11);
        m.updatedAt = q.seconds(12);
        m.stamp = q.seconds(13);
        m.noticeCount = noticeCounts.value(m.id);
        m.noteCount = noteCounts.value(m.id);
        result.append(std::move(m));
    }
    // By start, then id (start_at is NOT NULL).
    QList<std::pair<qint64, qsizetype>> order;
    order.reserve(result.size());
    for (qsizetype i = 0; i < result.size(); ++i)
        order.append({result.at(i).start.toSecsSinceEpoch(), i});
    std::sort(order.begin(), order.end(), [&result](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : result.at(a.second).id < result.at(b.second).id;
    });
    QList<Maintenance> sorted;
    sorted.reserve(result.size());
    for (const auto &[key, index] : std::as_const(order))
        sorted.append(std::move(result[index]));
    result = std::move(sorted);

    QHash<qint64, QList<MaintenanceWindow>> windows = readWindows(db, ids);
    std::optional<ImpactsByMaintenance> impacts;
    if (together)
        impacts = alongside->take(db);
    if (!impacts)
        impacts = readImpacts(db, ids); // inside the caller's snapshot, when it has one
    for (Maintenance &m : result) {
        m.windows = windows.take(m.id);
        // Each maintenance's windows by start; in the order they were stored when they start together.
        if (m.windows.size() > 1)
            std::stable_sort(m.windows.begin(), m.windows.end(),
                             [](const MaintenanceWindow &a, const MaintenanceWindow &b) { return a.start < b.start; });
        m.impacts = impacts->take(m.id);
    }
    return result;
}

QList<MaintenanceNote> Store::notes(qint64 maintenanceId) const
{
    SqlQuery q(database(), QStringLiteral(
        "SELECT id, level, author, text, created_at, edited_by, updated_at FROM maintenance_notes"
        " WHERE maintenance_id = ? ORDER BY id"));
    q.bind(maintenanceId).exec();
    QList<MaintenanceNote> result;
    while (q.next()) {
        MaintenanceNote n;
        n.id = q.value(0).toLongLong();
        n.level = q.value(1).toString() == QLatin1String("WARNING") ? MaintenanceNote::Level::Warning
                                                                    : MaintenanceNote::Level::Info;
        n.author = q.value(2).toString();
        n.text = q.value(3).toString();
        n.createdAt = fromSeconds(q.value(4));
        n.editedBy = q.value(5).toString();
        if (!n.editedBy.isEmpty())
            n.editedAt = fromSeconds(q.value(6));
        result.append(n);
    }
    return result;
}

QList<Store::WindowRecord> Store::maintenanceWindows(qint64 maintenanceId) const
{
    SqlQuery q(database(), QStringLiteral(
        "SELECT id, start_at, end_at, rescheduled_from FROM maintenance_windows WHERE maintenance_id = ? ORDER BY id"));
    q.bind(maintenanceId).exec();
    QList<WindowRecord> result;
    QHash<qint64, int> indexOf;
    while (q.next()) {
        indexOf.insert(q.value(0).toLongLong(), int(result.size()));
        result.append({fromSeconds(q.value(1)), fromSeconds(q.value(2)),
                       q.value(3).isNull() ? -1 : indexOf.value(q.value(3).toLongLong(), -1)});
    }
    return result;
}

QHash<qint64, QList<Store::WindowRecord>> Store::maintenanceWindows(const QList<qint64> &maintenanceIds) const
{
    QHash<qint64, QList<WindowRecord>> result;
    if (maintenanceIds.isEmpty())
        return result;
    SqlQuery q(database(), QStringLiteral("SELECT maintenance_id, id, start_at, end_at, rescheduled_from FROM maintenance_windows")
                               + idFilter(QStringLiteral("maintenance_id"), maintenanceIds)
                               + QStringLiteral(" ORDER BY maintenance_id, id"));
    q.exec();
    // A window only ever replaces one of the same maintenance, listed before it.
    QHash<qint64, int> indexOf;
    while (q.next()) {
        QList<WindowRecord> &windows = result[q.value(0).toLongLong()];
        indexOf.insert(q.value(1).toLongLong(), int(windows.size()));
        windows.append({fromSeconds(q.value(2)), fromSeconds(q.value(3)),
                        q.value(4).isNull() ? -1 : indexOf.value(q.value(4).toLongLong(), -1)});
    }
    return result;
}

QList<Store::NoticeRecord> Store::maintenanceNotices(qint64 maintenanceId) const
{
    SqlQuery q(database(), QStringLiteral(
        "SELECT n.id, n.received_at, n.subject, pn.applied, pn.parsed_json FROM parsed_notifications pn"
        " JOIN raw_notifications n ON n.id = pn.raw_notification_id"
        " WHERE pn.maintenance_id = ? ORDER BY n.received_at, n.id"));
    q.bind(maintenanceId).exec();
    QList<NoticeRecord> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), fromSeconds(q.value(1)), q.value(2).toString(), q.value(3).toBool(),
                       q.value(4).toByteArray()});
    return result;
}

QList<Store::HistoryEntry> Store::maintenanceHistory(qint64 maintenanceId) const
{
    SqlQuery q(database(), QStringLiteral(
        "SELECT at, actor, action, detail FROM maintenance_history WHERE maintenance_id = ? ORDER BY id"));
    q.bind(maintenanceId).exec();
    QList<HistoryEntry> result;
    while (q.next())
        result.append({fromSeconds(q.value(0)), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return result;
}

} // namespace nocdesk
