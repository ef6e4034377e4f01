// HGC Global Communications: either a label / ":" / value table or inline "Label: value" lines ("Circuit ID", "Customer",
// "Maintenance Window start date & time", "... end date & time", "Service Impact",
// "Description"); the subject ends with "| <circuit> | <ticket>" or "_ <circuit> (<ticket>)".
#include "Providers.h"

#include "ProviderKit.h"

namespace nocdesk::parsing::providers {

using namespace kit;

namespace {

enum class Layout { Cells, Inline };

// The value of a label laid out as three cells (label, ":", value) or inline ("label: value").
QString valueOf(const QStringList &lines, const QString &label, Layout layout)
{
    if (layout == Layout::Inline)
        return labelValue(lines, {label}, false);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString l = lines.at(i).trimmed();
        if (l.compare(label, Qt::CaseInsensitive) == 0 || l.compare(label + QLatin1Char(':'), Qt::CaseInsensitive) == 0) {
            qsizetype k = i + 1;
            if (k < lines.size() && lines.at(k).trimmed() == QLatin1String(":"))
                ++k;
            return k < lines.size() ? lines.at(k).trimmed() : QString();
        }
    }
    return {};
}

QList<MaintenanceDraft> parseHtml(const DataPart &part, Layout layout)
{
    const auto tableValue = [layout](const QStringList &lines, const QString &label) {
        return valueOf(lines, label, layout);
    };
    HtmlDocument doc(part.content);
    const QStringList lines = doc.cells();
    MaintenanceDraft d;
    const QString start = tableValue(lines, QStringLiteral("Maintenance Window start date & time"));
    const QString end = tableValue(lines, QStringLiteral("Maintenance Window end date & time"));
    if (start.isEmpty() || end.isEmpty())
        throw ParseFailure(ProviderText::tr("no maintenance window start and end found"));
    d.start = requireTime(start, {}, "start");
    d.end = requireTime(end, {}, "end");
    const QString circuit = tableValue(lines, QStringLiteral("Circuit ID"));
    const QString impact = tableValue(lines, QStringLiteral("Service Impact")).toLower();
    const Impact i = impact.contains(QLatin1String("no impact")) ? Impact::NoImpact
        : impact.contains(QLatin1String("degrad")) ? Impact::Degraded : Impact::Outage;
    QStringList ids;
    for (const QString &c : circuit.split(QLatin1Char(',')))
        ids << c.trimmed();
    d.circuits = circuitsOf(ids, i);
    if (const QString a = tableValue(lines, QStringLiteral("Customer")); !a.isEmpty())
        d.account = a;
    if (const QString s = tableValue(lines, QStringLiteral("Description")); !s.isEmpty())
        d.summary = s;
    const QString all = lines.join(QLatin1Char(' ')).toLower();
    d.status = all.contains(QLatin1String("cancelled")) ? Status::Cancelled
        : all.contains(QLatin1String("has been completed")) ? Status::Completed
        : all.contains(QLatin1String("rescheduled")) ? Status::ReScheduled : Status::Confirmed;
    return {d};
}

QList<MaintenanceDraft> parseSubject(const DataPart &part)
{
    static const QRegularExpression ticket(QStringLiteral(R"((?:\|\s*|\()\s*([A-Z]{2,}\d{6,})\s*\)?\s*$)"));
    const QString id = capture(ticket, subjectText(part).simplified());
    if (id.isEmpty())
        throw ParseFailure(ProviderText::tr("the subject ends with no ticket"));
    MaintenanceDraft d;
    d.maintenanceId = id;
    return {d};
}

} // namespace

ProviderSpec makeHgc()
{
    const Parser cells{QStringLiteral("HtmlParserHGC1"), PartKind::Html,
                       [](const DataPart &p) { return parseHtml(p, Layout::Cells); }};
    const Parser inlineLabels{QStringLiteral("HtmlParserHGC2"), PartKind::Html,
                              [](const DataPart &p) { return parseHtml(p, Layout::Inline); }};
    const Parser subject{QStringLiteral("SubjectParserHGC1"), PartKind::Subject, parseSubject};
    return {QStringLiteral("hgc"), QStringLiteral("HGCINOCPW@hgc.com.hk"), {QStringLiteral("hgc.com.hk")}, {}, {},
            {combined({emailDateParser(), cells, subject}), combined({emailDateParser(), inlineLabels, subject})}};
}

} // namespace nocdesk::parsing::providers
