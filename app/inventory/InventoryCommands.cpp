#include "InventoryCommands.h"

#include "CliCommands.h"
#include "InventoryImport.h"
#include "InventoryJson.h"
#include "InventorySync.h"
#include "KeychainSecretStore.h"
#include "NetboxClient.h"
#include "SecretPrompt.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonDocument>

namespace nocdesk {

namespace {

class InventoryCli
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::InventoryCli)
};

QString usage()
{
    return InventoryCli::tr(
        "Usage:\n"
        "  inventory import PATH... [--kind providers|sites|circuits|devices|interfaces]\n"
        "  inventory sync --url URL [--kind netbox|nautobot] [--token-env VAR | --prompt]\n"
        "  inventory list [--json]\n"
        "CSV files hold one kind each, told by their name (circuits.csv) or by --kind; a .json file\n"
        "holds any. An import is all or nothing. The API token is kept in the keychain once a sync\n"
        "with it succeeded; later syncs need only --url.\n");
}

int importFiles(CliContext &context, const QCommandLineParser &parser, const QStringList &paths)
{
    std::optional<InventoryKind> kind;
    if (parser.isSet(QStringLiteral("kind"))) {
        kind = InventoryImport::kindFromName(parser.value(QStringLiteral("kind")));
        if (!kind) {
            context.err() << InventoryCli::tr("--kind takes providers, sites, circuits, devices or interfaces.") << '\n';
            return ExitUsage;
        }
    }
    InventoryImport import;
    try {
        for (const QString &path : paths)
            import.addFile(path, kind);
        const InventoryChanges changes = import.apply(context.store());
        context.out() << InventoryCli::tr("%1 rows read: %2 new, %3 changed, %4 unchanged.")
                             .arg(import.batch().size()).arg(changes.inserted).arg(changes.updated).arg(changes.unchanged)
                      << '\n';
        return ExitOk;
    } catch (const InventoryInputError &e) {
        context.err() << e.text() << '\n' << InventoryCli::tr("Nothing was imported.") << '\n';
        return ExitParseError;
    }
}

int sync(CliContext &context, const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("url"))) {
        context.err() << InventoryCli::tr("inventory sync needs --url, e.g. --url https://netbox.example.net/") << '\n';
        return ExitUsage;
    }
    const QUrl url(parser.value(QStringLiteral("url")));
    InventoryServerKind kind = InventoryServerKind::NetBox;
    if (parser.isSet(QStringLiteral("kind"))) {
        const auto k = serverKindFromName(parser.value(QStringLiteral("kind")));
        if (!k) {
            context.err() << InventoryCli::tr("--kind takes netbox or nautobot.") << '\n';
            return ExitUsage;
        }
        kind = *k;
    }

    std::optional<QString> token;
    if (parser.isSet(QStringLiteral("token-env"))) {
        const QString var = parser.value(QStringLiteral("token-env"));
        const QByteArray value = qgetenv(var.toLocal8Bit().constData());
        if (value.isEmpty()) {
            context.err() << InventoryCli::tr("The environment variable %1 is not set or empty.").arg(var) << '\n';
            return ExitUsage;
        }
        token = QString::fromLocal8Bit(value).trimmed();
    } else if (parser.isSet(QStringLiteral("prompt"))) {
        token = promptSecret(context, InventoryCli::tr("API token for %1: ").arg(url.host()));
    }
    const bool given = token.has_value();
    KeychainSecretStore keychain;
    try {
        if (!token)
            token = keychain.read(inventoryTokenKey(url));
    } catch (const SecretStoreError &e) {
        context.err() << e.message() << '\n';
        return ExitFailure;
    }
    if (!token || token->isEmpty()) {
        context.err() << InventoryCli::tr("No token for %1 in the keychain: pass --token-env VAR or --prompt once.")
                             .arg(url.toDisplayString())
                      << '\n';
        return ExitUsage;
    }

    InventorySync syncer(url, kind, *token);
    InventorySyncReport report;
    try {
        report = syncer.run(context.store());
    } catch (const InventorySyncError &e) {
        context.err() << e.message() << '\n' << InventoryCli::tr("Nothing was changed.") << '\n';
        return ExitFailure;
    }
    for (const QString &note : std::as_const(report.notes))
        context.err() << note << '\n';
    context.out() << report.summary() << '\n';
    if (given) {
        try {
            keychain.write(inventoryTokenKey(url), *token);
            context.out() << InventoryCli::tr("The token is in the keychain for the next sync.") << '\n';
        } catch (const SecretStoreError &e) {
            context.err() << InventoryCli::tr("The token could not be stored in the keychain: %1").arg(e.message()) << '\n';
            return ExitFailure;
        }
    }
    return ExitOk;
}

int list(CliContext &context, const QCommandLineParser &parser)
{
    const QJsonObject inventory = inventoryToJson(context.store());
    if (parser.isSet(QStringLiteral("json"))) {
        context.out() << QString::fromUtf8(QJsonDocument(inventory).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    const auto section = [&](const QString &title, const QString &key, const QStringList &fields) {
        const QJsonArray rows = inventory.value(key).toArray();
        context.out() << title << " (" << rows.size() << ")\n";
        for (const QJsonValue &row : rows) {
            QStringList cells;
            for (const QString &f : fields)
                cells << row.toObject().value(f).toString();
            context.out() << "  " << cells.join(QLatin1Char('\t')) << '\n';
        }
    };
    section(InventoryCli::tr("Providers"), QStringLiteral("providers"), {QStringLiteral("name"), QStringLiteral("display_name")});
    section(InventoryCli::tr("Sites"), QStringLiteral("sites"), {QStringLiteral("name"), QStringLiteral("time_zone")});
    section(InventoryCli::tr("Circuits"), QStringLiteral("circuits"),
            {QStringLiteral("provider"), QStringLiteral("circuit_id"), QStringLiteral("circuit_type"), QStringLiteral("a_site"),
             QStringLiteral("z_site")});
    section(InventoryCli::tr("Devices"), QStringLiteral("devices"),
            {QStringLiteral("name"), QStringLiteral("site"), QStringLiteral("vendor"), QStringLiteral("management_address")});
    section(InventoryCli::tr("Interfaces"), QStringLiteral("interfaces"),
            {QStringLiteral("device"), QStringLiteral("name"), QStringLiteral("circuit_provider"), QStringLiteral("circuit_id")});
    return ExitOk;
}

} // namespace

int runInventoryCommand(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(InventoryCli::tr("Providers, sites, circuits, devices and interfaces.") + QLatin1Char('\n') + usage());
    parser.addPositionalArgument(QStringLiteral("action"), InventoryCli::tr("import, sync or list."));
    parser.addOptions({
        {QStringLiteral("json"), InventoryCli::tr("list: print the JSON document import reads.")},
        {QStringLiteral("kind"), InventoryCli::tr("import: what CSV files hold; sync: netbox or nautobot."), QStringLiteral("KIND")},
        {QStringLiteral("url"), InventoryCli::tr("sync: the NetBox or Nautobot address."), QStringLiteral("URL")},
        {QStringLiteral("token-env"), InventoryCli::tr("sync: take the API token from this environment variable."), QStringLiteral("VAR")},
        {QStringLiteral("prompt"), InventoryCli::tr("sync: ask for the API token at the terminal.")},
    });
    if (const auto exit = parseCommandOptions(parser, context))
        return *exit;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action == QLatin1String("import") && args.size() >= 2)
        return importFiles(context, parser, args.mid(1));
    if (action == QLatin1String("sync") && args.size() == 1)
        return sync(context, parser);
    if (action == QLatin1String("list") && args.size() == 1)
        return list(context, parser);
    context.err() << usage();
    return ExitUsage;
}

} // namespace nocdesk
