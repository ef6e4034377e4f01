// Lumen: "Scheduled Maintenance Window #:" heading, "Summary:" section, a Start/End table
// whose first row is in GMT, and an impact table ("Customer Name", "Circuit ID",
// "Alt Circuit ID", "Impact Type", optionally "Status").
#include "Providers.h"

#include "ProviderKit.h"

namespace nocdesk::parsing::providers {

using namespace kit;

namespace {

Impact lumenImpact(const QString &text)
{
    const QString t = text.toLower();
    if (t.contains(QLatin1String("no impact")) || t.contains(QLatin1String("no expected")))
        return Impact::NoImpact;
    if (t.contains(QLatin1String("degrad")) || t.contains(QLatin1String("latency")))
        return Impact::Degraded;
    if (t.contains(QLatin1String("redundan")))
        return Impact::ReducedRedundancy;
    return Impact::Outage;
}

bool isPlaceholder(const QString &s)
{
    const QString t = s.trimmed();
    return t.isEmpty() || t == QLatin1String("_") || t.compare(QLatin1String("N/A"), Qt::CaseInsensitive) == 0;
}

QList<MaintenanceDraft> parseHtml(const DataPart &part)
{
    static const QRegularExpression windowId(QStringLiteral(R"(Scheduled Maintenance(?: Window)? #:\s*(\S+))"));
    HtmlDocument doc(part.content);
    const QString all = HtmlDocument::text(doc.root());
    MaintenanceDraft d;
    const QString id = capture(windowId, all);
    if (id.isEmpty())
        throw ParseFailure(ProviderText::tr("no \"Scheduled Maintenance Window #:\" found"));
    d.maintenanceId = id;

    // The summary is the first text after the "Summary:" heading.
    const QList<HtmlDocument::Node> summary = doc.select(
        "(//text()[normalize-space(.)='Summary:']/following::text()[normalize-space()])[1]");
    if (!summary.isEmpty())
        d.summary = HtmlDocument::rawText(summary.first());

    // the newest entry under "Updates:" comes first and dates the notice
    static const QRegularExpression update(QStringLiteral(R"(^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} (?:GMT|UTC)) - )"));
    for (const QString &l : doc.lines()) {
        if (const auto m = update.match(l); m.hasMatch()) {
            d.stamp = parseLooseDateTime(m.captured(1));
            break;
        }
    }

    const auto window = findTable(doc, {QStringLiteral("Start"), QStringLiteral("End")});
    if (!window || window->rows.isEmpty())
        throw ParseFailure(ProviderText::tr("no Start/End table found"));
    d.start = requireTime(window->cell(window->rows.first(), QStringLiteral("Start")), {}, "start");
    d.end = requireTime(window->cell(window->rows.first(), QStringLiteral("End")), {}, "end");

    const auto impact = findTable(doc, {QStringLiteral("Customer Name"), QStringLiteral("Circuit ID")});
    if (!impact)
        throw ParseFailure(ProviderText::tr("no table of impacted circuits found"));
    QList<Circuit> circuits;
    QString rowStatus;
    for (const QStringList &row : impact->rows) {
        QString cid = impact->cell(row, QStringLiteral("Circuit ID"));
        if (isPlaceholder(cid))
            cid = impact->cell(row, QStringLiteral("Alt Circuit ID"));
        if (isPlaceholder(cid))
            continue;
        if (!d.account)
            d.account = impact->cell(row, QStringLiteral("Customer Name"));
        circuits.append(Circuit{cid, lumenImpact(impact->cell(row, QStringLiteral("Impact Type")))});
        if (rowStatus.isEmpty())
            rowStatus = impact->cell(row, QStringLiteral("Status"));
    }
    d.circuits = circuits;

    const QString lower = all.toLower();
    if (rowStatus.contains(QLatin1String("complet"), Qt::CaseInsensitive)
        || lower.contains(QLatin1String("was completed successfully")))
        d.status = Status::Completed;
    else if (rowStatus.contains(QLatin1String("cancel"), Qt::CaseInsensitive)
             || lower.contains(QLatin1String("has been cancelled")))
        d.status = Status::Cancelled;
    else if (lower.contains(QLatin1String("alternate night maintenance window"))
             || lower.contains(QLatin1String("has been rescheduled")))
        d.status = Status::ReScheduled;
    else
        d.status = Status::InProcess;
    return {d};
}

} // namespace

ProviderSpec makeLumen()
{
    const Parser html{QStringLiteral("HtmlParserLumen1"), PartKind::Html, parseHtml};
    // Lumen's other mail (surveys, portal notices) lacks the maintenance heading.
    const QList<PartFilter> include{{PartKind::Html, QRegularExpression(QStringLiteral("Scheduled Maintenance"))}};
    return {QStringLiteral("lumen"), QStringLiteral("smc@lumen.com"),
            {QStringLiteral("lumen.com"), QStringLiteral("centurylink.com"), QStringLiteral("level3.com")}, include, {},
            {combined({emailDateParser(), html})}};
}

} // namespace nocdesk::parsing::providers
