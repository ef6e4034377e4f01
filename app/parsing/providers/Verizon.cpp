// Verizon: "Dear <account>," salutation, "Maintenance Date/Time (GMT):" window,
// "Description of Maintenance:", "Verizon MASTARS Request number:" and a "Circuits Affected"
// table ("Company Name", "Circuit ID"). A maintenance that "was not completed" is cancelled.
#include "Providers.h"

#include "ProviderKit.h"

namespace nocdesk::parsing::providers {

using namespace kit;

namespace {

QList<MaintenanceDraft> parseHtml(const DataPart &part)
{
    static const QRegularExpression dear(QStringLiteral(R"(^Dear\s+(.+?),?\s*$)"));
    HtmlDocument doc(part.content);
    const QStringList lines = doc.lines();
    MaintenanceDraft d;
    const QString window = labelValue(lines, {QStringLiteral("Maintenance Date/Time (GMT)")});
    const qsizetype dash = window.indexOf(QLatin1String(" - "));
    if (dash < 0)
        throw ParseFailure(ProviderText::tr("no \"Maintenance Date/Time (GMT):\" window found"));
    d.start = requireTime(window.left(dash), {}, "start");
    d.end = requireTime(window.mid(dash + 3), {}, "end");
    const QString request = labelValue(lines, {QStringLiteral("Verizon MASTARS Request number")});
    if (!request.isEmpty())
        d.maintenanceId = request;
    const QString description = labelValue(lines, {QStringLiteral("Description of Maintenance")});
    if (!description.isEmpty())
        d.summary = description;
    for (const QString &l : lines) {
        const auto m = dear.match(l);
        if (m.hasMatch()) {
            d.account = m.captured(1).trimmed();
            break;
        }
    }
    const QString all = lines.join(QLatin1Char(' ')).toLower();
    if (all.contains(QLatin1String("was not completed")) || all.contains(QLatin1String("has been cancelled")))
        d.status = Status::Cancelled;
    else if (all.contains(QLatin1String("has been completed")) || all.contains(QLatin1String("was completed successfully")))
        d.status = Status::Completed;
    else if (all.contains(QLatin1String("has been rescheduled")))
        d.status = Status::ReScheduled;
    else
        d.status = Status::Confirmed;
    const auto table = findTable(doc, {QStringLiteral("Circuit ID")});
    if (!table)
        throw ParseFailure(ProviderText::tr("no \"Circuits Affected\" table found"));
    QStringList ids;
    for (const QStringList &row : table->rows)
        ids << table->cell(row, QStringLiteral("Circuit ID"));
    d.circuits = circuitsOf(ids);
    return {d};
}

} // namespace

ProviderSpec makeVerizon()
{
    const Parser html{QStringLiteral("HtmlParserVerizon1"), PartKind::Html, parseHtml};
    return {QStringLiteral("verizon"), QStringLiteral("NO-REPLY-sched-maint@EMEA.verizonbusiness.com"),
            {QStringLiteral("verizonbusiness.com"), QStringLiteral("verizon.com")}, {}, {},
            {combined({emailDateParser(), html})}};
}

} // namespace nocdesk::parsing::providers
