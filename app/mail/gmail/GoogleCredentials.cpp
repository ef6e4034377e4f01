#include "GoogleCredentials.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nocdesk::gmail {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::gmail::GoogleCredentials)
};

QString string(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

GmailError invalid(const QString &origin, const QString &why)
{
    return GmailError::make(GmailFailure::Configuration,
                            Text::tr("%1 is not a Google credentials file: %2. Download the OAuth client "
                                     "(Desktop app) or a service account key from the Google Cloud console.")
                                .arg(origin, why));
}

} // namespace

GmailResult<GoogleCredentials> GoogleCredentials::fromJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return invalid(origin, parseError.error == QJsonParseError::NoError ? Text::tr("not a JSON object")
                                                                            : parseError.errorString());
    const QJsonObject root = document.object();
    GoogleCredentials credentials;

    if (string(root, "type") == QLatin1String("service_account")) {
        credentials.kind = Kind::ServiceAccount;
        credentials.clientEmail = string(root, "client_email");
        credentials.privateKeyPem = string(root, "private_key").toUtf8();
        credentials.privateKeyId = string(root, "private_key_id");
        credentials.tokenUri = QUrl(string(root, "token_uri"));
        if (credentials.clientEmail.isEmpty() || credentials.privateKeyPem.isEmpty())
            return invalid(origin, Text::tr("the service account has no client_email or private_key"));
        return credentials;
    }

    const bool web = root.contains(QLatin1String("web"));
    const QJsonObject client = root.value(web ? QLatin1String("web") : QLatin1String("installed")).toObject();
    if (client.isEmpty())
        return invalid(origin, Text::tr("neither an \"installed\" nor a \"web\" OAuth client, nor a service account"));
    credentials.kind = Kind::OAuthClient;
    credentials.webClient = web;
    credentials.clientId = string(client, "client_id");
    credentials.clientSecret = string(client, "client_secret");
    credentials.authUri = QUrl(string(client, "auth_uri"));
    credentials.tokenUri = QUrl(string(client, "token_uri"));
    const QJsonArray redirects = client.value(QLatin1String("redirect_uris")).toArray();
    for (const QJsonValue &redirect : redirects)
        credentials.redirectUris.append(redirect.toString());
    if (credentials.clientId.isEmpty())
        return invalid(origin, Text::tr("the OAuth client has no client_id"));
    return credentials;
}

GmailResult<GoogleCredentials> GoogleCredentials::fromFile(const QString &path)
{
    if (path.isEmpty())
        return GmailError::make(GmailFailure::Configuration,
                                Text::tr("No credentials file is set: give the OAuth client or service account "
                                         "JSON file from the Google Cloud console."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return GmailError::make(GmailFailure::Configuration,
                                Text::tr("The credentials file %1 cannot be read: %2.").arg(path, file.errorString()));
    return fromJson(file.readAll(), path);
}

} // namespace nocdesk::gmail
