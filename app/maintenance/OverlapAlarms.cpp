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
    for (const Alarm &a : store.alarms()) {
        if (!isOverlapAlarm(a))
            continue;
        const QString key = identity(a);
        const bool open = a.state == AlarmState::Active || a.state == AlarmState::Acknowledged;
        if (wanted.contains(key)) {
            // Cleared earlier and back again (a re-scheduling undone) raises a new alarm; an
            // open or closed one stands.
            if (a.state != AlarmState::Cleared)
                present.insert(key);
        } else if (open) {
            gone << a.id;
        }
    }
    if (!gone.isEmpty())
        changes.cleared = store.setAlarmState(gone, AlarmState::Cleared, QString::fromLatin1(kActor));
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (present.contains(it.key()))
            continue;
        Alarm a = it.value();
        a.raisedAt = now;
        changes.raised << store.raiseAlarm(a, QString::fromLatin1(kActor));
    }
    return changes;
}

} // namespace nocdesk
