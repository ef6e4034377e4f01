#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace nocdesk::gmail {

// labels.list: one label of the mailbox.
struct GmailLabel
{
    QString id;   // what messages.modify takes: "Label_12", or a system id like "INBOX"
    QString name; // what the operator sees in Gmail
    QString type; // "system" or "user"
};

// messages.get?format=raw.
struct GmailMessage
{
    QString id;
    QString threadId;
    QStringList labelIds;
    QDateTime internalDate; // when Gmail received it (UTC)
    QByteArray raw;         // the RFC 822 message, byte for byte
};

// What validate() found, for the operator.
struct GmailValidation
{
    QString emailAddress;   // the mailbox the token opens (users.getProfile)
    qint64 messagesTotal = -1;
    QList<GmailLabel> labels;
    QStringList scopes;     // granted
    // Things that will not stop a fetch but need the operator: a configured label id that the
    // mailbox does not have, a label given by name instead of id, the wrong mailbox.
    QStringList warnings;
    QString summary;        // one translated sentence: who, how many messages, how many labels
};

} // namespace nocdesk::gmail
