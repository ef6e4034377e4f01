#include "OverlapCommand.h"

#include "CliCommands.h"
#include "OverlapJob.h"
#include "SettingsKeys.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace nocdesk {

namespace {

class OverlapCli
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::OverlapCli)
};

QString isoTime(const QDateTime &t) { return t.toUTC().toString(Qt::ISODate); }

QJsonObject overlapJson(const SiteOverlap &o, const QHash<qint64, Maintenance> &maintenances)
{
    QJsonArray involved;
    for (const qint64 id : o.maintenanceIds()) {
        const Maintenance m = maintenances.value(id);
        involved.append(QJsonObject{{QStringLiteral("id"), id},
                                    {QStringLiteral("provider"), m.providerName},
                                    {QStringLiteral("maintenance_id"), m.maintenanceKey},
                                    {QStringLiteral("status"), storedName(m.status)}});
    }
    QJsonArray circuits;
    for (const OverlapCircuit &c : o.circuits) {
        circuits.append(QJsonObject{{QStringLiteral("circuit_id"), c.circuitRef},
                                    {QStringLiteral("circuit"), c.circuitId},
                                    {QStringLiteral("maintenance"), c.maintenanceId},
                                    {QStringLiteral("impact"), storedName(c.impact)}});
    }
    return {{QStringLiteral("id"), o.id},
            {QStringLiteral("site"), o.siteName},
            {QStringLiteral("site_id"), o.siteId},
            {QStringLiteral("kind"), storedName(o.kind)},
            {QStringLiteral("start"), isoTime(o.start)},
            {QStringLiteral("end"), isoTime(o.end)},
            {QStringLiteral("site_circuits"), o.siteCircuitCount},
            {QStringLiteral("impacted_circuits"), o.impactedCircuitCount()},
            {QStringLiteral("maintenances"), involved},
            {QStringLiteral("circuits"), circuits}};
}

QString kindText(OverlapKind kind)
{
    switch (kind) {
    case OverlapKind::RedundancyLost:
        return OverlapCli::tr("redundancy lost");
    case OverlapKind::RedundancyReduced:
        return OverlapCli::tr("redundancy reduced");
    case OverlapKind::Overlap:
        break;
    }
    return OverlapCli::tr("overlap");
}

} // namespace

int runOverlapsCommand(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(OverlapCli::tr(
        "Find maintenances that run at the same time at a site, store the result for the console, and print it."));
    parser.addOptions({{QStringLiteral("json"), OverlapCli::tr("Print a JSON array.")},
                       {QStringLiteral("exclude-no-impact"),
                        OverlapCli::tr("Leave out circuits listed as NO-IMPACT (default: the setting %1, else false).")
                            .arg(settings::kOverlapExcludeNoImpact)}});
    if (const auto exit = parseCommandOptions(parser, context))
        return *exit;
    if (!parser.positionalArguments().isEmpty()) {
        context.err() << OverlapCli::tr("Usage: overlaps [--json] [--exclude-no-impact]") << '\n';
        return ExitUsage;
    }
    OverlapOptions options = OverlapJob::optionsFromSettings(QSettings());
    if (parser.isSet(QStringLiteral("exclude-no-impact")))
        options.excludeNoImpact = true;

    Store &store = context.store();
    const OverlapJob::Result run = OverlapJob::run(store, options);
    const QList<SiteOverlap> &overlaps = run.overlaps;
    QHash<qint64, Maintenance> maintenances;
    for (const Maintenance &m : run.maintenances)
        maintenances.insert(m.id, m);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SiteOverlap &o : overlaps)
            array.append(overlapJson(o, maintenances));
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (overlaps.isEmpty()) {
        context.out() << OverlapCli::tr("No maintenances overlap at any site.") << '\n';
        return ExitOk;
    }
    for (const SiteOverlap &o : overlaps) {
        QStringList circuits;
        for (const OverlapCircuit &c : o.circuits) {
            const Maintenance m = maintenances.value(c.maintenanceId);
            circuits << QStringLiteral("%1 (%2 %3, %4)").arg(c.circuitRef, m.providerName, m.maintenanceKey, storedName(c.impact));
        }
        context.out() << QStringLiteral("%1\t%2\t%3 – %4\t")
                             .arg(o.siteName, kindText(o.kind), isoTime(o.start), isoTime(o.end))
                      << OverlapCli::tr("%1 of %2 circuits").arg(o.impactedCircuitCount()).arg(o.siteCircuitCount)
                      << '\t' << circuits.join(QStringLiteral(", ")) << '\n';
    }
    return ExitOk;
}

} // namespace nocdesk
