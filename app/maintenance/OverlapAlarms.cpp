#include "OverlapAlarms.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace nocdesk {

namespace {

const QString kLost = QStringLiteral("redundancy-lost");
const QString kReduced = QStringLiteral("redundancy-reduced");

QString utc(const QDateTime &t) { return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")); }

// What identifies an overlap's alarm across runs: the text says everything that defines it.
QString identity(const Alarm &a) { return a.alarmType + QLatin1Char('\n') + a.objectRef + QLatin1Char('\n') + a.text; }

} // namespace

bool OverlapAlarms::isOverlapAlarm(const Alarm &alarm)
{
    return alarm.alarmType == kLost || alarm.alarmType == kReduced;
}

std::optional<Alarm> OverlapAlarms::alarmFor(const SiteOverlap &overlap)
{
    if (overlap.kind == OverlapKind::Overlap)
        return std::nullopt;
    const bool lost = overlap.kind == OverlapKind::RedundancyLost;
    QStringList circuits;
    for (const OverlapCircuit &c : overlap.circuits) {
        if (!circuits.contains(c.circuitRef))
            circuits << c.circuitRef;
    }
    Alarm a;
    a.severity = lost ? AlarmSeverity::Major : AlarmSeverity::Minor;
    a.objectRef = QStringLiteral("site ") + overlap.siteName; // "site FRA1": what, not only which
    a.alarmType = lost ? kLost : kReduced;
    a.maintenanceId = overlap.maintenanceIds().value(0);
    a.text = (lost ? tr("Redundancy lost at %1 from %2 to %3: all %4 circuits in maintenance (%5)")
                   : tr("Redundancy reduced at %1 from %2 to %3: %4 circuits in maintenance (%5)"))
                 .arg(overlap.siteName, utc(overlap.start), utc(overlap.end))
                 .arg(lost ? overlap.siteCircuitCount : overlap.impactedCircuitCount())
                 .arg(circuits.join(QStringLiteral(", ")));
    return a;
}

OverlapAlarms::Changes OverlapAlarms::sync(Store &store, const QList<SiteOverlap> &overlaps, const QDateTime &now)
{
    QHash<QString, Alarm> wanted;
    for (const SiteOverlap &o : overlaps) {
        if (o.end < now)
            continue;
        if (const std::optional<Alarm> a = alarmFor(o))
            wanted.insert(identity(*a), *a);
    }
    Changes changes;
    QSet<QString> present;
    QList<qint64> gone;
    // Only the open overlap alarms, by the database: the rest of the alarms table (events',
    // and every alarm ever closed) is none of this sync's business.
    const QStringList types{kLost, kReduced};
    for (const Alarm &a : store.alarms(types, {AlarmState::Active, AlarmState::Acknowledged})) {
        const QString key = identity(a);
        if (wanted.contains(key))
            present.insert(key);
        else
            gone << a.id;
    }
    if (!gone.isEmpty())
        changes.cleared = store.setAlarmState(gone, AlarmState::Cleared, QString::fromLatin1(kActor));
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (present.contains(it.key()))
            continue;
        Alarm a = it.value();
        // One the operator closed stands; one cleared earlier and back again (a re-scheduling
        // undone) is raised anew.
        if (store.hasAlarm(a.alarmType, a.objectRef, a.text, {AlarmState::Closed}))
            continue;
        a.raisedAt = now;
        changes.raised << store.raiseAlarm(a, QString::fromLatin1(kActor));
    }
    return changes;
}

} // namespace nocdesk
