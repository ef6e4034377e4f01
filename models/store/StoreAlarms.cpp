#include "Store.h"

#include "IdList.h"
#include "SqlQuery.h"
#include "TimeColumns.h"
#include "TransactionGuard.h"

namespace nocdesk {

using sqltime::fromSeconds;
using sqltime::nullableId;
using sqltime::seconds;

namespace {

void addAlarmHistory(const QSqlDatabase &db, qint64 alarmId, const QString &actor, const QString &action,
                     const QString &detail)
{
    SqlQuery q(db, QStringLiteral(
        "INSERT INTO alarm_history (alarm_id, at, actor, action, detail) VALUES (?, ?, ?, ?, ?)"));
    q.bindAll({alarmId, seconds(QDateTime::currentDateTimeUtc()), actor, action, detail});
    q.exec();
}

} // namespace

qint64 Store::raiseAlarm(const Alarm &a, const QString &actor)
{
    const QSqlDatabase db = database();
    TransactionGuard transaction(db);
    const QDateTime raised = a.raisedAt.isValid() ? a.raisedAt : QDateTime::currentDateTimeUtc();
    SqlQuery q(db, QStringLiteral(
        "INSERT INTO alarms (raised_at, updated_at, severity, object_ref, alarm_type, text, state,"
        " fold_count, event_id, maintenance_id, forwarded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindAll({seconds(raised), seconds(a.updatedAt.isValid() ? a.updatedAt : raised), storedName(a.severity),
               a.objectRef, a.alarmType, a.text, storedName(a.state), a.count, nullableId(a.eventId),
               nullableId(a.maintenanceId), seconds(a.forwardedAt)});
    const qint64 id = q.insert();
    addAlarmHistory(db, id, actor, QStringLiteral("raised"), storedName(a.severity));
    transaction.commit();
    return id;
}

QList<qint64> Store::setAlarmState(const QList<qint64> &alarmIds, AlarmState state, const QString &actor)
{
    const QSqlDatabase db = database();
    TransactionGuard transaction(db);
    SqlQuery update(db, QStringLiteral("UPDATE alarms SET state = ?, updated_at = ? WHERE id = ? AND state <> ?"));
    QList<qint64> changed;
    const QString stateName = storedName(state);
    for (qint64 id : alarmIds) {
        update.bindAll({stateName, seconds(QDateTime::currentDateTimeUtc()), id, stateName}).exec();
        if (update.numRowsAffected() > 0) {
            changed << id;
            addAlarmHistory(db, id, actor, stateName, {});
        }
    }
    transaction.commit();
    return changed;
}

namespace {

const QString kAlarmColumns = QStringLiteral(
    "SELECT id, raised_at, updated_at, severity, object_ref, alarm_type, text, state, fold_count,"
    " coalesce(event_id, 0), coalesce(maintenance_id, 0), forwarded_at FROM alarms");

QList<Alarm> readAlarms(SqlQuery &q)
{
    QList<Alarm> result;
    while (q.next()) {
        Alarm a;
        a.id = q.value(0).toLongLong();
        a.raisedAt = fromSeconds(q.value(1));
        a.updatedAt = fromSeconds(q.value(2));
        a.severity = alarmSeverityFromString(q.value(3).toString());
        a.objectRef = q.value(4).toString();
        a.alarmType = q.value(5).toString();
        a.text = q.value(6).toString();
        a.state = alarmStateFromString(q.value(7).toString());
        a.count = q.value(8).toInt();
        a.eventId = q.value(9).toLongLong();
        a.maintenanceId = q.value(10).toLongLong();
        a.forwardedAt = fromSeconds(q.value(11));
        result.append(a);
    }
    return result;
}

} // namespace

QList<Alarm> Store::alarms(const QList<qint64> &ids) const
{
    SqlQuery q(database(), kAlarmColumns + idFilter(QStringLiteral("id"), ids) + QStringLiteral(" ORDER BY id"));
    q.exec();
    return readAlarms(q);
}

QList<Alarm> Store::alarms(const QStringList &types, const QList<AlarmState> &states) const
{
    if (types.isEmpty() || states.isEmpty())
        return {};
    SqlQuery q(database(), kAlarmColumns + QStringLiteral(" WHERE state IN (") + placeholders(states.size())
                               + QStringLiteral(") AND alarm_type IN (") + placeholders(types.size())
                               + QStringLiteral(") ORDER BY id"));
    QVariantList values = storedNames(states);
    for (const QString &type : types)
        values << type;
    q.bindValues(values).exec();
    return readAlarms(q);
}

bool Store::hasAlarm(const QString &type, const QString &objectRef, const QString &text,
                     const QList<AlarmState> &states) const
{
    if (states.isEmpty())
        return false;
    SqlQuery q(database(), QStringLiteral(
        "SELECT 1 FROM alarms WHERE alarm_type = ? AND object_ref = ? AND text = ? AND state IN (")
        + placeholders(states.size()) + QStringLiteral(") LIMIT 1"));
    q.bindValues(QVariantList{type, objectRef, text} + storedNames(states)).exec();
    return q.next();
}

QList<AlarmHistoryEntry> Store::alarmHistory(qint64 alarmId) const
{
    SqlQuery q(database(), QStringLiteral(
        "SELECT at, actor, action, detail FROM alarm_history WHERE alarm_id = ? ORDER BY id"));
    q.bind(alarmId).exec();
    QList<AlarmHistoryEntry> result;
    while (q.next())
        result.append({fromSeconds(q.value(0)), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return result;
}

} // namespace nocdesk
