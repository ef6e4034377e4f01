#include "NoticeDocument.h"

#include "MailContent.h"

#include <QJsonDocument>

namespace nocdesk {

NoticeDocument NoticeDocument::read(qint64 notificationId, const QByteArray &rawMail, const QByteArray &storedParsedJson)
{
    const parsing::MailContent mail = parsing::readMailContent(rawMail, parsing::MailImages::Keep);
    NoticeDocument d;
    d.notificationId = notificationId;
    d.from = mail.from;
    d.subject = mail.subject;
    d.date = mail.date;
    for (const parsing::MailLeaf &leaf : mail.leaves) {
        if (leaf.mediaType == QLatin1String("text/html"))
            d.htmlParts.append(QString::fromUtf8(leaf.content));
        else if (leaf.mediaType.startsWith(QLatin1String("text/")))
            d.textParts.append({leaf.mediaType, QString::fromUtf8(leaf.content)});
        else if (leaf.mediaType.startsWith(QLatin1String("image/")) && !leaf.contentId.isEmpty())
            d.inlineImages.insert(leaf.contentId, leaf.content);
    }
    d.parsedJson = indentedJson(storedParsedJson);
    return d;
}

QByteArray NoticeDocument::indentedJson(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return json;
    return doc.toJson(QJsonDocument::Indented);
}

} // namespace nocdesk
