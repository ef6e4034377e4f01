#include "Store.h"

#include "IdList.h"
#include "SqlQuery.h"
#include "TimeColumns.h"
#include "TransactionGuard.h"

#include <QHash>

#include <algorithm>

namespace nocdesk {

using sqltime::fromSeconds;
using sqltime::seconds;

void Store::replaceSiteOverlaps(const QList<SiteOverlap> &overlaps, const QDateTime &computedAt)
{
    const QSqlDatabase db = database();
    TransactionGuard transaction(db);
    SqlQuery(db, QStringLiteral("DELETE FROM site_overlap_circuits")).exec();
    SqlQuery(db, QStringLiteral("DELETE FROM site_overlaps")).exec();
    SqlQuery overlap(db, QStringLiteral(
        "INSERT INTO site_overlaps (site_id, kind, start_at, end_at, site_circuits, computed_at)"
        " VALUES (?, ?, ?, ?, ?, ?)"));
    SqlQuery circuit(db, QStringLiteral(
        "INSERT INTO site_overlap_circuits (overlap_id, maintenance_id, circuit_id, impact) VALUES (?, ?, ?, ?)"));
    const QVariant at = seconds(computedAt);
    for (const SiteOverlap &o : overlaps) {
        const qint64 id = overlap.bindAll({o.siteId, storedName(o.kind), seconds(o.start), seconds(o.end),
                                           o.siteCircuitCount, at}).insert();
        for (const OverlapCircuit &c : o.circuits)
            circuit.bindAll({id, c.maintenanceId, c.circuitId, storedName(c.impact)}).exec();
    }
    transaction.commit();
}

QList<SiteOverlap> Store::siteOverlaps(const QList<qint64> &maintenanceIds) const
{
    const QSqlDatabase db = database();
    const QString involving = maintenanceIds.isEmpty()
        ? QString()
        : QStringLiteral(" WHERE o.id IN (SELECT overlap_id FROM site_overlap_circuits")
            + idFilter(QStringLiteral("maintenance_id"), maintenanceIds) + QStringLiteral(")");
    SqlQuery q(db, QStringLiteral(
        "SELECT o.id, o.site_id, s.name, o.kind, o.start_at, o.end_at, o.site_circuits"
        " FROM site_overlaps o JOIN sites s ON s.id = o.site_id")
        + involving + QStringLiteral(" ORDER BY s.name, o.start_at, o.end_at, o.id"));
    q.exec();
    QList<SiteOverlap> result;
    QHash<qint64, qsizetype> rowOf;
    while (q.next()) {
        SiteOverlap o;
        o.id = q.value(0).toLongLong();
        o.siteId = q.value(1).toLongLong();
        o.siteName = q.value(2).toString();
        o.kind = overlapKindFromString(q.value(3).toString());
        o.start = fromSeconds(q.value(4));
        o.end = fromSeconds(q.value(5));
        o.siteCircuitCount = q.value(6).toInt();
        rowOf.insert(o.id, result.size());
        result.append(o);
    }
    if (result.isEmpty())
        return result;

    QList<qint64> ids = rowOf.keys();
    SqlQuery circuits(db, QStringLiteral(
        "SELECT oc.overlap_id, oc.maintenance_id, oc.circuit_id, c.circuit_id, oc.impact"
        " FROM site_overlap_circuits oc JOIN circuits c ON c.id = oc.circuit_id")
        + idFilter(QStringLiteral("oc.overlap_id"), ids));
    circuits.exec();
    while (circuits.next()) {
        const auto row = rowOf.constFind(circuits.value(0).toLongLong());
        if (row == rowOf.constEnd())
            continue;
        result[*row].circuits.append({circuits.value(1).toLongLong(), circuits.value(2).toLongLong(),
                                      circuits.value(3).toString(), impactFromString(circuits.value(4).toString())});
    }
    for (SiteOverlap &o : result)
        std::sort(o.circuits.begin(), o.circuits.end());
    return result;
}

QHash<qint64, QByteArray> Store::latestAppliedNotices(const QList<qint64> &maintenanceIds) const
{
    SqlQuery q(database(), QStringLiteral(
        "SELECT maintenance_id, parsed_json FROM parsed_notifications WHERE id IN"
        " (SELECT max(id) FROM parsed_notifications WHERE applied = 1 AND maintenance_id IS NOT NULL")
        + idFilter(QStringLiteral("maintenance_id"), maintenanceIds, QStringLiteral("AND"))
        + QStringLiteral(" GROUP BY maintenance_id)"));
    q.exec();
    QHash<qint64, QByteArray> result;
    while (q.next())
        result.insert(q.value(0).toLongLong(), q.value(1).toString().toUtf8());
    return result;
}

} // namespace nocdesk
