#include "Alarm.h"

#include "EnumNames.h"

namespace nocdesk {

namespace {

constexpr EnumNames<AlarmSeverity, 6> kSeverityNames{{{
    {AlarmSeverity::Cleared, "cleared"},
    {AlarmSeverity::Indeterminate, "indeterminate"},
    {AlarmSeverity::Warning, "warning"},
    {AlarmSeverity::Minor, "minor"},
    {AlarmSeverity::Major, "major"},
    {AlarmSeverity::Critical, "critical"},
}}};

constexpr EnumNames<AlarmState, 4> kStateNames{{{
    {AlarmState::Active, "active"},
    {AlarmState::Acknowledged, "acknowledged"},
    {AlarmState::Cleared, "cleared"},
    {AlarmState::Closed, "closed"},
}}};

} // namespace

QString storedName(AlarmSeverity severity) { return kSeverityNames.name(severity); }

AlarmSeverity alarmSeverityFromString(const QString &text, bool *ok)
{
    return kSeverityNames.value(text, AlarmSeverity::Indeterminate, ok);
}

QString storedName(AlarmState state) { return kStateNames.name(state); }

AlarmState alarmStateFromString(const QString &text, bool *ok)
{
    return kStateNames.value(text, AlarmState::Active, ok);
}

} // namespace nocdesk
