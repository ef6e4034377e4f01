#include "SourceConfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <utility>

namespace nocdesk {

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toList(const QJsonValue &value)
{
    QStringList result;
    if (value.isString()) {
        // "a, b" is accepted too, as operators write it on a command line.
        for (const QString &item : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            result << item.trimmed();
        return result;
    }
    for (const QJsonValue &item : value.toArray())
        result << item.toString();
    return result;
}

} // namespace

QString SourceConfig::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Imap: return QStringLiteral("imap");
    case Kind::Gmail: return QStringLiteral("gmail");
    case Kind::File: return QStringLiteral("file");
    }
    return {};
}

bool SourceConfig::kindFromName(const QString &name, Kind *kind)
{
    for (Kind k : {Kind::Imap, Kind::Gmail, Kind::File}) {
        if (kindName(k) == name.toLower()) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QStringList SourceConfig::labelOutcomes()
{
    return {QStringLiteral("unknown-provider"), QStringLiteral("parsing-failed"), QStringLiteral("parsed"),
            QStringLiteral("ignored"), QStringLiteral("out-of-sequence"), QStringLiteral("unknown-cids")};
}

QJsonObject SourceConfig::settingsJson() const
{
    QJsonObject o{{QStringLiteral("schedule_minutes"), scheduleMinutes},
                  {QStringLiteral("source_header"), sourceHeader},
                  {QStringLiteral("attach_all_providers"), attachAllProviders},
                  {QStringLiteral("providers"), toArray(providers)}};
    switch (kind) {
    case Kind::Imap:
        o.insert(QStringLiteral("host"), host);
        o.insert(QStringLiteral("port"), port);
        o.insert(QStringLiteral("tls"), tls);
        o.insert(QStringLiteral("account"), account);
        o.insert(QStringLiteral("folder"), folder);
        if (!caFile.isEmpty())
            o.insert(QStringLiteral("ca_file"), caFile);
        break;
    case Kind::Gmail: {
        o.insert(QStringLiteral("account"), account);
        o.insert(QStringLiteral("credentials_file"), credentialsFile);
        o.insert(QStringLiteral("limit_emails_with_not_header_from"), toArray(limitEmailsWithNotHeaderFrom));
        o.insert(QStringLiteral("extra_scopes"), toArray(extraScopes));
        QJsonObject l;
        for (auto it = labels.constBegin(); it != labels.constEnd(); ++it)
            l.insert(it.key(), it.value());
        o.insert(QStringLiteral("labels"), l);
        for (const auto &[key, value] : {std::pair{"api_base_url", apiBaseUrl}, std::pair{"token_url", tokenUrl},
                                         std::pair{"auth_url", authUrl}}) {
            if (!value.isEmpty())
                o.insert(QLatin1String(key), value);
        }
        break;
    }
    case Kind::File:
        break;
    }
    return o;
}

QJsonObject SourceConfig::toJson() const
{
    QJsonObject o = settingsJson();
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("kind"), kindName(kind));
    o.insert(QStringLiteral("enabled"), enabled);
    return o;
}

SourceConfig SourceConfig::fromJson(const QJsonObject &json, QString *error)
{
    SourceConfig c;
    error->clear();
    c.name = json.value(QStringLiteral("name")).toString().trimmed();
    if (!kindFromName(json.value(QStringLiteral("kind")).toString(QStringLiteral("imap")), &c.kind)) {
        *error = tr("Unknown source kind \"%1\" (imap, gmail or file).").arg(json.value(QStringLiteral("kind")).toString());
        return c;
    }
    static const QSet<QString> common{QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("enabled"),
                                      QStringLiteral("schedule_minutes"), QStringLiteral("source_header"),
                                      QStringLiteral("attach_all_providers"), QStringLiteral("providers")};
    static const QSet<QString> imapKeys{QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("tls"),
                                        QStringLiteral("account"), QStringLiteral("folder"), QStringLiteral("ca_file")};
    static const QSet<QString> gmailKeys{QStringLiteral("account"), QStringLiteral("credentials_file"),
                                         QStringLiteral("limit_emails_with_not_header_from"),
                                         QStringLiteral("extra_scopes"), QStringLiteral("labels"),
                                         QStringLiteral("api_base_url"), QStringLiteral("token_url"), QStringLiteral("auth_url")};
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const bool known = common.contains(it.key()) || (c.kind == Kind::Imap && imapKeys.contains(it.key()))
            || (c.kind == Kind::Gmail && gmailKeys.contains(it.key()));
        if (!known) {
            if (it.key().contains(QLatin1String("password")) || it.key().contains(QLatin1String("secret"))
                || it.key().contains(QLatin1String("token")))
                *error = tr("\"%1\" looks like a secret; secrets are kept in the keychain, never in source settings.").arg(it.key());
            else
                *error = tr("Unknown setting \"%1\" for a %2 source.").arg(it.key(), kindName(c.kind));
            return c;
        }
    }
    c.enabled = json.value(QStringLiteral("enabled")).toBool(true);
    c.scheduleMinutes = json.value(QStringLiteral("schedule_minutes")).toInt(5);
    c.sourceHeader = json.value(QStringLiteral("source_header")).toString(QStringLiteral("From"));
    c.attachAllProviders = json.value(QStringLiteral("attach_all_providers")).toBool(true);
    c.providers = toList(json.value(QStringLiteral("providers")));
    c.host = json.value(QStringLiteral("host")).toString();
    c.tls = json.value(QStringLiteral("tls")).toString(QStringLiteral("implicit")).toLower();
    c.port = json.value(QStringLiteral("port")).toInt(c.tls == QLatin1String("implicit") ? 993 : 143);
    c.account = json.value(QStringLiteral("account")).toString();
    c.folder = json.value(QStringLiteral("folder")).toString(QStringLiteral("INBOX"));
    c.caFile = json.value(QStringLiteral("ca_file")).toString();
    c.credentialsFile = json.value(QStringLiteral("credentials_file")).toString();
    c.limitEmailsWithNotHeaderFrom = toList(json.value(QStringLiteral("limit_emails_with_not_header_from")));
    c.extraScopes = toList(json.value(QStringLiteral("extra_scopes")));
    c.apiBaseUrl = json.value(QStringLiteral("api_base_url")).toString();
    c.tokenUrl = json.value(QStringLiteral("token_url")).toString();
    c.authUrl = json.value(QStringLiteral("auth_url")).toString();
    const QJsonObject l = json.value(QStringLiteral("labels")).toObject();
    for (auto it = l.constBegin(); it != l.constEnd(); ++it) {
        if (!labelOutcomes().contains(it.key())) {
            *error = tr("Unknown outcome \"%1\" in labels (one of: %2).").arg(it.key(), labelOutcomes().join(QStringLiteral(", ")));
            return c;
        }
        c.labels.insert(it.key(), it.value().toString());
    }
    return c;
}

SourceConfig SourceConfig::fromStored(const NotificationSourceRow &row, QString *error)
{
    QJsonObject json = QJsonDocument::fromJson(row.config).object();
    json.insert(QStringLiteral("name"), row.name);
    json.insert(QStringLiteral("kind"), row.kind);
    json.insert(QStringLiteral("enabled"), row.enabled);
    return fromJson(json, error);
}

QString SourceConfig::validationError() const
{
    if (name.isEmpty())
        return tr("A source needs a name.");
    if (scheduleMinutes < 0)
        return tr("schedule_minutes cannot be negative.");
    if (!attachAllProviders && providers.isEmpty())
        return tr("Either attach all providers or list the providers that send through this source.");
    switch (kind) {
    case Kind::Imap:
        if (host.isEmpty())
            return tr("An IMAP source needs a host.");
        if (port <= 0 || port > 65535)
            return tr("The port must be between 1 and 65535.");
        if (tls != QLatin1String("implicit") && tls != QLatin1String("starttls") && tls != QLatin1String("none"))
            return tr("tls must be implicit, starttls or none.");
        if (account.isEmpty())
            return tr("An IMAP source needs an account.");
        break;
    case Kind::Gmail:
        if (account.isEmpty())
            return tr("A Gmail source needs an account.");
        if (credentialsFile.isEmpty())
            return tr("A Gmail source needs a credentials_file (an OAuth client or a service account).");
        break;
    case Kind::File:
        break;
    }
    return {};
}

void SourceConfig::save(Store &store) const
{
    store.addNotificationSource(name, kindName(kind), QJsonDocument(settingsJson()).toJson(QJsonDocument::Compact), enabled);
}

QByteArray SourceConfig::toFile(const QList<SourceConfig> &sources)
{
    QJsonArray array;
    for (const SourceConfig &s : sources)
        array.append(s.toJson());
    return QJsonDocument(QJsonObject{{QStringLiteral("sources"), array}}).toJson(QJsonDocument::Indented);
}

QList<SourceConfig> SourceConfig::fromFile(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("Not a sources file: %1").arg(parseError.errorString());
        return {};
    }
    if (!doc.object().value(QStringLiteral("sources")).isArray()) {
        *error = tr("Not a sources file: no \"sources\" array.");
        return {};
    }
    QList<SourceConfig> configs;
    for (const QJsonValue &entry : doc.object().value(QStringLiteral("sources")).toArray()) {
        const SourceConfig c = fromJson(entry.toObject(), error);
        if (error->isEmpty())
            *error = c.validationError();
        if (!error->isEmpty()) {
            *error = tr("Source %1: %2").arg(c.name, *error);
            return {};
        }
        configs << c;
    }
    error->clear();
    return configs;
}

MailRouting SourceConfig::routing() const
{
    MailRouting r;
    r.sourceName = name;
    r.senderHeader = sourceHeader.isEmpty() ? QStringLiteral("From") : sourceHeader;
    r.attachAllProviders = attachAllProviders;
    r.providers = providers;
    return r;
}

} // namespace nocdesk
