#pragma once

#include "GmailResult.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace nocdesk::gmail {

// What a credentials_file holds: an OAuth client the operator signs in with (Google Cloud
// console: "Desktop app" gives "installed", "Web application" gives "web"), or a service
// account key (type "service_account") that signs its own tokens and impersonates the account
// through domain-wide delegation.
struct GoogleCredentials
{
    enum class Kind { OAuthClient, ServiceAccount };
    Kind kind = Kind::OAuthClient;

    // OAuthClient
    QString clientId;
    QString clientSecret;
    QUrl authUri;
    QStringList redirectUris;
    bool webClient = false; // "web": the redirect must be one registered with Google

    // ServiceAccount
    QString clientEmail;
    QByteArray privateKeyPem;
    QString privateKeyId;

    // Both
    QUrl tokenUri;

    [[nodiscard]] static GmailResult<GoogleCredentials> fromJson(const QByteArray &json, const QString &origin);
    [[nodiscard]] static GmailResult<GoogleCredentials> fromFile(const QString &path);
};

} // namespace nocdesk::gmail
