// PCCW Global: planned and urgent works come as BCOP iCalendar; completions as HTML
// ("Customer Name :", "Date Time : <start> to <end> GMT (dd/mm/yyyy)") with the subject
// "<State> - <title> - <ticket>". A completion repeats no circuits: they were in the plan.
#include "Providers.h"

#include "ProviderKit.h"

namespace nocdesk::parsing::providers {

using namespace kit;

namespace {

QList<MaintenanceDraft> parseHtml(const DataPart &part)
{
    HtmlDocument doc(part.content);
    const QStringList lines = doc.lines();
    const LooseDateOptions dayFirst{true, QTimeZone::utc()};
    MaintenanceDraft d;
    QString window = labelValue(lines, {QStringLiteral("Date Time")}, false);
    window.remove(QStringLiteral("(dd/mm/yyyy)"));
    const qsizetype to = window.indexOf(QLatin1String(" to "));
    if (to < 0)
        throw ParseFailure(ProviderText::tr("no \"Date Time : <start> to <end>\" found"));
    // the zone is written once, after the end
    static const QRegularExpression zone(QStringLiteral(R"(\b([A-Z]{2,4})\s*$)"));
    const QString z = capture(zone, window.trimmed());
    d.start = requireTime(window.left(to) + QLatin1Char(' ') + z, dayFirst, "start");
    d.end = requireTime(window.mid(to + 4), dayFirst, "end");
    const QString customer = labelValue(lines, {QStringLiteral("Customer Name")}, false);
    if (!customer.isEmpty())
        d.account = customer;
    d.provider = QStringLiteral("PCCW Global");
    d.circuits = QList<Circuit>{};
    return {d};
}

QList<MaintenanceDraft> parseSubject(const DataPart &part)
{
    const QString subject = subjectText(part).simplified();
    const QStringList fields = subject.split(QLatin1String(" - "));
    if (fields.size() < 2)
        throw ParseFailure(ProviderText::tr("the subject is not \"<state> - <title> - <ticket>\""));
    MaintenanceDraft d;
    d.maintenanceId = fields.last().trimmed();
    d.summary = subject;
    const QString state = fields.first().toLower();
    d.status = state.startsWith(QLatin1String("complet")) ? Status::Completed
        : state.startsWith(QLatin1String("cancel")) ? Status::Cancelled
        : state.startsWith(QLatin1String("amend")) ? Status::ReScheduled : Status::Confirmed;
    return {d};
}

} // namespace

ProviderSpec makePccw()
{
    const Parser html{QStringLiteral("HtmlParserPCCW"), PartKind::Html, parseHtml};
    const Parser subject{QStringLiteral("SubjectParserPCCW"), PartKind::Subject, parseSubject};
    return {QStringLiteral("pccw"), QStringLiteral("mailto:gsoc-planned-event@pccwglobal.com"),
            {QStringLiteral("pccwglobal.com")}, {}, {},
            {simple({icalParser()}), combined({emailDateParser(), html, subject})}};
}

} // namespace nocdesk::parsing::providers
