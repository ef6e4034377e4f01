#pragma once

#include "GmailResult.h"
#include "GmailSettings.h"
#include "GmailTokenStore.h"
#include "GoogleCredentials.h"

#include <QDeadlineTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

namespace nocdesk::gmail {

class GmailTransport;

// Obtains the access token for a source's API calls: the stored one while it lasts, else a
// refreshed one (OAuth client) or one for a newly signed JWT (service account); and runs the
// interactive sign-in. Everything it obtains goes to the token store, and nowhere else.
class GoogleAuthorizer
{
public:
    using OpenBrowser = std::function<void(const QUrl &url)>;

    GoogleAuthorizer(const GmailSettings &settings, GmailTokenStore store, GmailTransport &transport,
                     std::chrono::milliseconds signInTimeout);

    // The credentials file, read once. Configuration failure when it is missing or not Google's.
    [[nodiscard]] GmailResult<GoogleCredentials> credentials();

    [[nodiscard]] GmailResult<QString> accessToken(const QDeadlineTimer &deadline, const CancelCheck &cancelled);
    // The API refused the token (401): the next accessToken() gets a new one.
    void discardAccessToken();
    [[nodiscard]] QStringList grantedScopes() const;

    [[nodiscard]] GmailError signIn(const OpenBrowser &openBrowser, const CancelCheck &cancelled);
    [[nodiscard]] GmailError signOut();

private:
    GmailResult<QString> refresh(const GoogleCredentials &credentials, const QDeadlineTimer &deadline,
                                 const CancelCheck &cancelled);
    GmailResult<QString> serviceAccountToken(const GoogleCredentials &credentials, const QDeadlineTimer &deadline,
                                             const CancelCheck &cancelled);
    // Reads a token endpoint's answer into m_tokens and the store.
    GmailResult<QString> acceptTokenResponse(const QByteArray &body, const QString &clientId);
    enum class Grant { AuthorizationCode, RefreshToken, ServiceAccount };
    GmailError tokenEndpointError(int status, const QByteArray &body, Grant grant) const;
    [[nodiscard]] QUrl tokenUrl(const GoogleCredentials &credentials) const;
    [[nodiscard]] QUrl authUrl(const GoogleCredentials &credentials) const;
    void storeQuietly();

    const GmailSettings &m_settings;
    GmailTokenStore m_store;
    GmailTransport &m_transport;
    std::chrono::milliseconds m_signInTimeout;
    std::optional<GoogleCredentials> m_credentials;
    std::optional<GmailTokens> m_tokens; // in memory once loaded from the store
    bool m_loaded = false;
};

} // namespace nocdesk::gmail
