#include "Event.h"

#include "EnumNames.h"

namespace nocdesk {

namespace {

constexpr EnumNames<Severity, 8> kSeverityNames{{{
    {Severity::Emergency, "emergency"},
    {Severity::Alert, "alert"},
    {Severity::Critical, "critical"},
    {Severity::Error, "error"},
    {Severity::Warning, "warning"},
    {Severity::Notice, "notice"},
    {Severity::Informational, "informational"},
    {Severity::Debug, "debug"},
}}};

constexpr EnumNames<EventStatus, 7> kStatusNames{{{
    {EventStatus::New, "NEW"},
    {EventStatus::Queued, "QUEUED"},
    {EventStatus::Running, "RUNNING"},
    {EventStatus::Remediated, "REMEDIATED"},
    {EventStatus::Failed, "FAILED"},
    {EventStatus::Suppressed, "SUPPRESSED"},
    {EventStatus::Ignored, "IGNORED"},
}}};

} // namespace

QString storedName(Severity severity) { return kSeverityNames.name(severity); }

Severity severityFromString(const QString &text, bool *ok)
{
    return kSeverityNames.value(text, Severity::Informational, ok);
}

QString storedName(EventStatus status) { return kStatusNames.name(status); }

EventStatus eventStatusFromString(const QString &text, bool *ok)
{
    return kStatusNames.value(text, EventStatus::New, ok);
}

} // namespace nocdesk
