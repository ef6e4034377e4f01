#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace nocdesk {

// A stored notice as the maintenance detail shows it: the mail's headers, its HTML and text
// parts, the images it carries inline (for cid: references), and the maintenance as the parser
// produced it from this notice. Built from the raw mail with the parsers' own part walker.
struct NoticeDocument
{
    struct TextPart
    {
        QString mediaType;  // "text/plain", "text/calendar", ...
        QString text;
    };

    qint64 notificationId = 0;
    QString from;
    QString subject;
    QString date;
    QList<QString> htmlParts;
    QList<TextPart> textParts;
    QHash<QString, QByteArray> inlineImages;  // by Content-ID, without angle brackets
    QByteArray parsedJson;                   // indented; empty when the notice parsed to nothing

    [[nodiscard]] static NoticeDocument read(qint64 notificationId, const QByteArray &rawMail,
                                             const QByteArray &storedParsedJson);
    // The stored JSON indented for reading; text that is not JSON is returned as it is.
    [[nodiscard]] static QByteArray indentedJson(const QByteArray &json);
};

} // namespace nocdesk
