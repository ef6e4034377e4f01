// Tata Communications: the subject ("[<Notice kind> /]TCL TT: "<ticket>" / "<type>" /
// "<state>" / Planned Work Notification") is the summary and gives the status; the HTML table
// has "Ticket Reference - TCL", "Service ID" and "Activity Window (GMT)". Tata notices do not
// name the account.
#include "Providers.h"

#include "ProviderKit.h"

namespace nocdesk::parsing::providers {

using namespace kit;

namespace {

QList<MaintenanceDraft> parseHtml(const DataPart &part)
{
    HtmlDocument doc(part.content);
    const QStringList lines = doc.cells();
    MaintenanceDraft d;
    const QString ticket = labelValue(lines, {QStringLiteral("Ticket Reference - TCL")});
    QString window = labelValue(lines, {QStringLiteral("Revised Activity Window (GMT)")});
    if (window.isEmpty())
        window = labelValue(lines, {QStringLiteral("Activity Window (GMT)")});
    const qsizetype to = window.indexOf(QLatin1String(" to "));
    if (ticket.isEmpty() || to < 0)
        throw ParseFailure(ProviderText::tr("no \"Ticket Reference - TCL\" with an \"Activity Window (GMT)\" found"));
    d.maintenanceId = ticket;
    d.start = requireTime(window.left(to), {}, "start");
    d.end = requireTime(window.mid(to + 4), {}, "end");
    // an extension moves the end, and only the end
    if (const QString extended = labelValue(lines, {QStringLiteral("Extended Up to Time Window (GMT)")}); !extended.isEmpty())
        d.end = requireTime(extended, {}, "extended end");
    d.account = QStringLiteral("N/A");
    d.organizer = QStringLiteral("planned.activity@tatacommunications.com");
    d.circuits = circuitsOf(labelValue(lines, {QStringLiteral("Service ID")}).split(QLatin1Char(',')));
    return {d};
}

QList<MaintenanceDraft> parseSubject(const DataPart &part)
{
    static const QRegularExpression tt(QStringLiteral(R"(TCL TT:\s*\"([^\"]+)\"\s*/\s*\"([^\"]*)\"\s*/\s*\"([^\"]*)\")"));
    const QString subject = subjectText(part);
    const auto m = tt.match(subject);
    if (!m.hasMatch())
        throw ParseFailure(ProviderText::tr("the subject is not a \"TCL TT:\" notice"));
    MaintenanceDraft d;
    d.summary = subject;
    const QString kind = subject.left(m.capturedStart()).toLower();
    const QString state = m.captured(3).toLower();
    if (kind.contains(QLatin1String("resched")) || kind.contains(QLatin1String("extension")))
        d.status = Status::ReScheduled;
    else if (kind.contains(QLatin1String("cancel")) || state.startsWith(QLatin1String("cancel")))
        d.status = Status::Cancelled;
    else if (kind.contains(QLatin1String("complet")) || state == QLatin1String("closed"))
        d.status = Status::Completed;
    else
        d.status = Status::Confirmed;
    return {d};
}

} // namespace

ProviderSpec makeTata()
{
    const Parser html{QStringLiteral("HtmlParserTata"), PartKind::Html, parseHtml};
    const Parser subject{QStringLiteral("SubjectParserTata"), PartKind::Subject, parseSubject};
    return {QStringLiteral("tata"), QStringLiteral("planned.activity@tatacommunications.com"),
            {QStringLiteral("tatacommunications.com")}, {}, {},
            {combined({emailDateParser(), html, subject})}};
}

} // namespace nocdesk::parsing::providers
