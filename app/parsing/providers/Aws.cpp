// AWS Direct Connect: the account is in the subject ("[AWS Account: N]"); the text body says
// "... from <start> to <end> ..." in its first paragraph (the summary), "has been cancelled"
// for a cancellation, and lists the affected connection ids one per line. AWS gives no
// maintenance id, so one is derived from the window and the connections.
#include "Providers.h"

#include "ProviderKit.h"

#include <QCryptographicHash>

namespace nocdesk::parsing::providers {

using namespace kit;

namespace {

QList<MaintenanceDraft> parseText(const DataPart &part)
{
    static const QRegularExpression window(QStringLiteral(R"(\bfrom\s+(.+?\d{1,2}:\d{2}(?::\d{2})?\s*(?:GMT|UTC))\s+to\s+(.+?\d{1,2}:\d{2}(?::\d{2})?\s*(?:GMT|UTC)))"));
    static const QRegularExpression connection(QStringLiteral(R"(^[a-z]{2,8}-[a-z0-9]{6,12}$)"));
    const QString text = partText(part, true); // as the reference does for every text part
    const QStringList lines = text.split(QLatin1Char('\n'));
    MaintenanceDraft d;
    QStringList ids;
    for (const QString &raw : lines) {
        const QString l = raw.trimmed();
        if (l.isEmpty())
            continue;
        if (!d.summary) {
            const auto m = window.match(l);
            if (m.hasMatch()) {
                d.summary = l;
                d.start = requireTime(m.captured(1), {}, "start");
                d.end = requireTime(m.captured(2), {}, "end");
                d.status = l.contains(QLatin1String("cancelled"), Qt::CaseInsensitive) ? Status::Cancelled : Status::Confirmed;
            }
        } else if (connection.match(l).hasMatch()) {
            ids << l;
        }
    }
    if (!d.start)
        throw ParseFailure(ProviderText::tr("no \"from <start> to <end>\" window found"));
    d.circuits = circuitsOf(ids);
    const QString key = QString::number(*d.start) + QString::number(*d.end) + ids.join(QString());
    d.maintenanceId = QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
    return {d};
}

QList<MaintenanceDraft> parseSubject(const DataPart &part)
{
    static const QRegularExpression account(QStringLiteral(R"(AWS Account:?\s*(\d+))"));
    const QString id = capture(account, subjectText(part));
    if (id.isEmpty())
        return {};
    MaintenanceDraft d;
    d.account = id;
    return {d};
}

} // namespace

ProviderSpec makeAws()
{
    const Parser subject{QStringLiteral("SubjectParserAWS1"), PartKind::Subject, parseSubject};
    const Parser text{QStringLiteral("TextParserAWS1"), PartKind::Text, parseText};
    return {QStringLiteral("aws"), QStringLiteral("aws-account-notifications@amazon.com"),
            {QStringLiteral("amazon.com"), QStringLiteral("aws.com")}, {}, {},
            {combined({emailDateParser(), subject, text})}};
}

} // namespace nocdesk::parsing::providers
