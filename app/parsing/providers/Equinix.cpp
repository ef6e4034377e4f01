// Equinix: the subject ends with the ticket in brackets and says COMPLETED/CANCELLED; the
// body gives "DATE:"/"SPAN:" (with the year), "UTC: <DAY>, DD MON HH:MM - <DAY>, DD MON HH:MM",
// "IMPACT:" and one table per product with "Account #" and "Service Serial #".
#include "Providers.h"

#include "ProviderKit.h"

namespace nocdesk::parsing::providers {

using namespace kit;

namespace {

Impact equinixImpact(const QString &text)
{
    const QString t = text.toLower();
    if (t.contains(QLatin1String("no impact")))
        return Impact::NoImpact;
    if (t.contains(QLatin1String("redundancy")))
        return Impact::ReducedRedundancy;
    if (t.contains(QLatin1String("degrad")))
        return Impact::Degraded;
    return Impact::Outage;
}

QList<MaintenanceDraft> parseHtml(const DataPart &part)
{
    static const QRegularExpression utcRe(QStringLiteral(
        R"(UTC:\**\s*(?:[^,\d]*,)?\s*(\d{1,2})\s+([A-Za-z]{3})\s+(\d{1,2}:\d{2})\s*-\s*(?:[^,\d]*,)?\s*(\d{1,2})\s+([A-Za-z]{3})\s+(\d{1,2}:\d{2}))"));
    static const QRegularExpression yearRe(QStringLiteral(R"((?:DATE|SPAN):\**\s*\d{1,2}-([A-Za-z]{3})-(\d{4}))"));
    static const QRegularExpression impactRe(QStringLiteral(R"((?:^|\n)\**IMPACT:[ \t*]*([^\n]+))"));
    HtmlDocument doc(part.content);
    const QString all = doc.lines().join(QLatin1Char('\n'));
    const auto utc = utcRe.match(all);
    const auto year = yearRe.match(all);
    if (!utc.hasMatch() || !year.hasMatch())
        throw ParseFailure(ProviderText::tr("no \"UTC:\" window with a \"DATE:\" year found"));
    int y = year.captured(2).toInt();
    // a window in late December announced under a January date belongs to the year before
    if (year.captured(1).compare(QLatin1String("jan"), Qt::CaseInsensitive) == 0
        && utc.captured(2).compare(QLatin1String("dec"), Qt::CaseInsensitive) == 0)
        --y;
    const int endYear = (utc.captured(2).compare(QLatin1String("dec"), Qt::CaseInsensitive) == 0
                         && utc.captured(5).compare(QLatin1String("jan"), Qt::CaseInsensitive) == 0) ? y + 1 : y;
    MaintenanceDraft d;
    d.start = requireTime(QStringLiteral("%1 %2 %3 %4 UTC").arg(utc.captured(1), utc.captured(2)).arg(y).arg(utc.captured(3)), {}, "start");
    d.end = requireTime(QStringLiteral("%1 %2 %3 %4 UTC").arg(utc.captured(4), utc.captured(5)).arg(endYear).arg(utc.captured(6)), {}, "end");

    // the last IMPACT line is the English one in bilingual notices
    QString impactText;
    auto it = impactRe.globalMatch(all);
    while (it.hasNext())
        impactText = it.next().captured(1);
    const Impact impact = equinixImpact(impactText);
    QList<Circuit> circuits;
    const QList<TableMatch> tables = findTables(doc, {QStringLiteral("Account #"), QStringLiteral("Service Serial #")});
    for (const TableMatch &t : tables) {
        for (const QStringList &row : t.rows) {
            const QString serial = t.cell(row, QStringLiteral("Service Serial #"));
            if (serial.isEmpty())
                continue;
            if (!d.account)
                d.account = t.cell(row, QStringLiteral("Account #"));
            circuits.append(Circuit{serial, impact});
        }
    }
    d.circuits = circuits;
    return {d};
}

QList<MaintenanceDraft> parseSubject(const DataPart &part)
{
    static const QRegularExpression ticket(QStringLiteral(R"(\[([^\[\]]+)\]\s*$)"));
    const QString subject = subjectText(part).simplified();
    MaintenanceDraft d;
    const QString id = capture(ticket, subject);
    if (id.isEmpty())
        return {};
    d.maintenanceId = id;
    d.summary = subject;
    const QString upper = subject.toUpper();
    if (upper.contains(QLatin1String("COMPLETED")))
        d.status = Status::Completed;
    else if (upper.contains(QLatin1String("CANCELLED")) || upper.contains(QLatin1String("CANCELED")))
        d.status = Status::Cancelled;
    else if (upper.contains(QLatin1String("RESCHEDULE")))
        d.status = Status::ReScheduled;
    else
        d.status = Status::Confirmed;
    return {d};
}

} // namespace

ProviderSpec makeEquinix()
{
    const Parser html{QStringLiteral("HtmlParserEquinix"), PartKind::Html, parseHtml};
    const Parser subject{QStringLiteral("SubjectParserEquinix"), PartKind::Subject, parseSubject};
    return {QStringLiteral("equinix"), QStringLiteral("servicedesk@equinix.com"),
            {QStringLiteral("equinix.com")}, {}, {},
            {combined({emailDateParser(), html, subject})}};
}

} // namespace nocdesk::parsing::providers
