#include "MailCommands.h"

#include "CliCommands.h"
#include "MailImport.h"
#include "MailJson.h"
#include "MailPipeline.h"
#include "OperatorIdentity.h"
#include "SourceConfig.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace nocdesk {

namespace {

class MailCli
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::MailCli)
};

QString outcomeLine(const QString &what, const MailResult &r)
{
    if (r.duplicate)
        return MailCli::tr("%1: already stored as notification #%2").arg(what).arg(r.notificationId);
    QString line = MailCli::tr("%1: notification #%2 %3").arg(what).arg(r.notificationId).arg(storedName(r.outcome));
    if (!r.providerName.isEmpty())
        line += MailCli::tr(" (provider %1)").arg(r.providerName);
    if (!r.maintenanceIds.isEmpty()) {
        QStringList ids;
        for (qint64 id : r.maintenanceIds)
            ids << QLatin1Char('#') + QString::number(id);
        line += MailCli::tr(", maintenances %1").arg(ids.join(QStringLiteral(", ")));
    }
    if (!r.error.isEmpty() && r.outcome != NotificationOutcome::ParsingFailed)
        line += QStringLiteral(" — ") + r.error;
    return line;
}

void printJson(CliContext &context, const QJsonArray &array)
{
    context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

} // namespace

int runImportCommand(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(MailCli::tr("Import .eml files or maildirs into the notifications; each mail is stored whole and parsed."));
    parser.addPositionalArgument(QStringLiteral("path"), MailCli::tr("An .eml file, a maildir, or a folder of .eml files."), QStringLiteral("PATH..."));
    if (const auto exit = parseCommandOptions(parser, context))
        return *exit;
    if (parser.positionalArguments().isEmpty()) {
        context.err() << MailCli::tr("import needs at least one PATH.") << '\n';
        return ExitUsage;
    }
    const MailImport::Collected collected = MailImport::collect(parser.positionalArguments());
    for (const QString &e : collected.errors)
        context.err() << e << '\n';
    MailPipeline pipeline(context.store(), operatorName());
    int failed = collected.errors.size();
    for (const QString &path : collected.files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            context.err() << MailCli::tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()) << '\n';
            ++failed;
            continue;
        }
        const MailResult r = pipeline.ingest(file.readAll(), MailRouting{});
        context.out() << outcomeLine(QDir::toNativeSeparators(path), r) << '\n';
    }
    return failed == 0 ? ExitOk : ExitFailure;
}

int runNotificationsCommand(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(MailCli::tr("List the stored notifications with their outcome."));
    parser.addPositionalArgument(QStringLiteral("list"), MailCli::tr("The only action: list."));
    parser.addOptions({{QStringLiteral("json"), MailCli::tr("Print a JSON array.")},
                       {QStringLiteral("outcome"), MailCli::tr("Only notifications with this outcome."), QStringLiteral("OUTCOME")}});
    if (const auto exit = parseCommandOptions(parser, context))
        return *exit;
    if (parser.positionalArguments() != QStringList{QStringLiteral("list")}) {
        context.err() << MailCli::tr("Usage: notifications list [--json] [--outcome OUTCOME]") << '\n';
        return ExitUsage;
    }
    QList<Notification> rows = context.store().notifications();
    if (parser.isSet(QStringLiteral("outcome"))) {
        const QString wanted = parser.value(QStringLiteral("outcome"));
        bool ok = false;
        const NotificationOutcome outcome = notificationOutcomeFromString(wanted, &ok);
        if (!ok) {
            context.err() << MailCli::tr("Unknown outcome \"%1\".").arg(wanted) << '\n';
            return ExitUsage;
        }
        rows.erase(std::remove_if(rows.begin(), rows.end(), [&](const Notification &n) { return n.outcome != outcome; }), rows.end());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Notification &n : std::as_const(rows))
            array.append(notificationJson(n));
        printJson(context, array);
        return ExitOk;
    }
    for (const Notification &n : std::as_const(rows)) {
        context.out() << QStringLiteral("#%1\t%2\t%3\t%4\t%5\t%6")
                             .arg(n.id)
                             .arg(n.receivedAt.toUTC().toString(Qt::ISODate), storedName(n.outcome),
                                  n.providerName.isEmpty() ? QStringLiteral("-") : n.providerName, n.sender, n.subject)
                      << '\n';
    }
    return ExitOk;
}

int runMaintenancesCommand(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(MailCli::tr("List the circuit maintenances."));
    parser.addPositionalArgument(QStringLiteral("list"), MailCli::tr("The only action: list."));
    parser.addOption({QStringLiteral("json"), MailCli::tr("Print a JSON array.")});
    if (const auto exit = parseCommandOptions(parser, context))
        return *exit;
    if (parser.positionalArguments() != QStringList{QStringLiteral("list")}) {
        context.err() << MailCli::tr("Usage: maintenances list [--json]") << '\n';
        return ExitUsage;
    }
    const QList<Maintenance> rows = context.store().maintenances();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Maintenance &m : rows)
            array.append(maintenanceJson(m));
        printJson(context, array);
        return ExitOk;
    }
    for (const Maintenance &m : rows) {
        context.out() << QStringLiteral("#%1\t%2\t%3\t%4\t%5 – %6\t%7%8")
                             .arg(m.id)
                             .arg(m.providerName, m.maintenanceKey, storedName(m.status),
                                  m.start.toUTC().toString(Qt::ISODate), m.end.toUTC().toString(Qt::ISODate),
                                  m.circuitRefs().join(QStringLiteral(", ")),
                                  m.acknowledged ? MailCli::tr("\tacknowledged by %1").arg(m.acknowledgedBy) : QString())
                      << '\n';
    }
    return ExitOk;
}

int runReparseCommand(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(MailCli::tr("Parse stored notifications again, e.g. after a parser upgrade or once their provider is known."));
    parser.addPositionalArgument(QStringLiteral("id"), MailCli::tr("Notification ids."), QStringLiteral("ID..."));
    parser.addOptions({{QStringLiteral("all"), MailCli::tr("Every stored notification.")},
                       {QStringLiteral("outcome"), MailCli::tr("Every notification with this outcome."), QStringLiteral("OUTCOME")},
                       {QStringLiteral("provider"), MailCli::tr("Attribute the notifications to this provider."), QStringLiteral("ID")},
                       {QStringLiteral("remember-sender"), MailCli::tr("With --provider: attribute all future mail from the same sender to it.")}});
    if (const auto exit = parseCommandOptions(parser, context))
        return *exit;
    Store &store = context.store();
    QList<qint64> ids;
    for (const QString &arg : parser.positionalArguments()) {
        bool ok = false;
        const qint64 id = QString(arg).remove(QLatin1Char('#')).toLongLong(&ok);
        if (!ok) {
            context.err() << MailCli::tr("\"%1\" is not a notification id.").arg(arg) << '\n';
            return ExitUsage;
        }
        ids << id;
    }
    if (parser.isSet(QStringLiteral("all")) || parser.isSet(QStringLiteral("outcome"))) {
        bool ok = true;
        const NotificationOutcome outcome = notificationOutcomeFromString(parser.value(QStringLiteral("outcome")), &ok);
        if (parser.isSet(QStringLiteral("outcome")) && !ok) {
            context.err() << MailCli::tr("Unknown outcome \"%1\".").arg(parser.value(QStringLiteral("outcome"))) << '\n';
            return ExitUsage;
        }
        for (const Notification &n : store.notifications()) {
            if (parser.isSet(QStringLiteral("all")) || n.outcome == outcome)
                ids << n.id;
        }
    }
    if (ids.isEmpty() && parser.positionalArguments().isEmpty() && !parser.isSet(QStringLiteral("all"))
        && !parser.isSet(QStringLiteral("outcome"))) {
        context.err() << MailCli::tr("reparse needs notification ids, --all or --outcome.") << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("remember-sender")) && !parser.isSet(QStringLiteral("provider"))) {
        context.err() << MailCli::tr("--remember-sender needs --provider.") << '\n';
        return ExitUsage;
    }
    MailPipeline pipeline(store, operatorName());
    int failed = 0;
    for (qint64 id : std::as_const(ids)) {
        try {
            const MailResult r = pipeline.reparse(id, parser.value(QStringLiteral("provider")),
                                                  parser.isSet(QStringLiteral("remember-sender")));
            context.out() << outcomeLine(QLatin1Char('#') + QString::number(id), r) << '\n';
        } catch (const StoreError &e) {
            context.err() << e.message() << '\n';
            ++failed;
        }
    }
    return failed == 0 ? ExitOk : ExitFailure;
}

} // namespace nocdesk
