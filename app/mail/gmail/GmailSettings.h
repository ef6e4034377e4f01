#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

namespace nocdesk::gmail {

// The outcomes a processed message can be labelled with (GmailSettings::labels keys).
namespace outcome {
inline const QString kUnknownProvider = QStringLiteral("unknown-provider");
inline const QString kParsingFailed = QStringLiteral("parsing-failed");
inline const QString kParsed = QStringLiteral("parsed");
inline const QString kIgnored = QStringLiteral("ignored");
inline const QString kOutOfSequence = QStringLiteral("out-of-sequence");
inline const QString kUnknownCids = QStringLiteral("unknown-cids");
// All of the above, in that order.
[[nodiscard]] const QStringList &all();
} // namespace outcome

inline const QString kScopeReadonly = QStringLiteral("https://www.googleapis.com/auth/gmail.readonly");
inline const QString kScopeModify = QStringLiteral("https://www.googleapis.com/auth/gmail.modify");

// One Gmail API notification source as the operator configures it. The keys of
// fromVariantMap()/toVariantMap() are the issue's: account, credentials_file, source_header,
// limit_emails_with_not_header_from, extra_scopes, labels (a map outcome -> label id), and
// api_base_url, token_url, auth_url, which only tests set.
struct GmailSettings
{
    QString account;         // the mailbox (user@example.com); the subject a service account impersonates
    QString credentialsFile; // Google's OAuth client JSON ("installed"/"web") or a service-account key
    QString sourceHeader = QStringLiteral("From"); // the header that names the provider
    // Only mail whose From is one of these is fetched: for mailboxes fed through a group or a
    // forwarder, where From is the relay and sourceHeader (X-Original-Sender, ...) names the
    // provider. Empty: no restriction.
    QStringList limitEmailsWithNotHeaderFrom;
    QStringList extraScopes; // full scope URLs, or short names ("gmail.labels")
    QHash<QString, QString> labels; // outcome name -> Gmail label id (Label_12, or a system id)

    // Empty: Google's real endpoints (the credentials file's token_uri/auth_uri where it has them).
    QUrl apiBaseUrl;
    QUrl tokenUrl;
    QUrl authUrl;

    [[nodiscard]] static GmailSettings fromVariantMap(const QVariantMap &map);
    [[nodiscard]] QVariantMap toVariantMap() const;

    [[nodiscard]] QUrl effectiveApiBaseUrl() const;
    // gmail.modify when labels are applied (it includes reading), gmail.readonly otherwise, plus
    // extraScopes expanded to URLs; sorted, without duplicates.
    [[nodiscard]] QStringList scopes() const;
    // The label id configured for outcome, or empty.
    [[nodiscard]] QString labelFor(const QString &outcomeName) const;
};

} // namespace nocdesk::gmail
