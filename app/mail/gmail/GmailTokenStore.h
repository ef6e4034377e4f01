#pragma once

#include "GmailResult.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace nocdesk {
class SecretStore;
}

namespace nocdesk::gmail {

// What Google granted. Lives only in the SecretStore (the keyring), as one JSON secret.
struct GmailTokens
{
    QString refreshToken; // OAuth client only; a service account signs a new JWT instead
    QString accessToken;
    QDateTime expiresAt;  // UTC
    QStringList scopes;   // as granted
    QString clientId;     // a refresh token only works with the client that obtained it
    QString subject;      // the account it was obtained for (a service account's "sub")

    // True while the access token has more than a minute to run, so it does not expire in flight.
    [[nodiscard]] bool accessTokenUsable(const QDateTime &nowUtc) const;
    [[nodiscard]] bool grants(const QStringList &requiredScopes) const;
};

// Reads and writes a source's tokens under sourceSecretKey(sourceName, "gmail-token").
class GmailTokenStore
{
public:
    GmailTokenStore(SecretStore &secrets, QString sourceName);

    [[nodiscard]] static QString secretKey(const QString &sourceName);

    // nullopt when nothing is stored (or what is stored is unreadable: signing in again fixes it).
    [[nodiscard]] GmailResult<std::optional<GmailTokens>> load() const;
    [[nodiscard]] GmailError save(const GmailTokens &tokens) const;
    [[nodiscard]] GmailError clear() const;

private:
    SecretStore &m_secrets;
    QString m_key;
};

} // namespace nocdesk::gmail
