// BSO: a titled notice ("Maintenance", "Maintenance Start/Update/End/Reminder/Cancel") with
// "Service ID (SID)", "Maintenance Reason", "Maintenance ID", one or more
// "Timeslot start/end time" pairs and an "Expected impact level" list of SID + impact.
#include "Providers.h"

#include "ProviderKit.h"

namespace nocdesk::parsing::providers {

using namespace kit;

namespace {

Impact bsoImpact(const QString &text)
{
    const QString t = text.toLower();
    if (t.contains(QLatin1String("hard down")) || t.contains(QLatin1String("outage")))
        return Impact::Outage;
    if (t.contains(QLatin1String("at risk")) || t.contains(QLatin1String("no impact")))
        return Impact::NoImpact;
    if (t.contains(QLatin1String("degrad")))
        return Impact::Degraded;
    if (t.contains(QLatin1String("switch hit")) || t.contains(QLatin1String("latency")))
        return Impact::ReducedRedundancy;
    return Impact::Outage;
}

Status bsoStatus(const QString &title)
{
    const QString t = title.toLower();
    if (t.contains(QLatin1String("cancel")))
        return Status::Cancelled;
    if (t.contains(QLatin1String("end")) || t.contains(QLatin1String("complet")))
        return Status::Completed;
    if (t.contains(QLatin1String("update")) || t.contains(QLatin1String("resched")))
        return Status::ReScheduled;
    return Status::Confirmed;
}

QList<MaintenanceDraft> parseHtml(const DataPart &part)
{
    HtmlDocument doc(part.content);
    QStringList lines = doc.lines();
    for (QString &l : lines)
        l.replace(QLatin1Char('\t'), QLatin1Char('\n'));
    lines = lines.join(QLatin1Char('\n')).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &l : lines)
        l = l.trimmed();
    const QString all = lines.join(QLatin1Char('\n'));

    static const QRegularExpression idRe(QStringLiteral(R"(Maintenance\s+ID\s*\n\s*(\S+))"));
    static const QRegularExpression slotRe(QStringLiteral(R"(Timeslot start time(?:\s*\(Backup\))?\s*\n(.+)\nTimeslot end time(?:\s*\(Backup\))?\s*\n(.+))"));
    MaintenanceDraft d;
    const QString id = capture(idRe, all);
    if (id.isEmpty())
        throw ParseFailure(ProviderText::tr("no \"Maintenance ID\" found"));
    d.maintenanceId = id;
    d.account = QStringLiteral("Customer info unavailable"); // BSO notices never name the customer
    // the notice's title ("Maintenance", "Maintenance Update", ...) heads the body
    QString title;
    for (const QString &l : std::as_const(lines)) {
        if (l.startsWith(QLatin1String("Maintenance")) && l.size() < 40) {
            title = l;
            break;
        }
    }
    d.status = bsoStatus(title);
    const qsizetype reason = lines.indexOf(QStringLiteral("Maintenance Reason"));
    if (reason >= 0 && reason + 1 < lines.size())
        d.summary = lines.at(reason + 1);

    auto it = slotRe.globalMatch(all);
    while (it.hasNext()) {
        const auto m = it.next();
        const qint64 s = *requireTime(m.captured(1), {}, "start");
        const qint64 e = *requireTime(m.captured(2), {}, "end");
        d.start = d.start ? std::min(*d.start, s) : s;
        d.end = d.end ? std::max(*d.end, e) : e;
    }
    if (!d.start)
        throw ParseFailure(ProviderText::tr("no \"Timeslot start time\" found"));

    QStringList sids;
    const qsizetype sidAt = lines.indexOf(QStringLiteral("Service ID (SID)"));
    for (qsizetype i = sidAt + 1; sidAt >= 0 && i < lines.size() && lines.at(i) != QLatin1String("Maintenance Reason"); ++i)
        sids << lines.at(i);
    QHash<QString, Impact> impacts;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        if (sids.contains(lines.at(i)) && i > sidAt + sids.size())
            impacts.insert(lines.at(i), bsoImpact(lines.at(i + 1)));
    QList<Circuit> circuits;
    for (const QString &sid : std::as_const(sids))
        circuits.append(Circuit{sid, impacts.value(sid, Impact::Outage)});
    d.circuits = circuits;
    return {d};
}

} // namespace

ProviderSpec makeBso()
{
    const Parser html{QStringLiteral("HtmlParserBSO1"), PartKind::Html, parseHtml};
    return {QStringLiteral("bso"), QStringLiteral("network-servicedesk@bso.co"),
            {QStringLiteral("bso.co"), QStringLiteral("bsonetwork.net")}, {}, {},
            {combined({emailDateParser(), html})}};
}

} // namespace nocdesk::parsing::providers
