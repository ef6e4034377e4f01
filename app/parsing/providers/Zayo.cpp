// Zayo: "Maintenance Ticket #:", "Customer:", "Date Notice Sent:" labels, one maintenance per
// "Nth Activity Date" window (the "( GMT )" line), and a "Circuit Id / Expected Impact" table.
// The subject carries "***<account>***ZAYO <ticket>".
#include "Providers.h"

#include "ProviderKit.h"

namespace nocdesk::parsing::providers {

using namespace kit;

namespace {

std::optional<Status> zayoStatus(const QString &text)
{
    const QString t = text.toLower();
    if (t.contains(QLatin1String("has cancelled")) || t.contains(QLatin1String("has been cancelled")))
        return Status::Cancelled;
    if (t.contains(QLatin1String("has been rescheduled")) || t.contains(QLatin1String("has rescheduled")))
        return Status::ReScheduled;
    if (t.contains(QLatin1String("has been completed")) || t.contains(QLatin1String("window has closed")))
        return Status::Completed;
    if (t.contains(QLatin1String("commencing")) || t.contains(QLatin1String("has started")))
        return Status::InProcess;
    if (t.contains(QLatin1String("will be performing maintenance"))
        || t.contains(QLatin1String("serves as official notification")))
        return Status::Confirmed;
    return std::nullopt;
}

Impact zayoImpact(const QString &text)
{
    const QString t = text.toLower();
    if (t.contains(QLatin1String("no expected impact")) || t.contains(QLatin1String("no impact")))
        return Impact::NoImpact;
    if (t.contains(QLatin1String("degrad")) || t.contains(QLatin1String("latency")))
        return Impact::Degraded;
    return Impact::Outage;
}

QList<MaintenanceDraft> parseHtml(const DataPart &part)
{
    HtmlDocument doc(part.content);
    MaintenanceDraft base;
    QStringList windows;
    // Labels are bold, values the text right after them; a later copy of the notice (quoted
    // replies) overrides an earlier one.
    const QList<HtmlDocument::Node> labels = doc.select("//b");
    for (HtmlDocument::Node b : labels) {
        const QString label = HtmlDocument::text(b).toLower();
        if (label.startsWith(QLatin1String("maintenance ticket #")))
            base.maintenanceId = HtmlDocument::nextText(b);
        else if (label.startsWith(QLatin1String("customer:")))
            base.account = HtmlDocument::nextText(b);
        else if (label.startsWith(QLatin1String("reason for maintenance")))
            base.summary = HtmlDocument::nextText(b);
        else if (label.startsWith(QLatin1String("date notice sent"))) {
            const QString sent = HtmlDocument::nextText(b);
            if (!sent.isEmpty())
                base.stamp = requireTime(sent, {}, "notice");
        } else if (label.contains(QLatin1String("activity date"))) {
            // "Nth Activity Date" windows; "Backup Date" is a fallback, not a window of its own
            const QStringList texts = HtmlDocument::textsUntil(b, "b");
            for (const QString &t : texts)
                if (t.contains(QLatin1String("GMT")) && t.contains(QLatin1String(" to ")))
                    windows.append(t.simplified());
        }
    }
    const QString all = HtmlDocument::text(doc.root());
    base.status = zayoStatus(all);

    if (const auto table = findTable(doc, {QStringLiteral("Circuit Id"), QStringLiteral("Expected Impact")})) {
        QList<Circuit> circuits;
        for (const QStringList &row : table->rows) {
            const QString id = table->cell(row, QStringLiteral("Circuit Id"));
            if (!id.isEmpty())
                circuits.append(Circuit{id, zayoImpact(table->cell(row, QStringLiteral("Expected Impact")))});
        }
        base.circuits = circuits;
    }

    QList<MaintenanceDraft> out;
    for (const QString &w : std::as_const(windows)) {
        const QStringList ends = w.split(QLatin1String(" to "));
        MaintenanceDraft d = base;
        d.start = requireTime(ends.at(0) + QLatin1String(" GMT"), {}, "start");
        d.end = requireTime(ends.at(1), {}, "end");
        // a notice quoted again in a reply repeats its windows
        const bool seen = std::any_of(out.cbegin(), out.cend(), [&](const MaintenanceDraft &o) {
            return o.start == d.start && o.end == d.end;
        });
        if (!seen)
            out.append(d);
    }
    if (out.isEmpty())
        throw ParseFailure(ProviderText::tr("no maintenance window (\"Activity Date\" with a GMT time) found"));
    return out;
}

QList<MaintenanceDraft> parseSubject(const DataPart &part)
{
    static const QRegularExpression withAccount(QStringLiteral(R"(\*\*\*(.+?)\*\*\*\s*ZAYO\s+(\S+))"));
    static const QRegularExpression ticketOnly(QStringLiteral(R"(ZAYO\s+(TTN-\S+|[A-Z]{2,4}-\d+))"));
    const QString subject = subjectText(part).simplified();
    MaintenanceDraft d;
    if (const auto m = withAccount.match(subject); m.hasMatch()) {
        d.account = m.captured(1).trimmed();
        d.maintenanceId = m.captured(2).trimmed();
    } else if (const auto m2 = ticketOnly.match(subject); m2.hasMatch()) {
        d.maintenanceId = m2.captured(1).trimmed();
    } else {
        return {}; // the body names the ticket too; a forwarded or edited subject is no error
    }
    return {d};
}

} // namespace

ProviderSpec makeZayo()
{
    const Parser subject{QStringLiteral("SubjectParserZayo1"), PartKind::Subject, parseSubject};
    const Parser html{QStringLiteral("HtmlParserZayo1"), PartKind::Html, parseHtml};
    // Zayo also mails surveys and billing notes; a maintenance notice always names its ticket.
    const QList<PartFilter> include{{PartKind::Html, QRegularExpression(QStringLiteral("Maintenance Ticket #"))}};
    return {QStringLiteral("zayo"), QStringLiteral("mr@zayo.com"), {QStringLiteral("zayo.com")}, include, {},
            {combined({emailDateParser(), subject, html})}};
}

} // namespace nocdesk::parsing::providers
