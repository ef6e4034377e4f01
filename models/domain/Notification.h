#pragma once

#include <QDateTime>
#include <QString>

#include <tuple>

namespace nocdesk {

// What became of one received mail. Every mail is stored with one of these, so nothing a
// source delivered is ever silently lost.
enum class NotificationOutcome { Pending, Parsed, Ignored, ParsingFailed, UnknownProvider, OutOfSequence, UnknownCircuits };

[[nodiscard]] QString storedName(NotificationOutcome outcome);
[[nodiscard]] NotificationOutcome notificationOutcomeFromString(const QString &text, bool *ok = nullptr);

// A row of the notifications pane: the mail's envelope and outcome, without its bytes.
struct Notification
{
    qint64 id = 0;
    QString sourceName;
    QDateTime receivedAt;
    QString messageId;
    QString sender;
    QString subject;
    QString providerName;   // empty while the provider is unknown
    QString providerLabel;  // the provider's display name
    NotificationOutcome outcome = NotificationOutcome::Pending;
    QString error;
    qint64 size = 0;        // bytes of the whole stored message
    int maintenanceCount = 0;

    auto tied() const
    {
        return std::tie(id, sourceName, receivedAt, messageId, sender, subject, providerName, providerLabel,
                        outcome, error, size, maintenanceCount);
    }
    bool operator==(const Notification &o) const { return tied() == o.tied(); }
};

} // namespace nocdesk
