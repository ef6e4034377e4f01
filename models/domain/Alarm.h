#pragma once

#include <QDateTime>
#include <QString>

#include <tuple>

namespace nocdesk {

// ITU-T X.733 perceived severities, as Nokia NSP's external alarm API takes them.
enum class AlarmSeverity { Cleared, Indeterminate, Warning, Minor, Major, Critical };

// The operator's view of an alarm. Cleared means the condition went away; closed means a
// person is done with it.
enum class AlarmState { Active, Acknowledged, Cleared, Closed };

[[nodiscard]] QString storedName(AlarmSeverity severity);
[[nodiscard]] AlarmSeverity alarmSeverityFromString(const QString &text, bool *ok = nullptr);
[[nodiscard]] QString storedName(AlarmState state);
[[nodiscard]] AlarmState alarmStateFromString(const QString &text, bool *ok = nullptr);

struct Alarm
{
    qint64 id = 0;
    QDateTime raisedAt;
    QDateTime updatedAt;
    AlarmSeverity severity = AlarmSeverity::Major;
    QString objectRef;     // what is alarmed: a device, interface, site or circuit
    QString alarmType;     // e.g. "remediation-failed", "redundancy-lost"
    QString text;
    AlarmState state = AlarmState::Active;
    int count = 1;
    qint64 eventId = 0;
    qint64 maintenanceId = 0;
    QDateTime forwardedAt; // when the NSP outbox delivered it, null when not (yet)

    auto tied() const
    {
        return std::tie(id, raisedAt, updatedAt, severity, objectRef, alarmType, text, state,
                        count, eventId, maintenanceId, forwardedAt);
    }
    bool operator==(const Alarm &o) const { return tied() == o.tied(); }
};

struct AlarmHistoryEntry
{
    QDateTime at;
    QString actor;
    QString action;
    QString detail;
};

} // namespace nocdesk
