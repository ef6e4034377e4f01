#include "Store.h"

#include "IdList.h"
#include "SqlQuery.h"
#include "TimeColumns.h"

namespace nocdesk {

namespace {

// Rows counted by one column's value, "SELECT value, count(*) ... GROUP BY value"; values that
// read as the same key add up.
template<typename Key>
QMap<Key, qint64> countsBy(const QSqlDatabase &db, const QString &sql, Key (*fromString)(const QString &, bool *))
{
    SqlQuery q(db, sql);
    q.exec();
    QMap<Key, qint64> counts;
    while (q.next())
        counts[fromString(q.value(0).toString(), nullptr)] += q.value(1).toLongLong();
    return counts;
}

} // namespace

QMap<NotificationOutcome, qint64> Store::notificationCountsByOutcome() const
{
    return countsBy(database(), QStringLiteral("SELECT outcome, count(*) FROM raw_notifications GROUP BY outcome"),
                    &notificationOutcomeFromString);
}

QMap<MaintenanceStatus, qint64> Store::maintenanceCountsByStatus() const
{
    return countsBy(database(), QStringLiteral("SELECT status, count(*) FROM maintenances GROUP BY status"),
                    &maintenanceStatusFromString);
}

QMap<OverlapKind, qint64> Store::siteOverlapCountsByKind() const
{
    return countsBy(database(), QStringLiteral("SELECT kind, count(*) FROM site_overlaps GROUP BY kind"),
                    &overlapKindFromString);
}

QSet<qint64> Store::circuitsImpactedAt(const QDateTime &at, const QList<MaintenanceStatus> &statuses) const
{
    QSet<qint64> circuits;
    if (statuses.isEmpty())
        return circuits;
    // Driven by the windows that hold at `at` (a scan of the windows table is a tenth of one of
    // the impacts). Windows are stored in seconds, `at` has milliseconds: compared in
    // milliseconds, so a window that ended at 12:00:00 does not hold at 12:00:00.500. The
    // replaced windows are one list, built once. Every maintenance has a window row
    // (createMaintenance writes its effectiveWindows()), so none is missed.
    SqlQuery q(database(), QStringLiteral(
        "SELECT DISTINCT i.circuit_id FROM maintenance_windows w"
        " JOIN maintenances m ON m.id = w.maintenance_id"
        " JOIN maintenance_impacts i ON i.maintenance_id = w.maintenance_id"
        " WHERE w.start_at * 1000 <= ? AND w.end_at * 1000 >= ?"
        " AND w.id NOT IN (SELECT rescheduled_from FROM maintenance_windows WHERE rescheduled_from IS NOT NULL)"
        " AND m.status IN (") + placeholders(statuses.size()) + QStringLiteral(")"
        " AND i.circuit_id IS NOT NULL AND i.impact <> ?"));
    const QVariant ms = sqltime::millis(at);
    q.bindValues(QVariantList{ms, ms} + storedNames(statuses) + QVariantList{storedName(Impact::NoImpact)});
    q.exec();
    while (q.next())
        circuits.insert(q.value(0).toLongLong());
    return circuits;
}

Store::EventCount Store::eventsReceivedSince(const QDateTime &since) const
{
    const QSqlDatabase db = database();
    SqlQuery bounds(db, QStringLiteral("SELECT min(id), max(id) FROM events"));
    bounds.exec();
    if (!bounds.next() || bounds.value(0).isNull())
        return {};
    const qint64 sinceMs = since.toMSecsSinceEpoch();
    // Whether the first row at or after id was received at or after `since`. Rows are appended
    // in time order, so this flips once along the ids: a binary search finds where, reading a
    // few rows of the primary key instead of scanning the table.
    SqlQuery probe(db, QStringLiteral("SELECT received_at FROM events WHERE id >= ? ORDER BY id LIMIT 1"));
    const auto recentFrom = [&](qint64 id) {
        probe.bind(id).exec();
        return probe.next() && probe.value(0).toLongLong() >= sinceMs;
    };
    qint64 low = bounds.value(0).toLongLong();
    qint64 high = bounds.value(1).toLongLong();
    if (!recentFrom(high))
        return {};
    while (low < high) {
        const qint64 mid = low + (high - low) / 2;
        if (recentFrom(mid))
            high = mid;
        else
            low = mid + 1;
    }
    // Repeats counted after a row was stored are in event_repeats (migration 11): read there
    // for the rows that have some, rather than looked up for every row of the window.
    SqlQuery count(db, QStringLiteral("SELECT count(*), total(fold_count) FROM events WHERE id >= ? AND received_at >= ?"
                                      " UNION ALL SELECT 0, total(r.repeats) FROM event_repeats r JOIN events e ON e.id = r.event_id"
                                      " WHERE r.event_id >= ? AND e.received_at >= ?"));
    count.bindAll({low, sinceMs, low, sinceMs}).exec();
    EventCount result;
    while (count.next()) {
        result.rows += count.value(0).toLongLong();
        result.lines += qint64(count.value(1).toDouble());
    }
    return result;
}

} // namespace nocdesk
