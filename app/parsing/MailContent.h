#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace nocdesk::parsing {

// One leaf body part of a message, decoded from its transfer encoding; text parts converted to
// UTF-8 from their declared charset.
struct MailLeaf
{
    QString mediaType;  // lower case, e.g. "text/html", "image/png"
    QString contentId;  // without angle brackets; empty when the part has none
    QByteArray content;
};

// What a message holds, read by the same part walker the parsers use (message/rfc822 parts
// walked into, depth bounded). The header fields are decoded (RFC 2047) for people to read.
struct MailContent
{
    QList<MailLeaf> leaves;
    QString from;     // "Name <address>" as the sender wrote it
    QString sender;   // the From address alone, lower case
    QString subject;
    QString date;     // the Date header as written
    bool hasSubject = false;
    bool hasDate = false;
};

enum class MailImages { Skip, Keep };

// Never throws; a message vmime cannot read yields whatever could be read. Images are skipped
// unless asked for (the parsers never need them; a viewer shows the inline ones).
[[nodiscard]] MailContent readMailContent(const QByteArray &message, MailImages images = MailImages::Skip);

} // namespace nocdesk::parsing
