#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace nocdesk::parsing {

// What the pipeline needs from a message's header before it parses the body: who sent it
// (from the header a source names, e.g. X-Original-Sender for mail relayed by a list), its
// Message-ID for de-duplication, and the decoded subject and date for the notifications pane.
struct MailEnvelope
{
    QString messageId;   // without angle brackets; empty when the message has none
    QString sender;      // the address in senderHeader, lower case; empty when absent
    QString subject;     // RFC 2047 decoded
    QDateTime date;      // invalid when absent or unreadable
};

// Reads only the header block, so a huge attachment costs nothing here. Never throws.
[[nodiscard]] MailEnvelope readEnvelope(const QByteArray &message, const QString &senderHeader = QStringLiteral("From"));

} // namespace nocdesk::parsing
