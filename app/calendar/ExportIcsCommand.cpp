#include "ExportIcsCommand.h"

#include "CliCommands.h"
#include "CurrentWindows.h"
#include "IcsExport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QSaveFile>

namespace nocdesk {

namespace {

class IcsCli
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::IcsCli)
};

// Repeated options and comma-separated lists both work: --status CONFIRMED,IN-PROCESS.
QStringList listValues(const QCommandLineParser &parser, const QString &name)
{
    QStringList values;
    for (const QString &v : parser.values(name)) {
        for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            values << part.trimmed();
    }
    return values;
}

} // namespace

int runExportIcsCommand(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(IcsCli::tr(
        "Write maintenances as an iCalendar file (RFC 5545, one event per window, with the BCOP X-MAINTNOTE properties)."));
    parser.addOptions({
        {{QStringLiteral("o"), QStringLiteral("output")}, IcsCli::tr("Write to FILE instead of standard output."), QStringLiteral("FILE")},
        {QStringLiteral("id"), IcsCli::tr("Only this maintenance (repeatable)."), QStringLiteral("N")},
        {QStringLiteral("status"), IcsCli::tr("Only maintenances with this status, e.g. CONFIRMED (repeatable)."), QStringLiteral("S")},
        {QStringLiteral("provider"), IcsCli::tr("Only maintenances of this provider, e.g. zayo (repeatable)."), QStringLiteral("P")},
        {QStringLiteral("upcoming"), IcsCli::tr("Only windows that have not ended yet.")},
    });
    if (const auto exit = parseCommandOptions(parser, context))
        return *exit;
    if (!parser.positionalArguments().isEmpty()) {
        context.err() << IcsCli::tr("Usage: export-ics [--output FILE] [--id N ...] [--status S ...] [--provider P ...] [--upcoming]") << '\n';
        return ExitUsage;
    }

    QList<qint64> ids;
    for (const QString &text : listValues(parser, QStringLiteral("id"))) {
        bool ok = false;
        const qint64 id = QString(text).remove(QLatin1Char('#')).toLongLong(&ok);
        if (!ok || id <= 0) {
            context.err() << IcsCli::tr("\"%1\" is not a maintenance id.").arg(text) << '\n';
            return ExitUsage;
        }
        ids << id;
    }
    QList<MaintenanceStatus> statuses;
    for (const QString &text : listValues(parser, QStringLiteral("status"))) {
        bool ok = false;
        statuses << maintenanceStatusFromString(text, &ok);
        if (!ok) {
            context.err() << IcsCli::tr("Unknown status \"%1\"; one of TENTATIVE, CONFIRMED, CANCELLED, IN-PROCESS, "
                                        "COMPLETED, RE-SCHEDULED, NO-CHANGE.").arg(text) << '\n';
            return ExitUsage;
        }
    }
    const QStringList providers = listValues(parser, QStringLiteral("provider"));

    Store &store = context.store();
    QList<Maintenance> selected;
    for (const Maintenance &m : store.maintenances(ids)) {
        if (!statuses.isEmpty() && !statuses.contains(m.status))
            continue;
        if (!providers.isEmpty() && !providers.contains(m.providerName, Qt::CaseInsensitive))
            continue;
        selected << m;
    }
    if (!ids.isEmpty() && selected.isEmpty() && statuses.isEmpty() && providers.isEmpty()) {
        context.err() << IcsCli::tr("There is no maintenance with the ids given.") << '\n';
        return ExitFailure;
    }
    selected = withCurrentWindows(store, selected);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(QStringLiteral("upcoming"))) {
        QList<Maintenance> upcoming;
        for (Maintenance m : std::as_const(selected)) {
            m.windows.erase(std::remove_if(m.windows.begin(), m.windows.end(),
                                           [&](const MaintenanceWindow &w) { return w.end < now; }), m.windows.end());
            if (!m.windows.isEmpty())
                upcoming << m;
        }
        selected = upcoming;
    }
    qsizetype events = 0;
    for (const Maintenance &m : std::as_const(selected))
        events += m.windows.size();

    const QByteArray ics = IcsExport::toIcs(selected, IcsExport::accountsOf(store, selected), now);
    if (!parser.isSet(QStringLiteral("output"))) {
        context.out() << QString::fromUtf8(ics);
    } else {
        const QString path = parser.value(QStringLiteral("output"));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size() || !file.commit()) {
            context.err() << IcsCli::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()) << '\n';
            return ExitFailure;
        }
    }
    if (selected.isEmpty())
        context.err() << IcsCli::tr("No maintenance matched; the calendar has no events.") << '\n';
    else
        context.err() << IcsCli::tr("Exported %1 event(s) from %2 maintenance(s).").arg(events).arg(selected.size()) << '\n';
    return ExitOk;
}

} // namespace nocdesk
