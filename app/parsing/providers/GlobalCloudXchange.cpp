// Global Cloud Xchange: the subject is "<ticket> | <urgency> | Service Advisory Notice |
// <summary> | <start> (GMT) - <end> (GMT)"; the body greets the account ("Dear <account>,")
// and lists "Service ID" / "Impact" rows.
#include "Providers.h"

#include "ProviderKit.h"

namespace nocdesk::parsing::providers {

using namespace kit;

namespace {

Impact gcxImpact(const QString &text)
{
    const QString t = text.toLower();
    if (t.contains(QLatin1String("at risk")))
        return Impact::ReducedRedundancy;
    if (t.contains(QLatin1String("no impact")))
        return Impact::NoImpact;
    if (t.contains(QLatin1String("degrad")))
        return Impact::Degraded;
    return Impact::Outage;
}

QList<MaintenanceDraft> parseHtml(const DataPart &part)
{
    static const QRegularExpression dear(QStringLiteral(R"(^Dear\s+(.+?),?$)"));
    HtmlDocument doc(part.content);
    MaintenanceDraft d;
    for (const QString &l : doc.lines()) {
        if (const auto m = dear.match(l); m.hasMatch()) {
            d.account = m.captured(1);
            break;
        }
    }
    const auto table = findTable(doc, {QStringLiteral("Service ID"), QStringLiteral("Impact")});
    if (!table)
        throw ParseFailure(ProviderText::tr("no \"Service ID\" / \"Impact\" table found"));
    QList<Circuit> circuits;
    for (const QStringList &row : table->rows) {
        const QString id = table->cell(row, QStringLiteral("Service ID"));
        if (!id.isEmpty())
            circuits.append(Circuit{id, gcxImpact(table->cell(row, QStringLiteral("Impact")))});
    }
    d.circuits = circuits;
    return {d};
}

QList<MaintenanceDraft> parseSubject(const DataPart &part)
{
    const QStringList fields = subjectText(part).simplified().split(QLatin1Char('|'));
    if (fields.size() < 5)
        throw ParseFailure(ProviderText::tr("the subject is not \"<ticket> | <urgency> | ... | <summary> | <window>\""));
    MaintenanceDraft d;
    d.maintenanceId = fields.first().trimmed();
    d.summary = fields.at(fields.size() - 2).trimmed();
    const QString window = fields.last();
    const qsizetype dash = window.indexOf(QLatin1String(") - "));
    if (dash < 0)
        throw ParseFailure(ProviderText::tr("the subject gives no \"<start> - <end>\" window"));
    d.start = requireTime(window.left(dash + 1), {}, "start");
    d.end = requireTime(window.mid(dash + 4), {}, "end");
    const QString lower = subjectText(part).toLower();
    d.status = lower.contains(QLatin1String("cancel")) ? Status::Cancelled
        : lower.contains(QLatin1String("complet")) ? Status::Completed : Status::Confirmed;
    return {d};
}

} // namespace

ProviderSpec makeGlobalCloudXchange()
{
    const Parser html{QStringLiteral("HtmlParserGcx1"), PartKind::Html, parseHtml};
    const Parser subject{QStringLiteral("SubjectParserGcx1"), PartKind::Subject, parseSubject};
    return {QStringLiteral("globalcloudxchange"), QStringLiteral("Gnoc@globalcloudxchange.com"),
            {QStringLiteral("globalcloudxchange.com"), QStringLiteral("gcxworld.com")}, {}, {},
            {combined({emailDateParser(), subject, html})}};
}

} // namespace nocdesk::parsing::providers
