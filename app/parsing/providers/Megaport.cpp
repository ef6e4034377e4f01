// Megaport: "Hi <account>", "Planned maintenance (<id>)", a "Purpose of Maintenance:"
// paragraph (the summary), a "Service ID" table and "Start/End Date and Time:" lines.
#include "Providers.h"

#include "ProviderKit.h"

namespace nocdesk::parsing::providers {

using namespace kit;

namespace {

QList<MaintenanceDraft> parseHtml(const DataPart &part)
{
    static const QRegularExpression hi(QStringLiteral(R"(^\s*(?:Hi|Dear|Hello)\s+(.+?),?\s*$)"));
    static const QRegularExpression id(QStringLiteral(R"(maintenance\s*\(\s*([^)\s]+)\s*\))"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression purpose(QStringLiteral(R"(^\s*Purpose of Maintenance:\s*)"));
    HtmlDocument doc(part.content);
    MaintenanceDraft d;
    const QList<HtmlDocument::Node> paragraphs = doc.select("//p");
    for (HtmlDocument::Node p : paragraphs) {
        const QString raw = HtmlDocument::rawText(p);
        const QString t = raw.simplified();
        if (!d.account) {
            if (const auto m = hi.match(t); m.hasMatch())
                d.account = m.captured(1);
        }
        if (!d.maintenanceId) {
            if (const auto m = id.match(t); m.hasMatch())
                d.maintenanceId = m.captured(1);
        }
        if (!d.summary && purpose.match(raw).hasMatch())
            d.summary = raw.mid(purpose.match(raw).capturedLength()).trimmed();
        if (t.startsWith(QLatin1String("Start Date and Time:")))
            d.start = requireTime(t.mid(20), {}, "start");
        else if (t.startsWith(QLatin1String("End Date and Time:")))
            d.end = requireTime(t.mid(18), {}, "end");
    }
    if (!d.maintenanceId || !d.start || !d.end)
        throw ParseFailure(ProviderText::tr("no \"Planned maintenance (<id>)\" with start and end found"));
    const QString all = HtmlDocument::text(doc.root()).toLower();
    d.status = all.contains(QLatin1String("has been cancelled")) ? Status::Cancelled
        : all.contains(QLatin1String("has been completed")) ? Status::Completed
        : all.contains(QLatin1String("rescheduled")) ? Status::ReScheduled : Status::Confirmed;
    const auto table = findTable(doc, {QStringLiteral("Service ID")});
    QStringList ids;
    if (table)
        for (const QStringList &row : table->rows)
            ids << table->cell(row, QStringLiteral("Service ID"));
    d.circuits = circuitsOf(ids);
    return {d};
}

} // namespace

ProviderSpec makeMegaport()
{
    const Parser html{QStringLiteral("HtmlParserMegaport1"), PartKind::Html, parseHtml};
    return {QStringLiteral("megaport"), QStringLiteral("support@megaport.com"), {QStringLiteral("megaport.com")}, {}, {},
            {combined({emailDateParser(), html})}};
}

} // namespace nocdesk::parsing::providers
