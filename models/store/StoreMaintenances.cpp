#include "Store.h"

#include "IdList.h"
#include "MaintenanceHistory.h"
#include "SqlQuery.h"
#include "TimeColumns.h"
#include "TransactionGuard.h"

#include <QHash>

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

QList<Maintenance> Store::maintenances(const QList<qint64> &ids) const
{
    const QSqlDatabase db = database();
    SqlQuery q(db, QStringLiteral(
        "SELECT m.id, p.name, coalesce(nullif(p.display_name, ''), p.name), m.maintenance_key, m.summary, m.organizer, m.status, m.start_at, m.end_at,"
        " m.sequence, m.acknowledged, m.ack_by, m.ack_at, m.updated_at,"
        " (SELECT count(*) FROM parsed_notifications pn WHERE pn.maintenance_id = m.id),"
        " (SELECT count(*) FROM maintenance_notes mn WHERE mn.maintenance_id = m.id), m.stamp"
        " FROM maintenances m JOIN providers p ON p.id = m.provider_id")
        + idFilter(QStringLiteral("m.id"), ids) + QStringLiteral(" ORDER BY m.start_at, m.id"));
    q.exec();
    QList<Maintenance> result;
    QHash<qint64, qsizetype> rowOf;
    while (q.next()) {
        Maintenance m;
        m.id = q.value(0).toLongLong();
        m.providerName = q.value(1).toString();
        m.providerLabel = q.value(2).toString();
        m.maintenanceKey = q.value(3).toString();
        m.summary = q.value(4).toString();
        m.organizer = q.value(5).toString();
        m.status = maintenanceStatusFromString(q.value(6).toString());
        m.start = fromSeconds(q.value(7));
        m.end = fromSeconds(q.value(8));
        m.sequence = q.value(9).toInt();
        m.acknowledged = q.value(10).toBool();
        m.acknowledgedBy = q.value(11).toString();
        m.acknowledgedAt = fromSeconds(q.value(12));
        m.updatedAt = fromSeconds(q.value(13));
        m.noticeCount = q.value(14).toInt();
        m.noteCount = q.value(15).toInt();
        m.stamp = fromSeconds(q.value(16));
        rowOf.insert(m.id, result.size());
        result.append(m);
    }

    // Windows and impacts in one pass each rather than one query per maintenance.
    SqlQuery windows(db, QStringLiteral("SELECT maintenance_id, start_at, end_at FROM maintenance_windows")
                             + idFilter(QStringLiteral("maintenance_id"), ids) + QStringLiteral(" ORDER BY start_at, id"));
    windows.exec();
    while (windows.next()) {
        const auto row = rowOf.constFind(windows.value(0).toLongLong());
        if (row != rowOf.constEnd())
            result[*row].windows.append({fromSeconds(windows.value(1)), fromSeconds(windows.value(2))});
    }
    SqlQuery impacts(db, QStringLiteral(
        "SELECT i.maintenance_id, i.circuit_ref, coalesce(i.circuit_id, 0), coalesce(s.name, ''), i.impact"
        " FROM maintenance_impacts i LEFT JOIN circuits c ON c.id = i.circuit_id"
        " LEFT JOIN sites s ON s.id = c.a_site_id")
        + idFilter(QStringLiteral("i.maintenance_id"), ids) + QStringLiteral(" ORDER BY i.id"));
    impacts.exec();
    while (impacts.next()) {
        const auto row = rowOf.constFind(impacts.value(0).toLongLong());
        if (row != rowOf.constEnd()) {
            result[*row].impacts.append({impacts.value(1).toString(), impacts.value(2).toLongLong(),
                                         impacts.value(3).toString(), impactFromString(impacts.value(4).toString())});
        }
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
