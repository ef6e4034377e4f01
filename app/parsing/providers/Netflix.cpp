// Netflix Open Connect: the text body opens with "<Name> (AS<n>)," (the account), says
// "... will be performing scheduled maintenance in <site>, at <start> UTC." (the summary),
// "Expected downtime will be approximately <n> minutes" and lists "Your IPs:" one per line.
// Netflix gives no ticket, so an id is derived from the window and the sessions.
#include "Providers.h"

#include "ProviderKit.h"

#include <QCryptographicHash>

namespace nocdesk::parsing::providers {

using namespace kit;

namespace {

QList<MaintenanceDraft> parseText(const DataPart &part)
{
    static const QRegularExpression account(QStringLiteral(R"(\((AS\d+)\),?\s*$)"));
    static const QRegularExpression when(QStringLiteral(R"(will be performing .*maintenance.*\bat\s+(.+?)\.?\s*$)"));
    static const QRegularExpression downtime(QStringLiteral(R"(downtime will be approximately\s+(\d+)\s+minutes)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression address(QStringLiteral(R"(^[0-9A-Fa-f:.]+$)"));
    QStringList lines = partText(part).split(QLatin1Char('\n'));
    for (QString &l : lines)
        l = l.trimmed();
    MaintenanceDraft d;
    QStringList ids;
    bool inIps = false;
    for (const QString &l : std::as_const(lines)) {
        if (!d.account) {
            if (const auto m = account.match(l); m.hasMatch())
                d.account = m.captured(1);
        }
        if (!d.start) {
            if (const auto m = when.match(l); m.hasMatch()) {
                d.summary = l;
                d.start = requireTime(m.captured(1), {}, "start");
            }
        }
        if (l.startsWith(QLatin1String("Your IPs"), Qt::CaseInsensitive)) {
            inIps = true;
            continue;
        }
        if (inIps) {
            if (address.match(l).hasMatch() && l.contains(QRegularExpression(QStringLiteral("[.:]"))))
                ids << l;
            else if (!l.isEmpty())
                inIps = false;
        }
    }
    if (!d.start)
        throw ParseFailure(ProviderText::tr("no \"will be performing scheduled maintenance ... at <time>\" found"));
    const int minutes = capture(downtime, lines.join(QLatin1Char(' '))).toInt();
    d.end = *d.start + qint64(minutes > 0 ? minutes : 60) * 60;
    d.circuits = circuitsOf(ids);
    const QString key = QString::number(*d.start) + QString::number(*d.end) + ids.join(QString());
    d.maintenanceId = QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
    d.status = lines.join(QLatin1Char(' ')).contains(QLatin1String("cancel"), Qt::CaseInsensitive) ? Status::Cancelled : Status::Confirmed;
    return {d};
}

} // namespace

ProviderSpec makeNetflix()
{
    const Parser text{QStringLiteral("TextParserNetflix1"), PartKind::Text, parseText};
    return {QStringLiteral("netflix"), QStringLiteral("cdnetops@netflix.com"), {QStringLiteral("netflix.com")}, {}, {},
            {simple({icalParser()}), combined({emailDateParser(), text})}};
}

} // namespace nocdesk::parsing::providers
