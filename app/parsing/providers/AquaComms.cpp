// Aqua Comms: the subject carries "ISSUE=<ticket> PROJ=<account>"; the HTML body has
// "Ticket Number:", "Scheduled Start/End Date & Time:" ("22:00 12/10/2020 GMT", day first),
// "Service ID:" and the latest "- Update -" entry (the summary).
#include "Providers.h"

#include "ProviderKit.h"

namespace nocdesk::parsing::providers {

using namespace kit;

namespace {

QList<MaintenanceDraft> parseHtml(const DataPart &part)
{
    static const QRegularExpression update(QStringLiteral(R"(^-\s*Update\s*-\s*(.+)$)"));
    HtmlDocument doc(part.content);
    const QStringList lines = doc.cells();
    const LooseDateOptions dayFirst{true, QTimeZone::utc()};
    MaintenanceDraft d;
    const QString ticket = labelValue(lines, {QStringLiteral("Ticket Number")});
    const QString start = labelValue(lines, {QStringLiteral("Scheduled Start Date & Time")});
    const QString end = labelValue(lines, {QStringLiteral("Scheduled End Date & Time")});
    if (ticket.isEmpty() || start.isEmpty() || end.isEmpty())
        throw ParseFailure(ProviderText::tr("no \"Ticket Number\" with scheduled start and end found"));
    d.maintenanceId = ticket;
    d.start = requireTime(start, dayFirst, "start");
    d.end = requireTime(end, dayFirst, "end");
    QStringList ids;
    for (const QString &s : labelValue(lines, {QStringLiteral("Service ID")}).split(QLatin1Char(',')))
        ids << s.trimmed();
    d.circuits = circuitsOf(ids);
    for (const QString &l : std::as_const(lines)) {
        if (const auto m = update.match(l); m.hasMatch()) {
            d.summary = m.captured(1).trimmed();
            break;
        }
    }
    const QString all = lines.join(QLatin1Char(' ')).toLower();
    d.status = all.contains(QLatin1String("cancelled")) ? Status::Cancelled
        : all.contains(QLatin1String("has been completed")) ? Status::Completed : Status::Confirmed;
    return {d};
}

QList<MaintenanceDraft> parseSubject(const DataPart &part)
{
    static const QRegularExpression issue(QStringLiteral(R"(ISSUE=(\S+))"));
    static const QRegularExpression proj(QStringLiteral(R"(PROJ=(\S+))"));
    const QString s = subjectText(part);
    MaintenanceDraft d;
    if (const QString i = capture(issue, s); !i.isEmpty())
        d.maintenanceId = i;
    if (const QString p = capture(proj, s); !p.isEmpty())
        d.account = p;
    if (d.isEmpty())
        return {};
    return {d};
}

} // namespace

ProviderSpec makeAquaComms()
{
    const Parser html{QStringLiteral("HtmlParserAquaComms1"), PartKind::Html, parseHtml};
    const Parser subject{QStringLiteral("SubjectParserAquaComms1"), PartKind::Subject, parseSubject};
    return {QStringLiteral("aquacomms"), QStringLiteral("tickets@aquacomms.com"), {QStringLiteral("aquacomms.com")}, {}, {},
            {combined({emailDateParser(), subject, html})}};
}

} // namespace nocdesk::parsing::providers
