#include "Store.h"

#include "MaintenanceHistory.h"
#include "SqlQuery.h"
#include "TimeColumns.h"
#include "TransactionGuard.h"

#include <algorithm>
#include <utility>

namespace nocdesk {

using sqltime::fromSeconds;
using sqltime::nullableId;
using sqltime::seconds;

namespace {

// The maintenance as the newest notice applied so far left it.
struct Current
{
    qint64 id = 0;
    MaintenanceStatus status = MaintenanceStatus::NoChange;
    QDateTime start;
    QDateTime end;
    int sequence = -1;
    QDateTime stamp;
    bool acknowledged = false;
};

// Notices are ordered by SEQUENCE when both carry one, else by their stamp. A notice that is
// neither older nor newer (a re-parse of the one applied) applies again and changes nothing.
bool isOlder(const Maintenance &notice, const Current &current)
{
    if (notice.sequence >= 0 && current.sequence >= 0 && notice.sequence != current.sequence)
        return notice.sequence < current.sequence;
    if (notice.stamp.isValid() && current.stamp.isValid())
        return notice.stamp < current.stamp;
    return false;
}

// Impacts compared as a set: circuit ids case-insensitively, order ignored.
QStringList impactKeys(const QList<CircuitImpact> &impacts)
{
    QStringList keys;
    for (const CircuitImpact &i : impacts)
        keys << i.circuitRef.toLower() + QLatin1Char('=') + storedName(i.impact);
    keys.sort();
    keys.removeDuplicates();
    return keys;
}

QString describeImpacts(const QList<CircuitImpact> &impacts)
{
    QStringList parts;
    for (const CircuitImpact &i : impacts)
        parts << i.circuitRef + QLatin1Char(' ') + storedName(i.impact);
    return parts.join(QStringLiteral(", "));
}

QString describeWindow(const QDateTime &start, const QDateTime &end)
{
    return start.toUTC().toString(Qt::ISODate) + QStringLiteral(" – ") + end.toUTC().toString(Qt::ISODate);
}

} // namespace

NoticeApplication Store::applyNotice(qint64 notificationId, const NoticeMaintenance &notice, const QString &actor)
{
    const QSqlDatabase db = database();
    TransactionGuard transaction(db);
    const Maintenance &m = notice.maintenance;
    const qint64 providerId = providerIdByName(m.providerName);
    if (providerId == 0)
        throw StoreError(StoreError::Kind::Query, tr("Unknown provider \"%1\".").arg(m.providerName));

    NoticeApplication result;
    SqlQuery find(db, QStringLiteral(
        "SELECT id, status, start_at, end_at, sequence, stamp, acknowledged FROM maintenances"
        " WHERE provider_id = ? AND maintenance_key = ?"));
    find.bindAll({providerId, m.maintenanceKey}).exec();

    SqlQuery link(db, QStringLiteral(
        "INSERT INTO parsed_notifications (raw_notification_id, maintenance_id, parsed_json, created_at, applied)"
        " VALUES (?, ?, ?, ?, ?)"));
    const QVariant now = seconds(QDateTime::currentDateTimeUtc());

    if (!find.next()) {
        result.maintenanceId = createMaintenance(m, actor);
        result.effect = NoticeApplication::Effect::Created;
    } else {
        Current current;
        current.id = find.value(0).toLongLong();
        current.status = maintenanceStatusFromString(find.value(1).toString());
        current.start = fromSeconds(find.value(2));
        current.end = fromSeconds(find.value(3));
        current.sequence = find.value(4).toInt();
        current.stamp = fromSeconds(find.value(5));
        current.acknowledged = find.value(6).toBool();
        result.maintenanceId = current.id;

        if (isOlder(m, current)) {
            result.effect = NoticeApplication::Effect::OutOfSequence;
            link.bindAll({notificationId, current.id, QString::fromUtf8(notice.parsedJson), now, 0}).exec();
            transaction.commit();
            return result;
        }

        QList<CircuitImpact> oldImpacts;
        SqlQuery impacts(db, QStringLiteral(
            "SELECT circuit_ref, impact FROM maintenance_impacts WHERE maintenance_id = ? ORDER BY id"));
        impacts.bind(current.id).exec();
        while (impacts.next())
            oldImpacts.append({impacts.value(0).toString(), 0, {}, impactFromString(impacts.value(1).toString())});

        // A cancellation or completion often names no circuit: what was impacted stays on record.
        const bool closing = m.status == MaintenanceStatus::Cancelled || m.status == MaintenanceStatus::Completed;
        const bool keepImpacts = closing && m.impacts.isEmpty();
        const bool statusChanged = m.status != current.status;
        const bool startChanged = m.start != current.start;
        const bool endChanged = m.end != current.end;
        const bool impactsChanged = !keepImpacts && impactKeys(m.impacts) != impactKeys(oldImpacts);

        SqlQuery update(db, QStringLiteral(
            "UPDATE maintenances SET summary = coalesce(nullif(?, ''), summary),"
            " organizer = coalesce(nullif(?, ''), organizer), status = ?, start_at = ?, end_at = ?,"
            " sequence = ?, stamp = coalesce(?, stamp), updated_at = ? WHERE id = ?"));
        update.bindAll({m.summary, m.organizer, storedName(m.status), seconds(m.start), seconds(m.end),
                        m.sequence, seconds(m.stamp), now, current.id}).exec();

        if (impactsChanged) {
            SqlQuery(db, QStringLiteral("DELETE FROM maintenance_impacts WHERE maintenance_id = ?")).bind(current.id).exec();
            SqlQuery circuit(db, QStringLiteral(
                "SELECT id FROM circuits WHERE provider_id = ? AND circuit_id = ? COLLATE NOCASE"));
            SqlQuery insert(db, QStringLiteral(
                "INSERT INTO maintenance_impacts (maintenance_id, circuit_ref, circuit_id, impact) VALUES (?, ?, ?, ?)"));
            for (const CircuitImpact &ci : m.impacts) {
                circuit.bindAll({providerId, ci.circuitRef}).exec();
                const qint64 circuitId = circuit.next() ? circuit.value(0).toLongLong() : 0;
                insert.bindAll({current.id, ci.circuitRef, nullableId(circuitId), storedName(ci.impact)}).exec();
            }
        }

        // Windows accumulate: every window any notice gave stays on record. A re-scheduled
        // window points at the one it replaces, so the detail view can show the move.
        struct StoredWindow { qint64 id; QDateTime start; QDateTime end; };
        QList<StoredWindow> stored;
        SqlQuery windows(db, QStringLiteral(
            "SELECT id, start_at, end_at FROM maintenance_windows WHERE maintenance_id = ? ORDER BY id"));
        windows.bind(current.id).exec();
        while (windows.next())
            stored.append({windows.value(0).toLongLong(), fromSeconds(windows.value(1)), fromSeconds(windows.value(2))});
        qint64 replaced = 0;
        for (const StoredWindow &w : stored) {
            if (w.start == current.start && w.end == current.end)
                replaced = w.id;
        }
        if (replaced == 0 && !stored.isEmpty())
            replaced = stored.constLast().id;
        SqlQuery addWindow(db, QStringLiteral(
            "INSERT INTO maintenance_windows (maintenance_id, start_at, end_at, rescheduled_from) VALUES (?, ?, ?, ?)"));
        const QList<MaintenanceWindow> noticeWindows = m.effectiveWindows();
        for (const MaintenanceWindow &w : noticeWindows) {
            const bool known = std::any_of(stored.cbegin(), stored.cend(),
                                           [&](const StoredWindow &s) { return s.start == w.start && s.end == w.end; });
            if (known)
                continue;
            const bool rescheduled = m.status == MaintenanceStatus::Rescheduled;
            addWindow.bindAll({current.id, seconds(w.start), seconds(w.end), nullableId(rescheduled ? replaced : 0)}).exec();
            stored.append({0, w.start, w.end});
        }

        if (statusChanged) {
            addMaintenanceHistory(db, current.id, actor, QStringLiteral("status"),
                                  storedName(current.status) + QStringLiteral(" → ") + storedName(m.status));
        }
        if (startChanged || endChanged) {
            addMaintenanceHistory(db, current.id, actor,
                                  m.status == MaintenanceStatus::Rescheduled ? QStringLiteral("rescheduled") : QStringLiteral("window"),
                                  describeWindow(current.start, current.end) + QStringLiteral(" → ") + describeWindow(m.start, m.end));
        }
        if (impactsChanged) {
            addMaintenanceHistory(db, current.id, actor, QStringLiteral("impacts"),
                                  describeImpacts(oldImpacts) + QStringLiteral(" → ") + describeImpacts(m.impacts));
        }

        // What the operator acknowledged was a time, a status and an impact: when one of those
        // changes, the acknowledgement no longer holds. Anything else (wording, a note) keeps it.
        if (current.acknowledged && (statusChanged || startChanged || endChanged || impactsChanged)) {
            QStringList reasons;
            if (statusChanged)
                reasons << QStringLiteral("status");
            if (startChanged)
                reasons << QStringLiteral("start");
            if (endChanged)
                reasons << QStringLiteral("end");
            if (impactsChanged)
                reasons << QStringLiteral("impacts");
            SqlQuery(db, QStringLiteral(
                "UPDATE maintenances SET acknowledged = 0, ack_by = '', ack_at = NULL WHERE id = ?")).bind(current.id).exec();
            addMaintenanceHistory(db, current.id, actor, QStringLiteral("ack-reset"), reasons.join(QStringLiteral(", ")));
            result.acknowledgementReset = true;
        }
        result.effect = (statusChanged || startChanged || endChanged || impactsChanged)
            ? NoticeApplication::Effect::Updated : NoticeApplication::Effect::Unchanged;
    }

    link.bindAll({notificationId, result.maintenanceId, QString::fromUtf8(notice.parsedJson), now, 1}).exec();

    // A circuit the inventory does not know is kept as written, and said once in a note.
    SqlQuery unknown(db, QStringLiteral(
        "SELECT circuit_ref FROM maintenance_impacts WHERE maintenance_id = ? AND circuit_id IS NULL ORDER BY id"));
    unknown.bind(result.maintenanceId).exec();
    while (unknown.next()) {
        // Only what this notice names: a cancellation that names none reports none.
        const QString ref = unknown.value(0).toString();
        const bool named = std::any_of(m.impacts.cbegin(), m.impacts.cend(), [&](const CircuitImpact &ci) {
            return ci.circuitRef.compare(ref, Qt::CaseInsensitive) == 0;
        });
        if (named)
            result.unknownCircuits << ref;
    }
    SqlQuery hasNote(db, QStringLiteral(
        "SELECT 1 FROM maintenance_notes WHERE maintenance_id = ? AND level = 'WARNING' AND text = ?"));
    for (const QString &ref : std::as_const(result.unknownCircuits)) {
        const QString text = tr("Circuit %1 of %2 is not in the inventory.").arg(ref, m.providerName);
        hasNote.bindAll({result.maintenanceId, text}).exec();
        if (!hasNote.next())
        {
            MaintenanceNote note;
            note.level = MaintenanceNote::Level::Warning;
            note.author = actor;
            note.text = text;
            addNote(result.maintenanceId, note);
        }
    }
    transaction.commit();
    return result;
}

} // namespace nocdesk
