// Telstra: a two-column notice whose labels are <th> cells ("To:", "Change Reference:",
// "Maintenance Window:", "Maintenance Details:", "Service(s) Impacted:") with the values in the
// <td> rows below them; the heading ("... Notification", "Amendment", "Withdrawn") gives the status.
#include "Providers.h"

#include "ProviderKit.h"

namespace nocdesk::parsing::providers {

using namespace kit;

namespace {

Status telstraStatus(const QString &heading)
{
    const QString h = heading.toLower();
    if (h.contains(QLatin1String("withdrawn")) || h.contains(QLatin1String("cancel")))
        return Status::Cancelled;
    if (h.contains(QLatin1String("amend")) || h.contains(QLatin1String("resched")))
        return Status::ReScheduled;
    if (h.contains(QLatin1String("complet")))
        return Status::Completed;
    if (h.contains(QLatin1String("in progress")) || h.contains(QLatin1String("commenc")))
        return Status::InProcess;
    return Status::Confirmed;
}

QList<MaintenanceDraft> parseHtml(const DataPart &part)
{
    HtmlDocument doc(part.content);
    QString heading;
    QString label;
    HtmlDocument::Node labelTable = nullptr;
    QHash<QString, QStringList> values;
    const QList<HtmlDocument::Node> cells = doc.cellsWithoutTables();
    for (HtmlDocument::Node c : cells) {
        const QString t = HtmlDocument::rawText(c);
        if (t.isEmpty())
            continue;
        const bool isHeader = HtmlDocument::isElement(c, "th");
        if (isHeader && t.endsWith(QLatin1Char(':'))) {
            label = t.simplified().chopped(1).trimmed().toLower();
            labelTable = HtmlDocument::enclosing(c, "table");
            continue;
        }
        if (heading.isEmpty() && t.contains(QLatin1String("Maintenance"), Qt::CaseInsensitive) && label.isEmpty())
            heading = t.simplified();
        if (!isHeader && HtmlDocument::hasDescendant(c, "a")) {
            label.clear(); // the contact footer with its links ends the last label's values
            continue;
        }
        // a value belongs to the label above it in the same table; the footer is elsewhere
        if (!label.isEmpty() && HtmlDocument::enclosing(c, "table") == labelTable)
            values[label].append(t);
    }
    const QString window = values.value(QStringLiteral("maintenance window")).value(0);
    if (window.isEmpty() || !window.contains(QLatin1String(" to ")))
        throw ParseFailure(ProviderText::tr("no \"Maintenance Window:\" found"));
    const qsizetype to = window.indexOf(QLatin1String(" to "));
    MaintenanceDraft d;
    d.start = requireTime(window.left(to), {}, "start");
    d.end = requireTime(window.mid(to + 4), {}, "end");
    d.maintenanceId = values.value(QStringLiteral("change reference")).value(0);
    d.account = values.value(QStringLiteral("to")).value(0);
    d.summary = values.value(QStringLiteral("maintenance details")).join(QLatin1String(". "));
    d.status = telstraStatus(heading);
    const bool nonImpacting = HtmlDocument::text(doc.root()).contains(QLatin1String("non service impacting"), Qt::CaseInsensitive);
    QStringList ids;
    for (const QString &v : values.value(QStringLiteral("service(s) impacted")))
        for (const QString &id : v.split(QLatin1Char(',')))
            ids.append(id.trimmed());
    d.circuits = circuitsOf(ids, nonImpacting ? Impact::NoImpact : Impact::Outage);
    return {d};
}

} // namespace

ProviderSpec makeTelstra()
{
    const Parser html{QStringLiteral("HtmlParserTelstra1"), PartKind::Html, parseHtml};
    return {QStringLiteral("telstra"), QStringLiteral("gpen@team.telstra.com"),
            {QStringLiteral("team.telstra.com"), QStringLiteral("telstra.com")}, {}, {},
            {simple({icalParser()}), combined({emailDateParser(), html})}};
}

} // namespace nocdesk::parsing::providers
