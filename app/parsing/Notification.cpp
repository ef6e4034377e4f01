#include "Notification.h"

#include "MailContent.h"

#include <algorithm>

namespace nocdesk::parsing {

void Notification::addRaw(const QString &type, const QByteArray &content)
{
    parts.append(DataPart{type, content});
}

Notification Notification::fromRaw(const QString &type, const QByteArray &content)
{
    Notification n;
    n.addRaw(type, content);
    return n;
}

Notification Notification::fromEmail(const QByteArray &message)
{
    const MailContent mail = readMailContent(message, MailImages::Skip);
    Notification n;
    n.sender = mail.sender;
    for (const MailLeaf &leaf : mail.leaves)
        n.parts.append(DataPart{leaf.mediaType, leaf.content});
    if (mail.hasSubject)
        n.parts.append(DataPart{PartType::subject(), mail.subject.toUtf8()});
    if (mail.hasDate)
        n.parts.append(DataPart{PartType::date(), mail.date.toUtf8()});
    std::stable_sort(n.parts.begin(), n.parts.end(),
                     [](const DataPart &a, const DataPart &b) { return a.type < b.type; });
    QList<DataPart> unique;
    unique.reserve(n.parts.size());
    for (const DataPart &p : std::as_const(n.parts)) {
        const bool seen = std::any_of(unique.cbegin(), unique.cend(), [&](const DataPart &u) {
            return u.type == p.type && u.content == p.content;
        });
        if (!seen)
            unique.append(p);
    }
    n.parts = unique;
    return n;
}

} // namespace nocdesk::parsing
