// Windstream: "WMT:", "Event Start Date & Time:" / "Event End Date & Time:" in US zone
// abbreviations (ET/CT/MT/PT, daylight saving aware), an impact table ("Impact Type") and a
// circuit table ("Name", "Circuit ID"). The paragraph under the heading is the summary.
#include "Providers.h"

#include "ProviderKit.h"

namespace nocdesk::parsing::providers {

using namespace kit;

namespace {

Impact windstreamImpact(const QString &text)
{
    const QString t = text.toLower();
    if (t.contains(QLatin1String("no impact")) || t.contains(QLatin1String("non-service")))
        return Impact::NoImpact;
    if (t.contains(QLatin1String("degrad")))
        return Impact::Degraded;
    return Impact::Outage;
}

QList<MaintenanceDraft> parseHtml(const DataPart &part)
{
    HtmlDocument doc(part.content);
    const QStringList lines = doc.lines();
    MaintenanceDraft d;
    const QString wmt = labelValue(lines, {QStringLiteral("WMT:"), QStringLiteral("WMT")}, false);
    const QString start = labelValue(lines, {QStringLiteral("Event Start Date & Time")}, false);
    const QString end = labelValue(lines, {QStringLiteral("Event End Date & Time")}, false);
    if (wmt.isEmpty() || start.isEmpty() || end.isEmpty())
        throw ParseFailure(ProviderText::tr("no \"WMT:\" with event start and end found"));
    d.maintenanceId = wmt;
    d.start = requireTime(start, {}, "start");
    d.end = requireTime(end, {}, "end");
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (lines.at(i).endsWith(QLatin1String("Notification"))) {
            d.summary = lines.at(i + 1);
            break;
        }
    }
    const QString heading = lines.value(0).toLower();
    d.status = heading.contains(QLatin1String("cancel")) ? Status::Cancelled
        : heading.contains(QLatin1String("complet")) ? Status::Completed
        : heading.contains(QLatin1String("resched")) ? Status::ReScheduled : Status::Confirmed;
    Impact impact = Impact::Outage;
    if (const auto t = findTable(doc, {QStringLiteral("Impact Type:")}); t && !t->rows.isEmpty())
        impact = windstreamImpact(t->rows.first().value(0));
    const auto table = findTable(doc, {QStringLiteral("Name"), QStringLiteral("Circuit ID")});
    if (!table)
        throw ParseFailure(ProviderText::tr("no circuit table (\"Name\", \"Circuit ID\") found"));
    QList<Circuit> circuits;
    for (const QStringList &row : table->rows) {
        const QString id = table->cell(row, QStringLiteral("Circuit ID"));
        if (id.isEmpty())
            continue;
        if (!d.account)
            d.account = table->cell(row, QStringLiteral("Name"));
        circuits.append(Circuit{id, impact});
    }
    d.circuits = circuits;
    return {d};
}

} // namespace

ProviderSpec makeWindstream()
{
    const Parser html{QStringLiteral("HtmlParserWindstream1"), PartKind::Html, parseHtml};
    return {QStringLiteral("windstream"), QStringLiteral("wci.maintenance.notifications@windstream.com"),
            {QStringLiteral("windstream.com")}, {}, {},
            {combined({emailDateParser(), html})}};
}

} // namespace nocdesk::parsing::providers
