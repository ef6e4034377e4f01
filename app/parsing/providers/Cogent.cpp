// Cogent: "Start time: 12:00 AM (local time) 06/12/2021" (day first, local to the place named
// in "receiving service in the greater <City, ST> metro area", resolved through the offline
// place table), "Work order number:", "Order ID(s) impacted:", "Dear <account>," and a
// heading line (the summary) just above the salutation.
#include "Providers.h"

#include "ProviderKit.h"

namespace nocdesk::parsing::providers {

using namespace kit;

namespace {

QList<MaintenanceDraft> parseHtml(const DataPart &part)
{
    static const QRegularExpression startRe(QStringLiteral(R"(Start time:\s*(.+?\d{1,2}/\d{1,2}/\d{4}))"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression endRe(QStringLiteral(R"(End time:\s*(.+?\d{1,2}/\d{1,2}/\d{4}))"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression workOrder(QStringLiteral(R"(Work order number:\s*(\S+))"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression orders(QStringLiteral(R"(Order ID\(s\) impacted:\s*([\w\-, ]+?)\s*(?:Expected|$))"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression area(QStringLiteral(R"(in the greater\s+(.+?)\s+(?:metro )?area)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dear(QStringLiteral(R"(^Dear\s+(.+?),?$)"));
    HtmlDocument doc(part.content);
    const QStringList lines = doc.lines();
    QString all = lines.join(QLatin1Char(' '));
    all.replace(QLatin1Char('\t'), QLatin1Char(' '));
    MaintenanceDraft d;
    const QString id = capture(workOrder, all);
    const QString start = capture(startRe, all);
    const QString end = capture(endRe, all);
    if (id.isEmpty() || start.isEmpty() || end.isEmpty())
        throw ParseFailure(ProviderText::tr("no \"Work order number\" with start and end times found"));
    d.maintenanceId = id;
    const QString place = capture(area, all);
    LooseDateOptions opt{true, QTimeZone::utc()};
    if (!place.isEmpty()) {
        const QTimeZone zone = zoneForPlace(place);
        if (!zone.isValid())
            throw ParseFailure(ProviderText::tr("no time zone is known for \"%1\"").arg(place));
        opt.defaultZone = zone;
    }
    auto local = [](QString t) { return t.remove(QStringLiteral("(local time)"), Qt::CaseInsensitive); };
    d.start = requireTime(local(start), opt, "start");
    d.end = requireTime(local(end), opt, "end");
    QStringList ids;
    for (const QString &o : capture(orders, all).split(QLatin1Char(',')))
        ids << o.trimmed();
    d.circuits = circuitsOf(ids);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto m = dear.match(lines.at(i));
        if (!m.hasMatch())
            continue;
        d.account = m.captured(1);
        if (i > 0)
            d.summary = lines.at(i - 1);
        break;
    }
    const QString lower = all.toLower();
    d.status = lower.contains(QLatin1String("has been cancelled")) ? Status::Cancelled
        : lower.contains(QLatin1String("has been completed")) ? Status::Completed
        : lower.contains(QLatin1String("rescheduled")) ? Status::ReScheduled : Status::Confirmed;
    return {d};
}

} // namespace

ProviderSpec makeCogent()
{
    const Parser html{QStringLiteral("HtmlParserCogent1"), PartKind::Html, parseHtml};
    return {QStringLiteral("cogent"), QStringLiteral("support@cogentco.com"), {QStringLiteral("cogentco.com")}, {}, {},
            {combined({emailDateParser(), html})}};
}

} // namespace nocdesk::parsing::providers
