#include "GmailQuery.h"

namespace nocdesk::gmail {

namespace {

QString fromGroup(const QStringList &addresses)
{
    QStringList terms;
    for (const QString &address : addresses) {
        const QString trimmed = address.trimmed();
        if (!trimmed.isEmpty())
            terms.append(QStringLiteral("from:") + trimmed);
    }
    return terms.isEmpty() ? QString() : QLatin1Char('{') + terms.join(QLatin1Char(' ')) + QLatin1Char('}');
}

} // namespace

QString gmailSearchQuery(const GmailSettings &settings, const QDateTime &after, const QStringList &providerSenders)
{
    QStringList parts;
    if (after.isValid())
        parts.append(QStringLiteral("after:") + QString::number(after.toSecsSinceEpoch()));
    if (settings.sourceHeader.compare(QLatin1String("From"), Qt::CaseInsensitive) == 0) {
        const QString providers = fromGroup(providerSenders);
        if (!providers.isEmpty())
            parts.append(providers);
    }
    const QString relays = fromGroup(settings.limitEmailsWithNotHeaderFrom);
    if (!relays.isEmpty())
        parts.append(relays);
    return parts.join(QLatin1Char(' '));
}

} // namespace nocdesk::gmail
