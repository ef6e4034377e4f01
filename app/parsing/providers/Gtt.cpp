// GTT / EXA: "Planned Work Notification: <ticket> - <New|Reminder|Update|Rescheduled|Cancelled|
// Completed>", "Start"/"End" rows in GMT, and a "Services Affected" table whose "SLID/CCSD"
// column holds the circuit and "Customer PON" the account.
#include "Providers.h"

#include "ProviderKit.h"

namespace nocdesk::parsing::providers {

using namespace kit;

namespace {

Status gttStatus(const QString &word)
{
    const QString w = word.toLower();
    if (w.startsWith(QLatin1String("cancel")))
        return Status::Cancelled;
    if (w.startsWith(QLatin1String("complet")) || w.startsWith(QLatin1String("closed")))
        return Status::Completed;
    if (w.startsWith(QLatin1String("update")) || w.startsWith(QLatin1String("resched")))
        return Status::ReScheduled;
    if (w.startsWith(QLatin1String("start")) || w.startsWith(QLatin1String("in progress")))
        return Status::InProcess;
    return Status::Confirmed;
}

QList<MaintenanceDraft> parseHtml(const DataPart &part)
{
    static const QRegularExpression title(QStringLiteral(R"(Work Notification:\s*([\w-]+)\s*[-–]\s*([A-Za-z][A-Za-z ]*))"));
    HtmlDocument doc(part.content);
    const QStringList lines = doc.lines();
    const QString all = lines.join(QLatin1Char('\n'));
    const auto m = title.match(all);
    if (!m.hasMatch())
        throw ParseFailure(ProviderText::tr("no \"Work Notification: <ticket> - <state>\" heading found"));
    MaintenanceDraft d;
    d.maintenanceId = m.captured(1);
    d.status = gttStatus(m.captured(2).trimmed());
    // A rescheduled window strikes the old time through and writes the new one beside it.
    const QString start = doc.textOf("//td[normalize-space(.)='Start']/following-sibling::td[1]//text()[not(ancestor::strike)]");
    const QString end = doc.textOf("//td[normalize-space(.)='End']/following-sibling::td[1]//text()[not(ancestor::strike)]");
    if (start.isEmpty() && end.isEmpty() && d.status == Status::Cancelled) {
        // a cancellation may give no window; the maintenance still needs end > start
        d.start = 0;
        d.end = 1;
    } else {
        d.start = requireTime(start, {}, "start");
        d.end = requireTime(end, {}, "end");
    }
    const auto table = findTable(doc, {QStringLiteral("SLID/CCSD"), QStringLiteral("Customer PON")});
    if (!table)
        throw ParseFailure(ProviderText::tr("no \"Services Affected\" table found"));
    QStringList ids;
    for (const QStringList &row : table->rows) {
        ids << table->cell(row, QStringLiteral("SLID/CCSD"));
        const QString pon = table->cell(row, QStringLiteral("Customer PON"));
        if (!d.account && !pon.isEmpty())
            d.account = pon;
    }
    d.circuits = circuitsOf(ids);
    return {d};
}

} // namespace

ProviderSpec makeGtt()
{
    const Parser html{QStringLiteral("HtmlParserGTT1"), PartKind::Html, parseHtml};
    return {QStringLiteral("gtt"), QStringLiteral("InfraCo.CM@exainfra.net"),
            {QStringLiteral("gtt.net"), QStringLiteral("gttcorp.org"), QStringLiteral("exainfra.net")}, {}, {},
            {combined({emailDateParser(), html})}};
}

} // namespace nocdesk::parsing::providers
