#pragma once

#include "GmailResult.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace nocdesk::gmail {

struct GoogleCredentials;

inline const QString kJwtBearerGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer");

// The signed assertion a service account exchanges for an access token (Google's "OAuth 2.0
// for server to server applications"): RS256 over {iss, scope, aud, iat, exp, sub}, signed
// with the key from the credentials file through OpenSSL. subject is the mailbox the account
// impersonates (domain-wide delegation); Gmail has no mailbox of a service account's own.
[[nodiscard]] GmailResult<QByteArray> signServiceAccountJwt(const GoogleCredentials &credentials,
                                                            const QStringList &scopes, const QString &subject,
                                                            const QString &audience, const QDateTime &issuedAtUtc);

} // namespace nocdesk::gmail
