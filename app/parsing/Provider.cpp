#include "Provider.h"

#include "ParseFailure.h"
#include "TextCodec.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace nocdesk::parsing {

namespace {
// lupdate files these strings under the context named here.
class ProviderText
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::parsing::Provider)
};

// Whether a filter's pattern is plain ASCII text: no regex syntax, no options. Such a pattern
// matches a part exactly where its bytes occur in it, since decoding UTF-8 leaves every ASCII
// byte as that character and makes none of the others (an invalid sequence becomes U+FFFD).
// Searching the bytes spares converting a whole HTML notice to UTF-16 for one phrase.
bool isLiteral(const QRegularExpression &re)
{
    const QString pattern = re.pattern();
    if (pattern.isEmpty() || re.patternOptions() != QRegularExpression::NoPatternOption)
        return false;
    static const QLatin1StringView syntax("\\^$.|?*+()[]{}");
    for (const QChar c : pattern) {
        if (c.unicode() >= 0x80 || c.unicode() < 0x20 || syntax.contains(c))
            return false;
    }
    return true;
}

bool filterMatches(const PartFilter &f, const QByteArray &content)
{
    if (isLiteral(f.pattern))
        return QByteArrayView(content).indexOf(f.pattern.pattern().toLatin1()) >= 0;
    return f.pattern.match(QString::fromUtf8(content)).hasMatch();
}

bool filterHits(const QList<PartFilter> &filters, const Notification &n, bool *kindPresent)
{
    bool hit = false;
    for (const PartFilter &f : filters) {
        for (const DataPart &p : n.parts) {
            if (!partMatches(f.kind, p.type))
                continue;
            if (kindPresent)
                *kindPresent = true;
            if (filterMatches(f, p.content))
                hit = true;
        }
    }
    return hit;
}

struct RunResult
{
    QList<MaintenanceDraft> drafts;
    QString error;
};

RunResult runProcessor(const Processor &proc, const Notification &n)
{
    RunResult r;
    MaintenanceDraft combined;
    bool anyParserRan = false;
    for (const DataPart &part : n.parts) {
        for (const Parser &parser : proc.parsers) {
            if (!partMatches(parser.kind, part.type))
                continue;
            anyParserRan = true;
            QList<MaintenanceDraft> found;
            try {
                found = parser.parse(part);
            } catch (const ParseFailure &e) {
                r.error = parser.name + QLatin1String(": ") + e.reason();
                return r;
            } catch (const std::exception &) {
                r.error = parser.name + QLatin1String(": ") + ProviderText::tr("the part could not be read");
                return r;
            }
            for (const MaintenanceDraft &d : std::as_const(found)) {
                if (d.isEmpty()) {
                    r.error = parser.name + QLatin1String(": ") + ProviderText::tr("no data was extracted");
                    return r;
                }
            }
            if (proc.kind == Processor::Kind::Combined && found.size() == 1)
                combined.mergeFrom(found.first());
            else
                r.drafts.append(found);
        }
    }
    if (!anyParserRan) {
        r.error = ProviderText::tr("none of its parsers reads any part of this notification");
        return r;
    }
    if (proc.kind == Processor::Kind::Combined) {
        if (r.drafts.isEmpty()) {
            r.drafts.append(combined);
        } else {
            for (MaintenanceDraft &d : r.drafts) {
                MaintenanceDraft merged = combined;
                merged.mergeFrom(d);
                d = merged;
            }
        }
    }
    if (r.drafts.isEmpty())
        r.error = ProviderText::tr("no maintenance was found");
    return r;
}

Maintenance finish(const MaintenanceDraft &d, const ProviderSpec &provider)
{
    Maintenance m;
    m.provider = d.provider.value_or(provider.id);
    m.account = d.account.value_or(QString());
    m.maintenanceId = d.maintenanceId.value_or(QString());
    m.status = d.status.value_or(Status::NoChange);
    m.circuits = d.circuits.value_or(QList<Circuit>());
    m.start = d.start.value_or(0);
    m.end = d.end.value_or(0);
    m.stamp = d.stamp.value_or(0);
    m.organizer = d.organizer.value_or(provider.defaultOrganizer);
    m.uid = d.uid.value_or(QStringLiteral("0"));
    m.sequence = d.sequence.value_or(1);
    m.summary = d.summary.value_or(QString());
    return m;
}
} // namespace

bool partMatches(PartKind kind, const QString &t)
{
    switch (kind) {
    case PartKind::ICal:
        return t == QLatin1String("text/calendar") || t == QLatin1String("ical") || t == QLatin1String("icalendar");
    case PartKind::Html:
        return t == QLatin1String("text/html") || t == QLatin1String("html");
    case PartKind::Text:
        return t == QLatin1String("text/plain") || t == QLatin1String("text");
    case PartKind::Csv:
        return t == QLatin1String("application/csv") || t == QLatin1String("text/csv")
            || t == QLatin1String("application/octet-stream") || t == QLatin1String("csv");
    case PartKind::Xlsx:
        return t == QLatin1String("application/octet-stream") || t == QLatin1String("xlsx")
            || t == QLatin1String("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    case PartKind::Date:
        return t == QLatin1String("email-header-date");
    case PartKind::Subject:
        return t == QLatin1String("email-header-subject");
    }
    return false;
}

QString Processor::name() const
{
    QStringList names;
    for (const Parser &p : parsers)
        names << p.name;
    return (kind == Kind::Simple ? QLatin1String("SimpleProcessor(") : QLatin1String("CombinedProcessor("))
        + names.join(QLatin1String(", ")) + QLatin1Char(')');
}

QJsonObject ParseOutcome::errorJson() const
{
    QJsonArray tried;
    for (const ProcessorFailure &f : failures)
        tried.append(QJsonObject{{QStringLiteral("processor"), f.processor}, {QStringLiteral("reason"), f.reason}});
    return QJsonObject{{QStringLiteral("error"), error},
                       {QStringLiteral("provider"), provider},
                       {QStringLiteral("processors"), tried}};
}

ParseOutcome parseNotification(const ProviderSpec &provider, const Notification &n)
{
    ParseOutcome out;
    out.provider = provider.id;
    if (!provider.includeFilters.isEmpty()) {
        bool present = false;
        if (!filterHits(provider.includeFilters, n, &present) && present) {
            out.ok = true; // not a maintenance notice of this provider: nothing to report
            return out;
        }
    }
    if (filterHits(provider.excludeFilters, n, nullptr)) {
        out.ok = true;
        return out;
    }
    for (const Processor &proc : provider.processors) {
        const RunResult r = runProcessor(proc, n);
        if (!r.error.isEmpty()) {
            out.failures.append({proc.name(), r.error});
            continue;
        }
        QList<Maintenance> list;
        QString invalid;
        for (const MaintenanceDraft &d : r.drafts) {
            Maintenance m = finish(d, provider);
            if (!d.start)
                invalid = ProviderText::tr("the start time is missing");
            else if (!d.end)
                invalid = ProviderText::tr("the end time is missing");
            else if (!d.stamp)
                invalid = ProviderText::tr("the notification time stamp is missing");
            else
                invalid = m.validationError();
            if (!invalid.isEmpty())
                break;
            list.append(m);
        }
        if (!invalid.isEmpty()) {
            out.failures.append({proc.name(), ProviderText::tr("invalid maintenance: %1").arg(invalid)});
            continue;
        }
        out.ok = true;
        out.maintenances = list;
        return out;
    }
    out.error = ProviderText::tr("no processor of provider %1 could parse the notification").arg(provider.id);
    return out;
}

} // namespace nocdesk::parsing
