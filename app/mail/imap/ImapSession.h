#pragma once

#include "ImapClient.h"
#include "ImapTrust.h"

#include <QList>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace vmime::net::imap {
class IMAPStore;
}

namespace nocdesk::mail::detail {

// How far a session got: the wording of a timeout or a lost connection says where it happened.
enum class Phase { Connecting, TlsHandshake, Greeting, LoggingIn, OpeningFolder, Listing, Fetching, LoggingOut };

// Bounds every wait vmime makes on the server (see WatchdogTimeoutHandler), and remembers
// why it gave up.
struct Watchdog
{
    std::chrono::milliseconds silence{15000}; // the longest the server may stay silent
    std::optional<std::chrono::steady_clock::time_point> deadline; // validate: the whole session
    std::function<bool()> cancelled;
    enum class Tripped { No, Timeout, Cancelled } tripped = Tripped::No;
    Phase phase = Phase::Connecting;
    QString loginAnswer; // the server's last words on the login ("NO [AUTHENTICATIONFAILED] ...")
};

// One logged-in IMAP connection on vmime, for one folder, read-only. Every method throws
// ImapError (classified, with the operator's message) and nothing else. vmime opens a second
// connection for each folder it selects; this session instead sends EXAMINE, UID SEARCH and
// UID FETCH itself over the store's one connection, through vmime's own command and response
// parser, so a batch of bodies is one round trip instead of one per message.
class ImapSession
{
public:
    struct FolderInfo
    {
        qint64 exists = 0;
        quint32 uidValidity = 0;
    };

    ImapSession(const ImapSettings &settings, const QString &password, std::shared_ptr<Watchdog> watchdog);
    ~ImapSession();
    ImapSession(const ImapSession &) = delete;
    ImapSession &operator=(const ImapSession &) = delete;

    void connect();
    [[nodiscard]] QStringList capabilities() const { return m_capabilities; }
    [[nodiscard]] const ServerCertificate &certificate() const { return *m_certificate; }

    FolderInfo examine();
    // Every UID above `after`, ascending (the server's answer to "n:*" may include a lower one).
    QList<quint32> uidsAfter(quint32 after);
    // The whole messages of these UIDs in ascending UID order; a UID expunged meanwhile is
    // simply absent.
    QList<ImapMessage> fetch(const QList<quint32> &uids);
    // LOGOUT when the connection is still healthy; never throws.
    void close() noexcept;

    [[nodiscard]] QString where() const; // "host:port" for messages

private:
    struct Response;
    Response command(const std::string &text, Phase phase);
    [[nodiscard]] std::string mailboxName() const;
    [[nodiscard]] QStringList folderNames();
    [[nodiscard]] bool folderExists();
    [[noreturn]] void rethrowClassified(Phase phase);
    [[nodiscard]] QString timeoutText() const;

    ImapSettings m_settings;
    std::shared_ptr<Watchdog> m_watchdog;
    std::shared_ptr<ServerCertificate> m_certificate;
    std::shared_ptr<bool> m_noSaslMechanism = std::make_shared<bool>(false);
    std::shared_ptr<vmime::net::imap::IMAPStore> m_store;
    QStringList m_capabilities;
};

} // namespace nocdesk::mail::detail
