// Google peering: heading "Google Network Maintenance Notification - Reference <id>",
// "Start Time:"/"End Time:", and a label table pairing each "Google Neighbor Address(es)"
// with the next "Peer Neighbor Address(es)"; "Peer ASN" is the account.
#include "Providers.h"

#include "ProviderKit.h"

namespace nocdesk::parsing::providers {

using namespace kit;

namespace {

QList<MaintenanceDraft> parseHtml(const DataPart &part)
{
    static const QRegularExpression heading(QStringLiteral(R"(^(?:Google\s+)?(Network Maintenance Notification\s*-\s*Reference\s+(\S+)))"));
    HtmlDocument doc(part.content);
    const QStringList lines = doc.lines();
    MaintenanceDraft d;
    for (const QString &l : lines) {
        if (const auto m = heading.match(l); m.hasMatch()) {
            d.summary = m.captured(1);
            d.maintenanceId = m.captured(2);
            break;
        }
    }
    const QString start = labelValue(lines, {QStringLiteral("Start Time")}, false);
    const QString end = labelValue(lines, {QStringLiteral("End Time")}, false);
    if (!d.maintenanceId || start.isEmpty() || end.isEmpty())
        throw ParseFailure(ProviderText::tr("no \"Reference\" with start and end times found"));
    d.start = requireTime(start, {}, "start");
    d.end = requireTime(end, {}, "end");
    QString google;
    QStringList ids;
    for (const QString &l : lines) {
        const QStringList cells = l.split(QLatin1Char('\t'));
        if (cells.size() < 2)
            continue;
        const QString label = cells.first().toLower();
        if (label.startsWith(QLatin1String("peer asn")))
            d.account = cells.at(1).trimmed();
        else if (label.startsWith(QLatin1String("google neighbor address")))
            google = cells.at(1).trimmed();
        else if (label.startsWith(QLatin1String("peer neighbor address")) && !google.isEmpty()) {
            ids << google + QLatin1Char('-') + cells.at(1).trimmed();
            google.clear();
        }
    }
    d.circuits = circuitsOf(ids);
    const QString lower = lines.join(QLatin1Char(' ')).toLower();
    d.status = lower.contains(QLatin1String("cancelled")) ? Status::Cancelled
        : lower.contains(QLatin1String("has been completed")) ? Status::Completed : Status::Confirmed;
    return {d};
}

} // namespace

ProviderSpec makeGoogle()
{
    const Parser html{QStringLiteral("HtmlParserGoogle1"), PartKind::Html, parseHtml};
    return {QStringLiteral("google"), QStringLiteral("noc-noreply@google.com"), {QStringLiteral("google.com")}, {}, {},
            {combined({emailDateParser(), html})}};
}

} // namespace nocdesk::parsing::providers
