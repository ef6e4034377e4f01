#include "Notification.h"

#include "EnumNames.h"

namespace nocdesk {

namespace {
constexpr EnumNames<NotificationOutcome, 7> kOutcomeNames{{{
    {NotificationOutcome::Pending, "pending"},
    {NotificationOutcome::Parsed, "parsed"},
    {NotificationOutcome::Ignored, "ignored"},
    {NotificationOutcome::ParsingFailed, "parsing-failed"},
    {NotificationOutcome::UnknownProvider, "unknown-provider"},
    {NotificationOutcome::OutOfSequence, "out-of-sequence"},
    {NotificationOutcome::UnknownCircuits, "unknown-cids"},
}}};
} // namespace

QString storedName(NotificationOutcome outcome) { return kOutcomeNames.name(outcome); }

NotificationOutcome notificationOutcomeFromString(const QString &text, bool *ok)
{
    return kOutcomeNames.value(text, NotificationOutcome::Pending, ok);
}

} // namespace nocdesk
