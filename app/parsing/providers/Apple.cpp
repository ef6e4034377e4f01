// Apple peering: "Reference Internal Ticket:", "Start Time:", "End Time:", "Peer AS:" labels in
// a text body; the subject is the summary. Apple does not name the customer account.
#include "Providers.h"

#include "ProviderKit.h"

namespace nocdesk::parsing::providers {

using namespace kit;

namespace {

QList<MaintenanceDraft> parseText(const DataPart &part)
{
    QStringList lines = partText(part).split(QLatin1Char('\n'));
    for (QString &l : lines)
        l = l.trimmed();
    MaintenanceDraft d;
    const QString ticket = labelValue(lines, {QStringLiteral("Reference Internal Ticket")}, false);
    const QString start = labelValue(lines, {QStringLiteral("Start Time")}, false);
    const QString end = labelValue(lines, {QStringLiteral("End Time")}, false);
    const QString peer = labelValue(lines, {QStringLiteral("Peer AS")}, false);
    if (ticket.isEmpty() || start.isEmpty() || end.isEmpty())
        throw ParseFailure(ProviderText::tr("no \"Reference Internal Ticket\" with Start/End Time found"));
    d.maintenanceId = ticket;
    d.start = requireTime(start, {}, "start");
    d.end = requireTime(end, {}, "end");
    d.stamp = d.start; // the notice carries no date of its own
    d.account = QStringLiteral("Customer info unavailable");
    d.provider = QStringLiteral("apple");
    d.organizer = QStringLiteral("peering-noc@group.apple.com");
    d.status = lines.join(QLatin1Char(' ')).contains(QLatin1String("cancel"), Qt::CaseInsensitive)
        ? Status::Cancelled : Status::Confirmed;
    if (!peer.isEmpty())
        d.circuits = circuitsOf({QStringLiteral("AS") + peer});
    return {d};
}

QList<MaintenanceDraft> parseSubject(const DataPart &part)
{
    MaintenanceDraft d;
    d.summary = subjectText(part).simplified();
    return {d};
}

} // namespace

ProviderSpec makeApple()
{
    const Parser text{QStringLiteral("TextParserApple"), PartKind::Text, parseText};
    const Parser subject{QStringLiteral("SubjectParserApple"), PartKind::Subject, parseSubject};
    return {QStringLiteral("apple"), QStringLiteral("peering-noc@group.apple.com"),
            {QStringLiteral("group.apple.com"), QStringLiteral("apple.com")}, {}, {},
            {combined({text, subject})}};
}

} // namespace nocdesk::parsing::providers
