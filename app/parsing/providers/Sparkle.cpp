// Sparkle (TI Sparkle): "Sparkle Ticket Number" lists one ticket per window
// ("1111111 / 22222 / 33333"); each "Start Date/Time (UTC) <Day N|BACKUP>" /
// "End Date/Time (UTC) ..." pair is a window, in the same order. "Circuits Involved in the
// Activity" and the first line of "Description of Work" complete it. No account is given.
#include "Providers.h"

#include "ProviderKit.h"

namespace nocdesk::parsing::providers {

using namespace kit;

namespace {

QList<MaintenanceDraft> parseHtml(const DataPart &part)
{
    HtmlDocument doc(part.content);
    const QStringList lines = doc.cells();
    const QStringList tickets = labelValue(lines, {QStringLiteral("Sparkle Ticket Number")}).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QStringList starts, ends;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (lines.at(i).startsWith(QLatin1String("Start Date/Time"), Qt::CaseInsensitive))
            starts << lines.at(i + 1);
        else if (lines.at(i).startsWith(QLatin1String("End Date/Time"), Qt::CaseInsensitive))
            ends << lines.at(i + 1);
    }
    if (tickets.isEmpty() || starts.isEmpty() || starts.size() != ends.size())
        throw ParseFailure(ProviderText::tr("no \"Sparkle Ticket Number\" with matching start and end times found"));
    MaintenanceDraft base;
    base.account = QStringLiteral("Not Available"); // Sparkle notices do not name the customer
    const qsizetype desc = lines.indexOf(QStringLiteral("Description of Work"));
    if (desc >= 0 && desc + 1 < lines.size())
        base.summary = lines.at(desc + 1);
    base.circuits = circuitsOf(labelValue(lines, {QStringLiteral("Circuits Involved in the Activity")}).split(QLatin1Char(',')));
    const QString type = labelValue(lines, {QStringLiteral("Type of Maintenance")}).toLower();
    const QString all = lines.join(QLatin1Char(' ')).toLower();
    base.status = all.contains(QLatin1String("has been cancelled")) || type.contains(QLatin1String("cancel")) ? Status::Cancelled
        : all.contains(QLatin1String("has been completed")) ? Status::Completed
        : all.contains(QLatin1String("rescheduled")) ? Status::ReScheduled : Status::Confirmed;
    QList<MaintenanceDraft> out;
    for (qsizetype i = 0; i < starts.size(); ++i) {
        MaintenanceDraft d = base;
        d.maintenanceId = tickets.value(std::min(i, tickets.size() - 1)).trimmed();
        d.start = requireTime(starts.at(i), {}, "start");
        d.end = requireTime(ends.at(i), {}, "end");
        out.append(d);
    }
    return out;
}

} // namespace

ProviderSpec makeSparkle()
{
    const Parser html{QStringLiteral("HtmlParserSparkle1"), PartKind::Html, parseHtml};
    return {QStringLiteral("sparkle"), QStringLiteral("TISAmericaNOC@tisparkle.com"), {QStringLiteral("tisparkle.com")}, {}, {},
            {combined({html, emailDateParser()})}};
}

} // namespace nocdesk::parsing::providers
