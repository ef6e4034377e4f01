#pragma once

#include "Notification.h"
#include "Provider.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace nocdesk::parsing {

// One input as the CLI and the corpus manifests give it: a corpus input type
// ("email", "ical", "html", "text", "csv", "xlsx", "email-header-date",
// "email-header-subject") and the file's bytes.
struct NoticeInput
{
    QString type;
    QByteArray content;
};

// The first input builds the notification (a message is split into parts, anything else is
// one raw part); later inputs are added verbatim as raw parts.
[[nodiscard]] Notification buildNotification(const QList<NoticeInput> &inputs);

// Parses with the provider `providerId`, or picks it from the sender when it is "auto".
// An unknown provider gives a failed outcome with an explanation, never an exception.
[[nodiscard]] ParseOutcome parseNotice(const QString &providerId, const Notification &notification);

} // namespace nocdesk::parsing
