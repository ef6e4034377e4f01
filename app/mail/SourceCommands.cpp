#include "MailCommands.h"

#include "CliCommands.h"
#include "KeychainSecretStore.h"
#include "OperatorIdentity.h"
#include "SecretPrompt.h"
#include "SourceConfig.h"
#include "SourceFetcher.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>
#include <cstdio>

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
        "              [--secret-env VAR | --prompt]\n"
        "  sources add NAME --kind gmail --account ADDRESS --credentials-file JSON [--label OUTCOME=LABEL_ID]...\n"
        "              [--limit-emails-with-not-header-from A,B] [--extra-scopes S,T] [--source-header H]\n"
        "  sources remove NAME\n"
        "  sources export FILE\n"
        "  sources import FILE\n"
        "  sources validate NAME [--secret-env VAR] [--json]\n"
        "  sources signin NAME          (Gmail with an OAuth client: consent in a browser)\n"
        "A password comes from the keychain, from --secret-env VAR, or from --prompt.\n");
}

// The secret for this run: from the environment variable --secret-env names, or typed at a
// prompt (not echoed) when a person is at the terminal. nullopt when neither applies.
std::optional<QString> secretFromOptions(const QCommandLineParser &parser, CliContext &context, const QString &prompt, bool *failed)
{
    *failed = false;
    if (parser.isSet(QStringLiteral("secret-env"))) {
        const QString var = parser.value(QStringLiteral("secret-env"));
        const QByteArray value = qgetenv(var.toLocal8Bit().constData());
        if (value.isEmpty()) {
            context.err() << SourcesCli::tr("The environment variable %1 is not set or empty.").arg(var) << '\n';
            *failed = true;
            return std::nullopt;
        }
        return QString::fromLocal8Bit(value);
    }
    if (!parser.isSet(QStringLiteral("prompt")))
        return std::nullopt;
    return promptSecret(context, prompt);
}

const SourceConfig *findSource(const QList<SourceConfig> &sources, const QString &name)
{
    const auto it = std::find_if(sources.cbegin(), sources.cend(), [&](const SourceConfig &c) { return c.name == name; });
    return it == sources.cend() ? nullptr : &*it;
}

void printCheck(CliContext &context, const SourceCheck &check, bool json)
{
    if (json) {
        context.out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("ok"), check.ok},
                                                                     {QStringLiteral("failure"), check.failure},
                                                                     {QStringLiteral("message"), check.message},
                                                                     {QStringLiteral("details"), QJsonArray::fromStringList(check.details)}})
                                               .toJson(QJsonDocument::Indented));
        return;
    }
    (check.ok ? context.out() : context.err()) << check.message << '\n';
    for (const QString &d : check.details)
        (check.ok ? context.out() : context.err()) << "  " << d << '\n';
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
    bool failed = false;
    const std::optional<QString> secret = secretFromOptions(parser, context, SourcesCli::tr("Password for %1@%2: ").arg(config.account, config.host), &failed);
    if (failed)
        return ExitUsage;
    config.save(context.store());
    if (secret) {
        try {
            KeychainSecretStore().write(sourceSecretKey(config.name), *secret);
        } catch (const SecretStoreError &e) {
            context.err() << SourcesCli::tr("Source %1 saved, but its password could not be stored: %2").arg(name, e.message()) << '\n';
            return ExitFailure;
        }
        context.out() << SourcesCli::tr("Source %1 saved; its password is in the keychain.").arg(name) << '\n';
        return ExitOk;
    }
    context.out() << SourcesCli::tr("Source %1 saved.").arg(name) << '\n';
    return ExitOk;
}

int exportSources(CliContext &context, const QString &path)
{
    const QList<SourceConfig> sources = loadSources(context.store(), context.err());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(SourceConfig::toFile(sources)) < 0 || !file.commit()) {
        context.err() << SourcesCli::tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()) << '\n';
        return ExitFailure;
    }
    context.out() << SourcesCli::tr("%n source(s) written to %1 (secrets stay in the keychain).", nullptr, int(sources.size()))
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
    QString error;
    const QList<SourceConfig> configs = SourceConfig::fromFile(file.readAll(), &error);
    if (!error.isEmpty()) {
        context.err() << SourcesCli::tr("%1: %2").arg(QDir::toNativeSeparators(path), error) << '\n';
        return ExitFailure;
    }
    for (const SourceConfig &c : configs)
        c.save(context.store());
    context.out() << SourcesCli::tr("%n source(s) imported.", nullptr, int(configs.size())) << '\n';
    return ExitOk;
}

} // namespace

int runSourcesCommand(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(SourcesCli::tr("Manage notification sources.") + QLatin1Char('\n') + usage());
    parser.addPositionalArgument(QStringLiteral("action"), SourcesCli::tr("list, add, remove, export, import, validate or signin."));
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
        {QStringLiteral("prompt"), SourcesCli::tr("Ask for the password at the terminal.")},
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
    if ((action == QLatin1String("validate") || action == QLatin1String("signin")) && args.size() == 2) {
        const QList<SourceConfig> sources = loadSources(context.store(), context.err());
        const SourceConfig *source = findSource(sources, args.at(1));
        if (!source) {
            context.err() << SourcesCli::tr("There is no source named \"%1\".").arg(args.at(1)) << '\n';
            return ExitFailure;
        }
        bool failed = false;
        const std::optional<QString> secret = secretFromOptions(parser, context, SourcesCli::tr("Password for %1@%2: ").arg(source->account, source->host), &failed);
        if (failed)
            return ExitUsage;
        KeychainSecretStore keychain;
        SourceFetcher fetcher(context.store(), keychain, operatorName());
        fetcher.setPasswordOverride(secret);
        SourceCheck check;
        if (action == QLatin1String("signin")) {
            check = fetcher.signIn(*source, [&](const QUrl &url) {
                context.out() << SourcesCli::tr("Open this address in a browser and allow NocDesk to read the mailbox:") << '\n'
                              << url.toString(QUrl::FullyEncoded) << '\n' << Qt::flush;
            });
        } else {
            check = fetcher.validate(*source);
        }
        printCheck(context, check, parser.isSet(QStringLiteral("json")));
        return check.ok ? ExitOk : ExitFailure;
    }
    if (action == QLatin1String("export") && args.size() == 2)
        return exportSources(context, args.at(1));
    if (action == QLatin1String("import") && args.size() == 2)
        return importSources(context, args.at(1));
    context.err() << usage();
    return ExitUsage;
}

int runFetchCommand(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(SourcesCli::tr("Fetch new mail from the notification sources (all enabled ones, or one)."));
    parser.addOptions({
        {QStringLiteral("source"), SourcesCli::tr("Only this source."), QStringLiteral("NAME")},
        {QStringLiteral("secret-env"), SourcesCli::tr("Take the password from this environment variable."), QStringLiteral("VAR")},
        {QStringLiteral("prompt"), SourcesCli::tr("Ask for the password at the terminal.")},
        {QStringLiteral("json"), SourcesCli::tr("Print a JSON report.")},
    });
    if (const auto exit = parseCommandOptions(parser, context))
        return *exit;
    QList<SourceConfig> sources = loadSources(context.store(), context.err());
    if (parser.isSet(QStringLiteral("source"))) {
        const SourceConfig *source = findSource(sources, parser.value(QStringLiteral("source")));
        if (!source) {
            context.err() << SourcesCli::tr("There is no source named \"%1\".").arg(parser.value(QStringLiteral("source"))) << '\n';
            return ExitFailure;
        }
        sources = {*source};
    } else {
        sources.erase(std::remove_if(sources.begin(), sources.end(), [](const SourceConfig &c) {
                          return !c.enabled || c.kind == SourceConfig::Kind::File;
                      }), sources.end());
    }
    bool failed = false;
    const std::optional<QString> secret = secretFromOptions(parser, context, SourcesCli::tr("Password: "), &failed);
    if (failed)
        return ExitUsage;
    KeychainSecretStore keychain;
    SourceFetcher fetcher(context.store(), keychain, operatorName());
    fetcher.setPasswordOverride(secret);
    QJsonArray reports;
    bool allOk = true;
    for (const SourceConfig &source : std::as_const(sources)) {
        const FetchReport report = fetcher.fetch(source);
        allOk = allOk && report.ok;
        QJsonObject outcomes;
        for (auto it = report.outcomes.constBegin(); it != report.outcomes.constEnd(); ++it)
            outcomes.insert(it.key(), it.value());
        reports.append(QJsonObject{{QStringLiteral("source"), source.name}, {QStringLiteral("ok"), report.ok},
                                   {QStringLiteral("failure"), report.failure}, {QStringLiteral("message"), report.message},
                                   {QStringLiteral("offered"), report.offered}, {QStringLiteral("stored"), report.stored},
                                   {QStringLiteral("duplicates"), report.duplicates}, {QStringLiteral("outcomes"), outcomes}});
        if (!parser.isSet(QStringLiteral("json")))
            (report.ok ? context.out() : context.err()) << source.name << ": " << report.message << '\n';
    }
    if (parser.isSet(QStringLiteral("json")))
        context.out() << QString::fromUtf8(QJsonDocument(reports).toJson(QJsonDocument::Indented));
    return allOk ? ExitOk : ExitFailure;
}

} // namespace nocdesk
