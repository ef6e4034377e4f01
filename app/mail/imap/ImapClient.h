#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace nocdesk::mail {

enum class TlsMode {
    Implicit, // TLS from the first byte (IMAPS, usually port 993)
    StartTls, // plain connect, then STARTTLS before the login; refused when the server lacks it
    None,     // no encryption at all; only when an operator chose it
};

struct ImapSettings
{
    QString host;
    quint16 port = 993;
    TlsMode tls = TlsMode::Implicit;
    QString account;
    QString folder = QStringLiteral("INBOX"); // as the server names it, with its separator
    QString caFile; // extra trusted CA (PEM); the system CAs in /etc/ssl/certs are always trusted
    int timeoutSeconds = 15; // the longest the server may stay silent (validate: in all)
};

enum class ImapFailure {
    None,
    NameNotResolved,   // the host name has no address
    ConnectionRefused, // nothing listens on host:port
    Timeout,           // no answer within timeoutSeconds
    TlsUntrusted,      // the certificate is not trusted (unknown CA, wrong name, expired)
    LoginRejected,     // the server refused the account or password
    FolderMissing,     // no folder of that name
    Protocol,          // anything else the server or the connection did wrong, said in message
    Cancelled,         // cancelled() said so, or deliver() declined a batch
};

struct ImapValidation
{
    ImapFailure failure = ImapFailure::None; // None: ok
    QString message; // tr(): what was found, or exactly what failed
    qint64 messageCount = 0;
    quint32 uidValidity = 0;
    QStringList capabilities;
    // The server's certificate, filled whenever the TLS handshake was reached (also, and above
    // all, on TlsUntrusted, so the operator can compare it with what the provider says).
    QString certificateSubject;     // e.g. "CN=imap.example.net, O=Example"
    QString certificateFingerprint; // SHA-256, "AB:CD:..." as `openssl x509 -fingerprint -sha256`
};

struct ImapSyncState
{
    quint32 uidValidity = 0; // 0: never fetched
    quint32 lastUid = 0;     // the highest UID accepted so far
};

struct ImapMessage
{
    quint32 uid = 0;
    QByteArray raw; // the whole RFC 822 message as the server holds it (CRLF), never truncated
};

struct ImapFetchResult
{
    ImapSyncState state;             // where the next fetch continues
    bool uidValidityChanged = false; // the folder was recreated: everything was offered again from UID 1
    qint64 delivered = 0;            // messages in the batches deliver() accepted
    ImapFailure failure = ImapFailure::None;
    QString message; // tr(): what was fetched, or exactly what failed
};

// One IMAP mailbox folder, read-only, on vmime. Blocking: run it on a pool thread (or the
// CLI), one client per task; clients on different threads are independent. The folder is
// opened with EXAMINE and bodies are fetched with BODY.PEEK, so no \Seen flag is ever set.
// TLS is verified against the system CAs plus settings.caFile, and is never turned off
// silently. Every wait on the server is bounded by settings.timeoutSeconds.
class ImapClient
{
public:
    ImapClient(ImapSettings settings, QString password);

    [[nodiscard]] const ImapSettings &settings() const { return m_settings; }

    // Connects, authenticates and opens the folder read-only: within timeoutSeconds in all
    // (plus at most half a second, on a timeout, to tell a silent server from one that cannot
    // be reached).
    [[nodiscard]] ImapValidation validate();

    // Offers the messages with UID > from.lastUid (all of them when UIDVALIDITY differs from
    // from.uidValidity) in ascending UID order, in batches of at most batchSize. deliver()
    // commits them and returns true to continue; the state only advances past a batch that
    // deliver() accepted (false ends the fetch as Cancelled, the batch to be offered again).
    // progress(done, total); cancelled() is polled between batches, and while waiting on the
    // server. A failure mid-way keeps the state of the last accepted batch.
    [[nodiscard]] ImapFetchResult fetch(const ImapSyncState &from,
                                        const std::function<bool(const QList<ImapMessage> &)> &deliver,
                                        const std::function<void(qint64 done, qint64 total)> &progress = {},
                                        const std::function<bool()> &cancelled = {}, int batchSize = 100);

private:
    ImapSettings m_settings;
    QString m_password;
};

} // namespace nocdesk::mail
