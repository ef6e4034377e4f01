// Crown Castle Fiber: "Dear <account>,", "Ticket Number:", a schedule table with one row per
// zone (the "GMT" row: start date, start time, end date, end time), "Work Description:" (the
// summary), "Expected Impact Duration:" and a "Circuit ID" table, optionally with "Impact".
#include "Providers.h"

#include "ProviderKit.h"

namespace nocdesk::parsing::providers {

using namespace kit;

namespace {

QList<MaintenanceDraft> parseHtml(const DataPart &part)
{
    static const QRegularExpression dear(QStringLiteral(R"(^Dear\s+(.+?),?$)"));
    HtmlDocument doc(part.content);
    const QStringList lines = doc.lines();
    MaintenanceDraft d;
    const QString ticket = labelValue(lines, {QStringLiteral("Ticket Number")}, false);
    if (ticket.isEmpty())
        throw ParseFailure(ProviderText::tr("no \"Ticket Number:\" found"));
    d.maintenanceId = ticket;
    for (const QString &l : lines) {
        if (const auto m = dear.match(l); m.hasMatch()) {
            d.account = m.captured(1);
            break;
        }
    }
    // the schedule row whose last cell is GMT
    for (HtmlDocument::Node tr : doc.select("//tr[not(.//tr)]")) {
        QStringList cells;
        for (HtmlDocument::Node td : doc.select("td|th", tr))
            cells << HtmlDocument::text(td);
        if (cells.size() >= 5 && cells.last().compare(QLatin1String("GMT"), Qt::CaseInsensitive) == 0) {
            d.start = requireTime(cells.at(0) + QLatin1Char(' ') + cells.at(1) + QLatin1String(" GMT"), {}, "start");
            d.end = requireTime(cells.at(2) + QLatin1Char(' ') + cells.at(3) + QLatin1String(" GMT"), {}, "end");
            break;
        }
    }
    if (!d.start)
        throw ParseFailure(ProviderText::tr("no GMT row in the schedule table"));
    // "Work Description:" heads a paragraph of its own (its words may sit in separate tags);
    // the description is the next paragraph, or the rest of the same one.
    if (HtmlDocument::Node p = doc.first("//p[starts-with(normalize-space(.), 'Work Description:')]")) {
        const QString rest = HtmlDocument::text(p).mid(17).trimmed();
        // a "**THIS EVENT HAS BEEN CANCELLED**" banner is not the description
        if (!rest.isEmpty() && !rest.startsWith(QLatin1Char('*')))
            d.summary = rest;
        else if (HtmlDocument::Node next = doc.first("following-sibling::p[normalize-space()][1]", p))
            d.summary = HtmlDocument::text(next);
    }
    const QString all = lines.join(QLatin1Char(' ')).toLower();
    const QString heading = lines.value(0).toLower();
    if (heading.contains(QLatin1String("cancel")) || all.contains(QLatin1String("has been cancelled")))
        d.status = Status::Cancelled;
    else if (all.contains(QLatin1String("has been completed")))
        d.status = Status::Completed;
    else if (heading.contains(QLatin1String("resched")))
        d.status = Status::ReScheduled;
    else
        d.status = Status::Confirmed;
    const Impact noticeImpact = Impact::Outage;
    QList<Circuit> circuits;
    if (const auto table = findTable(doc, {QStringLiteral("Circuit ID")})) {
        const bool perCircuit = table->column(QStringLiteral("Impact")) >= 0;
        for (const QStringList &row : table->rows) {
            const QString id = table->cell(row, QStringLiteral("Circuit ID"));
            if (id.isEmpty())
                continue;
            Impact impact = noticeImpact;
            if (perCircuit) {
                // "None" means no impact; "None Expected" only hopes so and stays an outage
                const QString t = table->cell(row, QStringLiteral("Impact")).simplified().toLower();
                impact = t == QLatin1String("none") || t.contains(QLatin1String("no impact")) ? Impact::NoImpact : Impact::Outage;
            }
            circuits.append(Circuit{id, impact});
        }
    }
    d.circuits = circuits;
    return {d};
}

} // namespace

ProviderSpec makeCrownCastle()
{
    const Parser html{QStringLiteral("HtmlParserCrownCastle1"), PartKind::Html, parseHtml};
    return {QStringLiteral("crowncastle"), QStringLiteral("fiberchangemgmt@crowncastle.com"),
            {QStringLiteral("crowncastle.com")}, {}, {},
            {combined({emailDateParser(), html})}};
}

} // namespace nocdesk::parsing::providers
