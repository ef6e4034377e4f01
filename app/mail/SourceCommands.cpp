#include "MailCommands.h"

#include "CliCommands.h"
#include "SourceConfig.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace nocdesk {

namespace {

class SourcesCli
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::SourcesCli)
};

QString usage()
{
    return SourcesCli::tr(
        "Usage:\n"
        "  sources list [--json]\n"
        "  sources add NAME --kind imap --host HOST [--port N] [--tls implicit|starttls|none] --account USER\n"
        "              [--folder F] [--ca-file PEM] [--source-header H] [--providers A,B] [--schedule-minutes N]\n"
        "              [--secret-env VAR]\n"
        "  sources add NAME --kind gmail --account ADDRESS --credentials-file JSON [--label OUTCOME=LABEL_ID]...\n"
        "              [--limit-emails-with-not-header-from A,B] [--extra-scopes S,T] [--source-header H]\n"
        "  sources remove NAME\n"
        "  sources export FILE\n"
        "  sources import FILE\n"
        "  sources validate NAME [--secret-env VAR]\n");
}

QList<SourceConfig> loadSources(Store &store, QTextStream &err)
{
    QList<SourceConfig> result;
    for (const NotificationSourceRow &row : store.notificationSources()) {
        QString error;
        const SourceConfig c = SourceConfig::fromStored(row, &error);
        if (!error.isEmpty())
            err << SourcesCli::tr("Source %1: %2").arg(row.name, error) << '\n';
        else
            result << c;
    }
    return result;
}

void save(Store &store, const SourceConfig &c)
{
    store.addNotificationSource(c.name, SourceConfig::kindName(c.kind), QJsonDocument(c.settingsJson()).toJson(QJsonDocument::Compact));
    store.updateNotificationSource(c.name, QJsonDocument(c.settingsJson()).toJson(QJsonDocument::Compact), c.enabled);
}

int list(CliContext &context, const QCommandLineParser &parser)
{
    const QList<NotificationSourceRow> rows = context.store().notificationSources();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const NotificationSourceRow &row : rows) {
            QString error;
            QJsonObject o = SourceConfig::fromStored(row, &error).toJson();
            o.insert(QStringLiteral("last_fetch_at"), row.lastFetchAt.isValid() ? QJsonValue(row.lastFetchAt.toString(Qt::ISODate)) : QJsonValue());
            o.insert(QStringLiteral("last_error"), row.lastError);
            array.append(o);
        }
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const NotificationSourceRow &row : rows) {
        QString error;
        const SourceConfig c = SourceConfig::fromStored(row, &error);
        const QString where = c.kind == SourceConfig::Kind::Imap
            ? QStringLiteral("%1@%2:%3/%4").arg(c.account, c.host).arg(c.port).arg(c.folder)
            : c.account;
        context.out() << QStringLiteral("%1\t%2\t%3\t%4\t%5")
                             .arg(row.name, row.kind, where,
                                  row.enabled ? SourcesCli::tr("enabled") : SourcesCli::tr("disabled"),
                                  row.lastError.isEmpty() ? QString() : row.lastError)
                      << '\n';
    }
    return ExitOk;
}

int add(CliContext &context, const QCommandLineParser &parser, const QString &name)
{
    QJsonObject json{{QStringLiteral("name"), name}, {QStringLiteral("kind"), parser.value(QStringLiteral("kind"))}};
    const auto text = [&](const char *option, const char *key) {
        if (parser.isSet(QString::fromLatin1(option)))
            json.insert(QString::fromLatin1(key), parser.value(QString::fromLatin1(option)));
    };
    text("host", "host");
    text("tls", "tls");
    text("account", "account");
    text("folder", "folder");
    text("ca-file", "ca_file");
    text("source-header", "source_header");
    text("credentials-file", "credentials_file");
    text("limit-emails-with-not-header-from", "limit_emails_with_not_header_from");
    text("extra-scopes", "extra_scopes");
    if (parser.isSet(QStringLiteral("port")))
        json.insert(QStringLiteral("port"), parser.value(QStringLiteral("port")).toInt());
    if (parser.isSet(QStringLiteral("schedule-minutes")))
        json.insert(QStringLiteral("schedule_minutes"), parser.value(QStringLiteral("schedule-minutes")).toInt());
    if (parser.isSet(QStringLiteral("providers"))) {
        json.insert(QStringLiteral("providers"), parser.value(QStringLiteral("providers")));
        json.insert(QStringLiteral("attach_all_providers"), false);
    }
    if (parser.isSet(QStringLiteral("disabled")))
        json.insert(QStringLiteral("enabled"), false);
    QJsonObject labels;
    for (const QString &label : parser.values(QStringLiteral("label"))) {
        const qsizetype eq = label.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            context.err() << SourcesCli::tr("--label takes OUTCOME=LABEL_ID, not \"%1\".").arg(label) << '\n';
            return ExitUsage;
        }
        labels.insert(label.left(eq), label.mid(eq + 1));
    }
    if (!labels.isEmpty())
        json.insert(QStringLiteral("labels"), labels);

    QString error;
    const SourceConfig config = SourceConfig::fromJson(json, &error);
    if (error.isEmpty())
        error = config.validationError();
    if (!error.isEmpty()) {
        context.err() << error << '\n';
        return ExitUsage;
    }
    save(context.store(), config);
    context.out() << SourcesCli::tr("Source %1 saved.").arg(name) << '\n';
    return ExitOk;
}

int exportSources(CliContext &context, const QString &path)
{
    QJsonArray array;
    for (const SourceConfig &c : loadSources(context.store(), context.err()))
        array.append(c.toJson());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        context.err() << SourcesCli::tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()) << '\n';
        return ExitFailure;
    }
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("sources"), array}}).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        context.err() << SourcesCli::tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()) << '\n';
        return ExitFailure;
    }
    context.out() << SourcesCli::tr("%n source(s) written to %1 (secrets stay in the keychain).", nullptr, int(array.size()))
                         .arg(QDir::toNativeSeparators(path))
                  << '\n';
    return ExitOk;
}

int importSources(CliContext &context, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err() << SourcesCli::tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()) << '\n';
        return ExitFailure;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.object().value(QStringLiteral("sources")).isArray()) {
        context.err() << SourcesCli::tr("%1 is not a sources file: %2")
                             .arg(QDir::toNativeSeparators(path),
                                  parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                               : SourcesCli::tr("no \"sources\" array"))
                      << '\n';
        return ExitFailure;
    }
    // Every entry is checked before any is saved: a file with one bad entry changes nothing.
    QList<SourceConfig> configs;
    for (const QJsonValue &entry : doc.object().value(QStringLiteral("sources")).toArray()) {
        QString error;
        const SourceConfig c = SourceConfig::fromJson(entry.toObject(), &error);
        if (error.isEmpty())
            error = c.validationError();
        if (!error.isEmpty()) {
            context.err() << SourcesCli::tr("Source %1: %2").arg(c.name, error) << '\n';
            return ExitFailure;
        }
        configs << c;
    }
    for (const SourceConfig &c : std::as_const(configs))
        save(context.store(), c);
    context.out() << SourcesCli::tr("%n source(s) imported.", nullptr, int(configs.size())) << '\n';
    return ExitOk;
}

} // namespace

int runSourcesCommand(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(SourcesCli::tr("Manage notification sources.") + QLatin1Char('\n') + usage());
    parser.addPositionalArgument(QStringLiteral("action"), SourcesCli::tr("list, add, remove, export, import or validate."));
    parser.addOptions({
        {QStringLiteral("json"), SourcesCli::tr("list: print JSON.")},
        {QStringLiteral("kind"), SourcesCli::tr("imap, gmail or file."), QStringLiteral("KIND"), QStringLiteral("imap")},
        {QStringLiteral("host"), SourcesCli::tr("IMAP server."), QStringLiteral("HOST")},
        {QStringLiteral("port"), SourcesCli::tr("IMAP port (993 with implicit TLS, else 143)."), QStringLiteral("N")},
        {QStringLiteral("tls"), SourcesCli::tr("implicit, starttls or none."), QStringLiteral("MODE")},
        {QStringLiteral("account"), SourcesCli::tr("Login name, or the Gmail address."), QStringLiteral("USER")},
        {QStringLiteral("folder"), SourcesCli::tr("IMAP folder (INBOX)."), QStringLiteral("FOLDER")},
        {QStringLiteral("ca-file"), SourcesCli::tr("An extra CA certificate (PEM) to trust."), QStringLiteral("PEM")},
        {QStringLiteral("source-header"), SourcesCli::tr("The header that names the sender (From)."), QStringLiteral("HEADER")},
        {QStringLiteral("providers"), SourcesCli::tr("Only these providers send through this source."), QStringLiteral("A,B")},
        {QStringLiteral("schedule-minutes"), SourcesCli::tr("Fetch every N minutes (0: by hand only)."), QStringLiteral("N")},
        {QStringLiteral("credentials-file"), SourcesCli::tr("Gmail: OAuth client or service-account JSON."), QStringLiteral("JSON")},
        {QStringLiteral("limit-emails-with-not-header-from"), SourcesCli::tr("Gmail: skip mail from these senders."), QStringLiteral("A,B")},
        {QStringLiteral("extra-scopes"), SourcesCli::tr("Gmail: OAuth scopes to ask for besides gmail.modify."), QStringLiteral("S,T")},
        {QStringLiteral("label"), SourcesCli::tr("Gmail: label id to apply per outcome."), QStringLiteral("OUTCOME=ID")},
        {QStringLiteral("disabled"), SourcesCli::tr("Save the source disabled.")},
        {QStringLiteral("secret-env"), SourcesCli::tr("Take the password from this environment variable."), QStringLiteral("VAR")},
    });
    if (const auto exit = parseCommandOptions(parser, context))
        return *exit;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action == QLatin1String("list") && args.size() == 1)
        return list(context, parser);
    if (action == QLatin1String("add") && args.size() == 2)
        return add(context, parser, args.at(1));
    if (action == QLatin1String("remove") && args.size() == 2) {
        if (!context.store().removeNotificationSource(args.at(1))) {
            context.err() << SourcesCli::tr("There is no source named \"%1\".").arg(args.at(1)) << '\n';
            return ExitFailure;
        }
        context.out() << SourcesCli::tr("Source %1 removed; its mail stays in the notifications.").arg(args.at(1)) << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("export") && args.size() == 2)
        return exportSources(context, args.at(1));
    if (action == QLatin1String("import") && args.size() == 2)
        return importSources(context, args.at(1));
    context.err() << usage();
    return ExitUsage;
}

} // namespace nocdesk
