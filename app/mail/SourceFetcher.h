#pragma once

#include "MailPipeline.h"
#include "SourceConfig.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace nocdesk {

class SecretStore;

// What a source's Validate found: either what is there, or exactly what failed. A source that
// cannot be reached is reported here, never as a mail that cannot be parsed.
struct SourceCheck
{
    bool ok = false;
    QString failure;       // stable name ("login-rejected", "tls-untrusted", ...); empty when ok
    QString message;       // for the operator, translated
    QStringList details;   // capabilities, labels, the certificate's subject and fingerprint, ...
};

// What one fetch did.
struct FetchReport
{
    bool ok = true;
    QString failure;       // as SourceCheck::failure
    QString message;
    qint64 offered = 0;    // messages the server offered
    qint64 stored = 0;     // new notifications
    qint64 duplicates = 0; // already stored (same Message-ID or source id)
    QMap<QString, int> outcomes; // outcome name -> count, of the new ones
    QList<qint64> notificationIds; // the new notifications
    QList<qint64> maintenanceIds;  // the maintenances they created or updated
};

// Validates and fetches one notification source into the mail pipeline. Blocking: runs on a
// pool thread or in the CLI. The fetch stores each mail (committed) before it tells the server
// anything (a Gmail outcome label) and before it moves the source's bookmark, so a fetch that
// dies half-way loses nothing and the next one stores nothing twice.
class SourceFetcher
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::SourceFetcher)
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;
    using Cancelled = std::function<bool()>;
    // Opens the operator's browser for a Gmail sign-in (the GUI queues it, the CLI prints it).
    using OpenBrowser = std::function<void(const QUrl &)>;

    SourceFetcher(Store store, SecretStore &secrets, QString actor);

    // A password given for this run only (nocdesk-cli --secret-env); otherwise the keychain's.
    void setPasswordOverride(const std::optional<QString> &password) { m_passwordOverride = password; }

    SourceCheck validate(const SourceConfig &source, const Cancelled &cancelled = {});
    FetchReport fetch(const SourceConfig &source, const Progress &progress = {}, const Cancelled &cancelled = {});
    // Gmail with an OAuth client: the one-time consent in a browser.
    SourceCheck signIn(const SourceConfig &source, const OpenBrowser &openBrowser, const Cancelled &cancelled = {});

private:
    SourceCheck validateGmail(const SourceConfig &source, const Cancelled &cancelled);
    FetchReport fetchGmail(const SourceConfig &source, const Progress &progress, const Cancelled &cancelled);
    SourceCheck validateImap(const SourceConfig &source, const Cancelled &cancelled);
    FetchReport fetchImap(const SourceConfig &source, const Progress &progress, const Cancelled &cancelled);
    // The IMAP password, or why there is none.
    std::optional<QString> imapPassword(const SourceConfig &source, QString *why);
    void count(FetchReport &report, const MailResult &result);

    Store m_store;
    SecretStore &m_secrets;
    QString m_actor;
    std::optional<QString> m_passwordOverride;
};

} // namespace nocdesk
