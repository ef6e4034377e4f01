// Colt: a CSV attachment (UTF-16, tab separated) with "OCN" (the account) and "Circuit ID"
// columns; the subject carries the rest, in one of two shapes:
//   "MAINTENANCE ALERT: <CRQ> <start> - <end> - <STATE>"
//   "<State word> <summary> - <CRQ> [<start> - <end>] for <customer>, <ocn>"
// Dates are day first ("06/8/2021 22:00:00 GMT").
#include "Providers.h"

#include "ProviderKit.h"

namespace nocdesk::parsing::providers {

using namespace kit;

namespace {

const LooseDateOptions kDayFirst{true, QTimeZone::utc()};

Status coltStatus(const QString &word)
{
    const QString w = word.toLower();
    if (w.startsWith(QLatin1String("cancel")))
        return Status::Cancelled;
    if (w.startsWith(QLatin1String("complet")))
        return Status::Completed;
    if (w.startsWith(QLatin1String("resched")) || w.startsWith(QLatin1String("amend")) || w.startsWith(QLatin1String("update")))
        return Status::ReScheduled;
    if (w.startsWith(QLatin1String("start")) || w.startsWith(QLatin1String("in progress")))
        return Status::InProcess;
    return Status::Confirmed;
}

QString stripTag(const QString &subject)
{
    static const QRegularExpression tag(QStringLiteral(R"(^(?:\s*\[[^\]]*\]\s*)+)"));
    QString s = subject.simplified();
    s.remove(tag);
    return s;
}

QList<MaintenanceDraft> parseCsv(const DataPart &part)
{
    const QString text = partText(part);
    QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.isEmpty())
        throw ParseFailure(ProviderText::tr("empty CSV"));
    const QChar sep = lines.first().contains(QLatin1Char('\t')) ? QLatin1Char('\t') : QLatin1Char(',');
    QStringList header = lines.first().split(sep);
    for (QString &h : header)
        h = h.trimmed();
    const qsizetype circuitCol = header.indexOf(QStringLiteral("Circuit ID"));
    const qsizetype ocnCol = header.indexOf(QStringLiteral("OCN"));
    if (circuitCol < 0)
        throw ParseFailure(ProviderText::tr("the CSV has no \"Circuit ID\" column"));
    MaintenanceDraft d;
    QList<Circuit> circuits;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines.at(i).split(sep);
        const QString id = cells.value(circuitCol).trimmed();
        if (id.isEmpty())
            continue;
        if (!d.account && ocnCol >= 0) {
            QString ocn = cells.value(ocnCol).trimmed();
            if (ocn.startsWith(QLatin1String("OCN:"), Qt::CaseInsensitive))
                ocn = ocn.mid(4).trimmed();
            if (!ocn.isEmpty())
                d.account = ocn;
        }
        const Circuit c{id, Impact::Outage};
        if (!circuits.contains(c))
            circuits.append(c);
    }
    d.circuits = circuits;
    return {d};
}

QList<MaintenanceDraft> parseAlertSubject(const DataPart &part)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(.*?):\s*(CRQ\S+)\s+(\d{1,2}/\d{1,2}/\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*\w*)\s+-\s+(\d{1,2}/\d{1,2}/\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*\w*)\s+-\s+(\w+))"));
    const auto m = re.match(stripTag(subjectText(part)));
    if (!m.hasMatch())
        throw ParseFailure(ProviderText::tr("the subject is not \"<title>: <CRQ> <start> - <end> - <state>\""));
    MaintenanceDraft d;
    d.summary = m.captured(1).trimmed();
    d.maintenanceId = m.captured(2);
    d.start = requireTime(m.captured(3), kDayFirst, "start");
    d.end = requireTime(m.captured(4), kDayFirst, "end");
    d.status = coltStatus(m.captured(5));
    return {d};
}

QList<MaintenanceDraft> parseNoticeSubject(const DataPart &part)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(\S+)\s+(.*?)\s+-\s+(CRQ\S+)\s+\[(.+?)\s+-\s+(.+?)\])"));
    const auto m = re.match(stripTag(subjectText(part)));
    if (!m.hasMatch())
        throw ParseFailure(ProviderText::tr("the subject is not \"<state> <summary> - <CRQ> [<start> - <end>]\""));
    MaintenanceDraft d;
    d.status = coltStatus(m.captured(1));
    d.summary = m.captured(2).trimmed();
    d.maintenanceId = m.captured(3);
    d.start = requireTime(m.captured(4), kDayFirst, "start");
    d.end = requireTime(m.captured(5), kDayFirst, "end");
    return {d};
}

} // namespace

ProviderSpec makeColt()
{
    const Parser csv{QStringLiteral("CsvParserColt1"), PartKind::Csv, parseCsv};
    const Parser alert{QStringLiteral("SubjectParserColt1"), PartKind::Subject, parseAlertSubject};
    const Parser notice{QStringLiteral("SubjectParserColt2"), PartKind::Subject, parseNoticeSubject};
    return {QStringLiteral("colt"), QStringLiteral("PlannedWorks@colt.net"), {QStringLiteral("colt.net")}, {}, {},
            {combined({emailDateParser(), csv, alert}), combined({emailDateParser(), csv, notice})}};
}

} // namespace nocdesk::parsing::providers
