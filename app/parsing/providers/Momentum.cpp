// Momentum: "Maintenance start date/time:", "Maintenance finish date/time:", "Reason for
// Maintenance:", "Account:", "Circuit ID(s) impacted:"; the subject's "| <number> |" field is
// the ticket.
#include "Providers.h"

#include "ProviderKit.h"

namespace nocdesk::parsing::providers {

using namespace kit;

namespace {

QList<MaintenanceDraft> parseHtml(const DataPart &part)
{
    HtmlDocument doc(part.content);
    const QStringList lines = doc.lines();
    MaintenanceDraft d;
    const QString start = labelValue(lines, {QStringLiteral("Maintenance start date/time")}, false);
    const QString end = labelValue(lines, {QStringLiteral("Maintenance finish date/time"), QStringLiteral("Maintenance end date/time")}, false);
    if (start.isEmpty() || end.isEmpty())
        throw ParseFailure(ProviderText::tr("no maintenance start and finish found"));
    d.start = requireTime(start, {}, "start");
    d.end = requireTime(end, {}, "end");
    if (const QString r = labelValue(lines, {QStringLiteral("Reason for Maintenance")}, false); !r.isEmpty())
        d.summary = r;
    if (const QString a = labelValue(lines, {QStringLiteral("Account")}, false); !a.isEmpty())
        d.account = a;
    QStringList ids;
    for (const QString &c : labelValue(lines, {QStringLiteral("Circuit ID(s) impacted")}, false).split(QLatin1Char(',')))
        ids << c.trimmed();
    d.circuits = circuitsOf(ids);
    return {d};
}

QList<MaintenanceDraft> parseSubject(const DataPart &part)
{
    static const QRegularExpression ticket(QStringLiteral(R"(\|\s*(\d{5,})\s*\|)"));
    const QString s = subjectText(part).simplified();
    const QString id = capture(ticket, s);
    if (id.isEmpty())
        return {};
    MaintenanceDraft d;
    d.maintenanceId = id;
    const QString lower = s.toLower();
    d.status = lower.contains(QLatin1String("cancel")) ? Status::Cancelled
        : lower.contains(QLatin1String("complet")) ? Status::Completed : Status::Confirmed;
    return {d};
}

} // namespace

ProviderSpec makeMomentum()
{
    const Parser html{QStringLiteral("HtmlParserMomentum1"), PartKind::Html, parseHtml};
    const Parser subject{QStringLiteral("SubjectParserMomentum1"), PartKind::Subject, parseSubject};
    return {QStringLiteral("momentum"), QStringLiteral("maintenance@momentumtelecom.com"),
            {QStringLiteral("momentumtelecom.com")}, {}, {},
            {combined({emailDateParser(), html, subject})}};
}

} // namespace nocdesk::parsing::providers
