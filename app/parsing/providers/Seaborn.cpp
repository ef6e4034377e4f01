// Seaborn Networks: "Seaborn Ticket number:", "Start date/time:", "Finish date/time:",
// "Circuit impacted:", "Description:"; the subject carries the account as "[## <n> ##]".
#include "Providers.h"

#include "ProviderKit.h"

namespace nocdesk::parsing::providers {

using namespace kit;

namespace {

QList<MaintenanceDraft> parseHtml(const DataPart &part)
{
    static const QRegularExpression circuitId(QStringLiteral(R"(([A-Za-z0-9][A-Za-z0-9\-/_.]*)\s*$)"));
    HtmlDocument doc(part.content);
    const QStringList lines = doc.lines();
    MaintenanceDraft d;
    const QString ticket = labelValue(lines, {QStringLiteral("Seaborn Ticket number")}, false);
    const QString start = labelValue(lines, {QStringLiteral("Start date/time")}, false);
    const QString end = labelValue(lines, {QStringLiteral("Finish date/time"), QStringLiteral("End date/time")}, false);
    if (ticket.isEmpty() || start.isEmpty() || end.isEmpty())
        throw ParseFailure(ProviderText::tr("no \"Seaborn Ticket number\" with start and finish found"));
    d.maintenanceId = ticket;
    d.start = requireTime(start, {}, "start");
    d.end = requireTime(end, {}, "end");
    if (const QString s = labelValue(lines, {QStringLiteral("Description")}, false); !s.isEmpty())
        d.summary = s;
    QStringList ids;
    for (const QString &c : labelValue(lines, {QStringLiteral("Circuit impacted"), QStringLiteral("Circuits impacted")}, false).split(QLatin1Char(','))) {
        // stray bytes of a mis-declared charset may precede the id
        ids << capture(circuitId, c);
    }
    const QString impact = labelValue(lines, {QStringLiteral("Service Impact")}, false).toLower();
    d.circuits = circuitsOf(ids, impact.contains(QLatin1String("no impact")) ? Impact::NoImpact : Impact::Outage);
    const QString all = lines.join(QLatin1Char(' ')).toLower();
    d.status = all.contains(QLatin1String("has been cancelled")) ? Status::Cancelled
        : all.contains(QLatin1String("has been completed")) ? Status::Completed
        : all.contains(QLatin1String("has been rescheduled")) ? Status::ReScheduled : Status::Confirmed;
    return {d};
}

QList<MaintenanceDraft> parseSubject(const DataPart &part)
{
    static const QRegularExpression account(QStringLiteral(R"(\[##\s*(\S+)\s*##\])"));
    const QString a = capture(account, subjectText(part));
    if (a.isEmpty())
        return {};
    MaintenanceDraft d;
    d.account = a;
    return {d};
}

} // namespace

ProviderSpec makeSeaborn()
{
    const Parser html{QStringLiteral("HtmlParserSeaborn2"), PartKind::Html, parseHtml};
    const Parser subject{QStringLiteral("SubjectParserSeaborn2"), PartKind::Subject, parseSubject};
    return {QStringLiteral("seaborn"), QStringLiteral("inoc@superonline.net"), {QStringLiteral("seabornnetworks.com")}, {}, {},
            {combined({emailDateParser(), html, subject})}};
}

} // namespace nocdesk::parsing::providers
