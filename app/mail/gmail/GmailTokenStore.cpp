#include "GmailTokenStore.h"

#include "GmailSettings.h"
#include "SecretStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nocdesk::gmail {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::gmail::GmailTokenStore)
};

const QString kRefreshToken = QStringLiteral("refresh_token");
const QString kAccessToken = QStringLiteral("access_token");
const QString kExpiresAt = QStringLiteral("expires_at");
const QString kScopes = QStringLiteral("scopes");
const QString kClientId = QStringLiteral("client_id");
const QString kSubject = QStringLiteral("subject");

GmailError keyringError(const SecretStoreError &error)
{
    return GmailError::make(GmailFailure::Keyring,
                            Text::tr("The keyring holding the Gmail sign-in could not be used: %1. Unlock the "
                                     "keyring and try again.")
                                .arg(error.message()));
}

} // namespace

bool GmailTokens::accessTokenUsable(const QDateTime &nowUtc) const
{
    return !accessToken.isEmpty() && expiresAt.isValid() && nowUtc.secsTo(expiresAt) > 60;
}

bool GmailTokens::grants(const QStringList &requiredScopes) const
{
    for (const QString &scope : requiredScopes) {
        // gmail.modify includes everything gmail.readonly allows.
        if (scope == kScopeReadonly && scopes.contains(kScopeModify))
            continue;
        if (!scopes.contains(scope))
            return false;
    }
    return true;
}

GmailTokenStore::GmailTokenStore(SecretStore &secrets, QString sourceName)
    : m_secrets(secrets), m_key(secretKey(sourceName))
{
}

QString GmailTokenStore::secretKey(const QString &sourceName)
{
    return sourceSecretKey(sourceName, QStringLiteral("gmail-token"));
}

GmailResult<std::optional<GmailTokens>> GmailTokenStore::load() const
{
    std::optional<QString> secret;
    try {
        secret = m_secrets.read(m_key);
    } catch (const SecretStoreError &error) {
        return keyringError(error);
    }
    if (!secret)
        return std::optional<GmailTokens>();
    const QJsonObject object = QJsonDocument::fromJson(secret->toUtf8()).object();
    GmailTokens tokens;
    tokens.refreshToken = object.value(kRefreshToken).toString();
    tokens.accessToken = object.value(kAccessToken).toString();
    tokens.expiresAt = QDateTime::fromString(object.value(kExpiresAt).toString(), Qt::ISODate).toUTC();
    for (const QJsonValue &scope : object.value(kScopes).toArray())
        tokens.scopes.append(scope.toString());
    tokens.clientId = object.value(kClientId).toString();
    tokens.subject = object.value(kSubject).toString();
    if (tokens.refreshToken.isEmpty() && tokens.accessToken.isEmpty())
        return std::optional<GmailTokens>();
    return std::optional<GmailTokens>(tokens);
}

GmailError GmailTokenStore::save(const GmailTokens &tokens) const
{
    const QJsonObject object{{kRefreshToken, tokens.refreshToken},
                             {kAccessToken, tokens.accessToken},
                             {kExpiresAt, tokens.expiresAt.toUTC().toString(Qt::ISODate)},
                             {kScopes, QJsonArray::fromStringList(tokens.scopes)},
                             {kClientId, tokens.clientId},
                             {kSubject, tokens.subject}};
    try {
        m_secrets.write(m_key, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    } catch (const SecretStoreError &error) {
        return keyringError(error);
    }
    return {};
}

GmailError GmailTokenStore::clear() const
{
    try {
        m_secrets.remove(m_key);
    } catch (const SecretStoreError &error) {
        return keyringError(error);
    }
    return {};
}

} // namespace nocdesk::gmail
