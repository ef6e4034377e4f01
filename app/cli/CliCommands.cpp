#include "CliCommands.h"

#include "AppPaths.h"
#include "DemoSeeder.h"
#include "ExportIcsCommand.h"
#include "IntakeCommands.h"
#include "InventoryCommands.h"
#include "MailCommands.h"
#include "MetricsCommand.h"
#include "Migrations.h"
#include "OverlapCommand.h"
#include "Store.h"
#include "ParseCommand.h"
#include "syslog/parsesyslogcommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>

namespace nocdesk {

namespace {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::Cli)
public:
    static int info(CliContext &context)
    {
        Store &store = context.store();
        context.out() << tr("Database: %1").arg(QDir::toNativeSeparators(store.path())) << '\n'
                      << tr("Schema version: %1").arg(store.schemaVersion()) << '\n';
        const QMap<QString, qint64> counts = store.tableCounts();
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
            context.out() << "  " << it.key().leftJustified(24, QLatin1Char(' ')) << ' ' << it.value() << '\n';
        return ExitOk;
    }

    static int seedDemo(CliContext &context)
    {
        Store &store = context.store();
        if (store.tableCounts().value(QStringLiteral("maintenances")) > 0) {
            context.err() << tr("%1 already holds maintenances; the demo data goes into an empty database only.")
                                 .arg(QDir::toNativeSeparators(store.path()))
                          << '\n';
            return ExitFailure;
        }
        DemoSeeder::seed(store, QDateTime::currentDateTimeUtc());
        context.out() << tr("Demo data written to %1").arg(QDir::toNativeSeparators(store.path())) << '\n';
        return ExitOk;
    }

    static int parseNotice(CliContext &context)
    {
        return parsing::runParseCommand(context.args(), context.out(), context.err());
    }

    static int parseSyslog(CliContext &context)
    {
        return syslog::runParseSyslogCommand(context.args(), context.out(), context.err());
    }
};

QString commandHelp()
{
    QString text = Cli::tr("Commands:") + QLatin1Char('\n');
    for (const CliCommand &c : cliCommands())
        text += QStringLiteral("  ") + c.synopsis.leftJustified(34, QLatin1Char(' ')) + QLatin1Char(' ') + c.description + QLatin1Char('\n');
    return text;
}

} // namespace

CliContext::CliContext(QString databasePath, bool demo, QStringList args, QTextStream &out, QTextStream &err)
    : m_databasePath(std::move(databasePath)), m_demo(demo), m_args(std::move(args)), m_out(out), m_err(err)
{
}

CliContext::~CliContext() = default;

Store &CliContext::store()
{
    if (!m_store) {
        const bool fresh = !QFile::exists(m_databasePath);
        m_store = Store::open(m_databasePath, QStringLiteral("cli"));
        // --demo on a fresh demo file gives the same data the GUI's demo shows.
        if (m_demo && fresh)
            DemoSeeder::seed(*m_store, QDateTime::currentDateTimeUtc());
    }
    return *m_store;
}

std::optional<int> parseCommandOptions(QCommandLineParser &parser, CliContext &context)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList{QCoreApplication::applicationFilePath()} + context.args())) {
        context.err() << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText();
        return ExitOk;
    }
    return std::nullopt;
}

QList<CliCommand> cliCommands()
{
    return {
        {QStringLiteral("info"), QStringLiteral("info"),
         Cli::tr("Show the database file, its schema version and how many rows each table holds."), &Cli::info},
        {QStringLiteral("seed-demo"), QStringLiteral("seed-demo"),
         Cli::tr("Fill an empty database with the demo data set."), &Cli::seedDemo},
        {QStringLiteral("listen"), QStringLiteral("listen [--udp-port N] [--tcp-port N]"),
         Cli::tr("Receive syslog over UDP and TCP into the database until stopped."), &runListenCommand},
        {QStringLiteral("syslog-gen"), QStringLiteral("syslog-gen --rate N --duration S --target HOST:PORT [--tcp]"),
         Cli::tr("Send realistic device syslog lines to a receiver."), &runSyslogGenCommand},
        {QStringLiteral("parse"), QStringLiteral("parse --provider ID|auto INPUT..."),
         Cli::tr("Parse a provider's maintenance notice (an RFC 822 mail, or TYPE=PATH parts) and print its maintenances as JSON."),
         &Cli::parseNotice},
        {QStringLiteral("import"), QStringLiteral("import PATH..."),
         Cli::tr("Import .eml files or maildirs: every mail is stored whole and parsed into maintenances."), &runImportCommand},
        {QStringLiteral("notifications"), QStringLiteral("notifications list [--json]"),
         Cli::tr("List the stored notifications with their outcome."), &runNotificationsCommand},
        {QStringLiteral("maintenances"), QStringLiteral("maintenances list [--json]"),
         Cli::tr("List the circuit maintenances."), &runMaintenancesCommand},
        {QStringLiteral("overlaps"), QStringLiteral("overlaps [--json] [--exclude-no-impact]"),
         Cli::tr("Find maintenances running at the same time at a site (redundancy reduced or lost) and print them."),
         &runOverlapsCommand},
        {QStringLiteral("export-ics"), QStringLiteral("export-ics [--output FILE] [--id N] [--status S] [--provider P] [--upcoming]"),
         Cli::tr("Write maintenances as an iCalendar file for calendar clients, one event per window."),
         &runExportIcsCommand},
        {QStringLiteral("reparse"), QStringLiteral("reparse ID...|--all [--provider P]"),
         Cli::tr("Parse stored notifications again; --provider assigns the provider of an unknown sender."), &runReparseCommand},
        {QStringLiteral("fetch"), QStringLiteral("fetch [--source NAME]"),
         Cli::tr("Fetch new mail from the notification sources into the store."), &runFetchCommand},
        {QStringLiteral("sources"), QStringLiteral("sources add|list|validate|remove|export|import"),
         Cli::tr("Manage notification sources (IMAP, Gmail API, files)."), &runSourcesCommand},
        {QStringLiteral("inventory"), QStringLiteral("inventory import PATH...|sync --url URL|list [--json]"),
         Cli::tr("Import providers, sites, circuits, devices and interfaces from CSV/JSON, or sync them from NetBox or Nautobot."),
         &runInventoryCommand},
        {QStringLiteral("metrics"), QStringLiteral("metrics [--listen ADDR:PORT] [--labels SPEC] [--once]"),
         Cli::tr("Serve /metrics for Prometheus (circuit maintenance status, NocDesk's own figures) until stopped."),
         &runMetricsCommand},
        {QStringLiteral("parse-syslog"), QStringLiteral("parse-syslog [FILE...]"),
         Cli::tr("Parse syslog lines (stdin by default) and print one JSON object per line."), &Cli::parseSyslog},
    };
}

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("NocDesk command line: the console's engine without its window.")
                                     + QStringLiteral("\n\n") + commandHelp());
    parser.addHelpOption();
    parser.addVersionOption();
    AppPaths::addStoreOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"), Cli::tr("The command to run (see above)."));
    // Everything after the command belongs to it, including its own --options.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.process(arguments); // handles --help and --version, and exits on unknown options

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err << parser.helpText();
        return ExitUsage;
    }
    const QString name = positional.takeFirst();
    const QList<CliCommand> commands = cliCommands();
    const auto command = std::find_if(commands.cbegin(), commands.cend(), [&](const CliCommand &c) { return c.name == name; });
    if (command == commands.cend()) {
        err << Cli::tr("Unknown command \"%1\".").arg(name) << '\n' << commandHelp();
        return ExitUsage;
    }

    CliContext context(AppPaths::databasePath(parser), AppPaths::demoRequested(parser), positional, out, err);
    try {
        return command->run(context);
    } catch (const StoreError &e) {
        err << e.message() << '\n';
        switch (e.kind()) {
        case StoreError::Kind::CannotOpen:
        case StoreError::Kind::NotADatabase:
        case StoreError::Kind::NotNocDesk:
        case StoreError::Kind::TooNew:
        case StoreError::Kind::MigrationFailed:
            return ExitDatabase;
        case StoreError::Kind::Query:
            break;
        }
        return ExitFailure;
    }
}

} // namespace nocdesk
