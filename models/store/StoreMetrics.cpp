#include "Store.h"

#include "SqlQuery.h"
#include "TimeColumns.h"

namespace nocdesk {

QMap<NotificationOutcome, qint64> Store::notificationCountsByOutcome() const
{
    SqlQuery q(database(), QStringLiteral("SELECT outcome, count(*) FROM raw_notifications GROUP BY outcome"));
    q.exec();
    QMap<NotificationOutcome, qint64> counts;
    while (q.next())
        counts[notificationOutcomeFromString(q.value(0).toString())] += q.value(1).toLongLong();
    return counts;
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
    SqlQuery count(db, QStringLiteral(
        "SELECT count(*), total(fold_count) FROM events WHERE id >= ? AND received_at >= ?"));
    count.bindAll({low, sinceMs}).exec();
    if (!count.next())
        return {};
    return {count.value(0).toLongLong(), qint64(count.value(1).toDouble())};
}

} // namespace nocdesk
