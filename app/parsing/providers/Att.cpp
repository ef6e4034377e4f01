// AT&T: an HTML summary ("Event ID:", "Summary:", "Customer Impact Description:",
// "Description:", "Start Time: ..., End Time: ...") and an xlsx attachment listing the
// customer and its circuits ("Customer"/"Customer Name", "Circuit/Asset"/"Circuit ID").
#include "Providers.h"

#include "ProviderKit.h"
#include "../XlsxReader.h"

namespace nocdesk::parsing::providers {

using namespace kit;

namespace {

QList<MaintenanceDraft> parseHtml(const DataPart &part)
{
    static const QRegularExpression window(QStringLiteral(R"(Start Time:\s*(.+?),\s*End Time:\s*(.+)$)"));
    HtmlDocument doc(part.content);
    const QStringList lines = doc.lines();
    MaintenanceDraft d;
    const QString event = labelValue(lines, {QStringLiteral("Event ID")}, false);
    if (event.isEmpty())
        throw ParseFailure(ProviderText::tr("no \"Event ID:\" found"));
    d.maintenanceId = event;
    for (const QString &l : lines) {
        const auto m = window.match(l);
        if (m.hasMatch()) {
            d.start = requireTime(m.captured(1), {}, "start");
            d.end = requireTime(m.captured(2), {}, "end");
            break;
        }
    }
    const QString summary = labelValue(lines, {QStringLiteral("Summary")}, false);
    const QString impact = labelValue(lines, {QStringLiteral("Customer Impact Description")}, false);
    const QString description = labelValue(lines, {QStringLiteral("Description")}, false);
    d.summary = summary + QLatin1String(": ") + impact + QLatin1Char(' ') + description;
    const QString lowerImpact = impact.toLower();
    d.status = lowerImpact.contains(QLatin1String("cancel")) ? Status::Cancelled
        : lowerImpact.contains(QLatin1String("complet")) ? Status::Completed : Status::Confirmed;
    return {d};
}

QList<MaintenanceDraft> parseXlsx(const DataPart &part)
{
    const XlsxSheet sheet = readFirstSheet(part.content);
    if (sheet.isEmpty())
        throw ParseFailure(ProviderText::tr("not an xlsx workbook"));
    const QStringList header = sheet.rows.first();
    qsizetype customerCol = -1, circuitCol = -1;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString h = header.at(i).toLower();
        if (customerCol < 0 && h.contains(QLatin1String("customer")))
            customerCol = i;
        else if (circuitCol < 0 && h.contains(QLatin1String("circuit")))
            circuitCol = i;
    }
    if (circuitCol < 0)
        throw ParseFailure(ProviderText::tr("the workbook has no circuit column"));
    MaintenanceDraft d;
    QStringList ids;
    for (qsizetype r = 1; r < sheet.rows.size(); ++r) {
        const QStringList &row = sheet.rows.at(r);
        const QString id = row.value(circuitCol).trimmed();
        if (id.isEmpty())
            continue;
        ids << id;
        if (!d.account && customerCol >= 0 && !row.value(customerCol).trimmed().isEmpty())
            d.account = row.value(customerCol).trimmed();
    }
    d.circuits = circuitsOf(ids);
    return {d};
}

} // namespace

ProviderSpec makeAtt()
{
    const Parser html{QStringLiteral("HtmlParserATT1"), PartKind::Html, parseHtml};
    const Parser xlsx{QStringLiteral("XlsxParserATT1"), PartKind::Xlsx, parseXlsx};
    return {QStringLiteral("att"), QStringLiteral("g31654@att.com"), {QStringLiteral("att.com")}, {}, {},
            {combined({emailDateParser(), html, xlsx})}};
}

} // namespace nocdesk::parsing::providers
