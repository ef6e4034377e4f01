#include "NoticeParser.h"

#include "ProviderRegistry.h"

#include <QCoreApplication>

namespace nocdesk::parsing {

namespace {
class NoticeText
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::parsing::NoticeParser)
};
} // namespace

Notification buildNotification(const QList<NoticeInput> &inputs)
{
    Notification n;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const NoticeInput &in = inputs.at(i);
        if (i == 0 && in.type == PartType::email())
            n = Notification::fromEmail(in.content);
        else
            n.addRaw(in.type, in.content);
    }
    return n;
}

ParseOutcome parseNotice(const QString &providerId, const Notification &notification)
{
    const ProviderRegistry &reg = ProviderRegistry::instance();
    const ProviderSpec *spec = nullptr;
    if (providerId == QLatin1String("auto")) {
        spec = reg.findBySender(notification.sender);
        if (!spec) {
            ParseOutcome out;
            out.provider = providerId;
            out.error = notification.sender.isEmpty()
                ? NoticeText::tr("the notification has no sender to pick a provider from")
                : NoticeText::tr("no provider is known for the sender %1").arg(notification.sender);
            return out;
        }
    } else {
        spec = reg.find(providerId);
        if (!spec) {
            ParseOutcome out;
            out.provider = providerId;
            out.error = NoticeText::tr("unknown provider \"%1\"").arg(providerId);
            return out;
        }
    }
    return parseNotification(*spec, notification);
}

} // namespace nocdesk::parsing
