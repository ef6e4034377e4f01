#pragma once

#include <QString>

#include <vmime/security/cert/X509Certificate.hpp>
#include <vmime/security/cert/certificateVerifier.hpp>

#include <memory>
#include <vector>

namespace nocdesk::mail::detail {

// What the TLS handshake showed of the server, kept whether or not it was trusted.
struct ServerCertificate
{
    enum class Verdict { NotSeen, Trusted, UnknownIssuer, WrongName, Expired, NotYetValid, Unsupported };
    Verdict verdict = Verdict::NotSeen;
    QString subject;     // "CN=..., O=..."
    QString fingerprint; // SHA-256 of the DER, "AB:CD:..."
    QString hostname;    // the name it was checked against
};

using X509List = std::vector<vmime::shared_ptr<vmime::security::cert::X509Certificate>>;

// A server certificate may chain to the system's CAs or to those in the source's caFile (PEM,
// one or more). caFileRoots() reads the file, and throws ImapError (TlsUntrusted) when it cannot
// be used: a CA the operator named and that silently did not count would be worse; empty
// without a caFile. systemRoots() are the system's (read from disk once per process).
[[nodiscard]] X509List caFileRoots(const QString &caFile);
[[nodiscard]] X509List systemRoots();

// vmime's default verification (chain to a root, validity dates, host name) against the
// system's CAs and the CA file's, recording the leaf certificate and the verdict before a
// rejection unwinds the handshake. The system's CAs are only read when the CA file's do not
// vouch for the server.
class RecordingCertificateVerifier : public vmime::security::cert::certificateVerifier
{
public:
    RecordingCertificateVerifier(const X509List &caFileRoots, std::shared_ptr<ServerCertificate> seen);

    void verify(vmime::shared_ptr<vmime::security::cert::certificateChain> chain,
                const vmime::string &hostname) override;

private:
    X509List m_caFileRoots;
    std::shared_ptr<ServerCertificate> m_seen;
};

// "the certificate is signed by an unknown CA" and so on, for the operator; empty when trusted.
[[nodiscard]] QString verdictText(const ServerCertificate &certificate);

} // namespace nocdesk::mail::detail
