#pragma once

#include "GmailResult.h"
#include "GmailSettings.h"
#include "GmailTypes.h"

#include <QDateTime>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

namespace nocdesk {
class SecretStore;
}

namespace nocdesk::gmail {

struct GmailClientOptions
{
    std::chrono::milliseconds requestTimeout{30000};
    // validate() answers within this, whatever the network does.
    std::chrono::milliseconds validateBudget{15000};
    // How long signIn() waits for the operator to finish in the browser.
    std::chrono::milliseconds signInTimeout{std::chrono::minutes(5)};
    // Retries of 5xx/429/rate-limited answers: delays of base, 2*base, 4*base ... (plus up to
    // one base of jitter), each at most maxDelay; maxAttempts counts the first try.
    int maxAttempts = 5;
    std::chrono::milliseconds retryBaseDelay{1000};
    std::chrono::milliseconds retryMaxDelay{32000};
    int pageSize = 500; // messages.list maxResults (Google's maximum is 500)
};

// The Gmail API for one notification source, blocking: meant for a QThreadPool task or the
// CLI, never the GUI thread. It owns a QNetworkAccessManager and waits in a local event loop
// per call, so construct, use and destroy it on one thread. Tokens are read from and written to
// the SecretStore only; they never reach a log or the settings.
//
// Authorization depends on the credentials file: an OAuth client needs signIn() once (a
// browser), after which the refresh token keeps it working until it is revoked or expires
// (then calls fail with SignInRequired); a service account needs nothing.
class GmailClient
{
public:
    // Called with the Google consent page to show the operator: the GUI opens it with
    // QDesktopServices (queue it to the GUI thread), the CLI prints it. It is called on the
    // client's thread and must not block.
    using OpenBrowser = std::function<void(const QUrl &url)>;
    // listed so far, Google's estimate of the total
    using Progress = std::function<void(int listed, int estimate)>;

    GmailClient(QString sourceName, GmailSettings settings, SecretStore &secrets, GmailClientOptions options = {});
    ~GmailClient();
    GmailClient(const GmailClient &) = delete;
    GmailClient &operator=(const GmailClient &) = delete;

    [[nodiscard]] const GmailSettings &settings() const;
    [[nodiscard]] bool usesServiceAccount() const;

    // The installed-app flow: listens on 127.0.0.1 for the redirect, sends the operator to
    // Google (PKCE S256, offline access), exchanges the code and stores the tokens. For a
    // service account it fetches a token, which proves the key and the delegation.
    [[nodiscard]] GmailError signIn(const OpenBrowser &openBrowser, const CancelCheck &cancelled = {});
    // Forgets the stored tokens (Google keeps the grant until the operator revokes it there).
    [[nodiscard]] GmailError signOut();

    // Authenticates, reads the profile and lists the labels, within options.validateBudget:
    // either what was found, or exactly what failed.
    [[nodiscard]] GmailResult<GmailValidation> validate(const CancelCheck &cancelled = {});

    // The messages.list search for a fetch: "after:<epoch s>" when after is valid, the
    // providers' addresses (only while sourceHeader is From, as Gmail can search no other
    // header) and limitEmailsWithNotHeaderFrom, each as a {from:a from:b} group.
    [[nodiscard]] QString searchQuery(const QDateTime &after, const QStringList &providerSenders = {}) const;
    // Every message id matching query, newest first, following nextPageToken to the end.
    [[nodiscard]] GmailResult<QStringList> listMessageIds(const QString &query, const Progress &progress = {},
                                                          const CancelCheck &cancelled = {});
    [[nodiscard]] GmailResult<GmailMessage> rawMessage(const QString &id, const CancelCheck &cancelled = {});
    [[nodiscard]] GmailError modifyLabels(const QString &id, const QStringList &add, const QStringList &remove,
                                          const CancelCheck &cancelled = {});
    // Labels a processed message with its outcome's label (settings().labels) and takes the
    // other outcomes' labels off, so a message reprocessed shows only its latest outcome.
    // Nothing to do, and ok, when no label is configured for that outcome.
    [[nodiscard]] GmailError applyOutcomeLabel(const QString &id, const QString &outcomeName,
                                               const CancelCheck &cancelled = {});

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace nocdesk::gmail
