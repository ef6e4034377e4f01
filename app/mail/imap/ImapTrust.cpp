#include "ImapTrust.h"

#include "ImapError.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <algorithm>

#include <vmime/security/cert/certificateChain.hpp>
#include <vmime/security/cert/certificateExpiredException.hpp>
#include <vmime/security/cert/certificateNotTrustedException.hpp>
#include <vmime/security/cert/certificateNotYetValidException.hpp>
#include <vmime/security/cert/defaultCertificateVerifier.hpp>
#include <vmime/security/cert/serverIdentityException.hpp>
#include <vmime/security/cert/unsupportedCertificateTypeException.hpp>

namespace nocdesk::mail::detail {

namespace {

namespace cert = vmime::security::cert;

// The distribution's CA store (/etc/ssl/certs on Debian), as Qt finds it; read once per process
// (thread-safe static) since every client needs it.
const QList<QByteArray> &systemCaDer()
{
    static const QList<QByteArray> der = [] {
        QList<QByteArray> out;
        QSet<QByteArray> seen; // Debian's store lists each CA twice (bundle and single files)
        for (const QSslCertificate &c : QSslConfiguration::systemCaCertificates()) {
            QByteArray der = c.toDer();
            if (!seen.contains(der)) {
                seen.insert(der);
                out << std::move(der);
            }
        }
        return out;
    }();
    return der;
}

vmime::shared_ptr<cert::X509Certificate> importDer(const QByteArray &der)
{
    return cert::X509Certificate::import(reinterpret_cast<const vmime::byte_t *>(der.constData()), size_t(der.size()));
}

QString subjectOf(const QByteArray &der)
{
    const QSslCertificate certificate(der, QSsl::Der);
    QStringList parts;
    QList<QByteArray> attributes = certificate.subjectInfoAttributes();
    // The common name first: it is what an operator compares.
    std::stable_partition(attributes.begin(), attributes.end(), [](const QByteArray &a) { return a == "CN"; });
    for (const QByteArray &attribute : attributes) {
        for (const QString &value : certificate.subjectInfo(attribute))
            parts << QString::fromLatin1(attribute) + QLatin1Char('=') + value;
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

X509List caFileRoots(const QString &caFile)
{
    X509List roots;
    if (caFile.isEmpty())
        return roots;

    QFile file(caFile);
    if (!file.open(QIODevice::ReadOnly)) {
        throw ImapError{ImapFailure::TlsUntrusted,
                        ImapText::tr("The CA file %1 cannot be read (%2), so the server cannot be verified.")
                            .arg(caFile, file.errorString())};
    }
    const QByteArray data = file.readAll();
    QList<QSslCertificate> extra = QSslCertificate::fromData(data, QSsl::Pem);
    if (extra.isEmpty())
        extra = QSslCertificate::fromData(data, QSsl::Der);
    if (extra.isEmpty()) {
        throw ImapError{ImapFailure::TlsUntrusted,
                        ImapText::tr("The CA file %1 holds no certificate (PEM expected), so the server cannot be verified.")
                            .arg(caFile)};
    }
    for (const QSslCertificate &c : extra) {
        if (auto imported = importDer(c.toDer()))
            roots.push_back(imported);
    }
    return roots;
}

X509List systemRoots()
{
    X509List roots;
    for (const QByteArray &der : systemCaDer()) {
        if (auto c = importDer(der))
            roots.push_back(c);
    }
    return roots;
}

RecordingCertificateVerifier::RecordingCertificateVerifier(const X509List &caFileRoots, std::shared_ptr<ServerCertificate> seen)
    : m_caFileRoots(caFileRoots), m_seen(std::move(seen))
{
}

void RecordingCertificateVerifier::verify(vmime::shared_ptr<cert::certificateChain> chain, const vmime::string &hostname)
{
    using Verdict = ServerCertificate::Verdict;
    m_seen->hostname = QString::fromStdString(hostname);
    if (chain && chain->getCount() > 0) {
        const vmime::byteArray encoded = chain->getAt(0)->getEncoded();
        const QByteArray der(reinterpret_cast<const char *>(encoded.data()), qsizetype(encoded.size()));
        m_seen->fingerprint = QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex(':').toUpper());
        m_seen->subject = subjectOf(der);
    }

    const auto verifyWith = [&](const X509List &roots) {
        cert::defaultCertificateVerifier verifier;
        verifier.setX509RootCAs(roots);
        verifier.verify(chain, hostname);
    };
    try {
        bool trusted = false;
        if (!m_caFileRoots.empty()) {
            // A server whose CA file the operator gave usually chains to it, and then the
            // system's store (a few hundred certificates: about a third of a second of CPU in a
            // fresh process, such as a nocdesk-cli fetch run by cron) is not needed. Trust by
            // some of the roots is trust by all of them, and the other checks (chain, dates, host
            // name) do not depend on the roots: the verdict is the one all the roots give.
            try {
                verifyWith(m_caFileRoots);
                trusted = true;
            } catch (const cert::certificateNotTrustedException &) {
                // not chained to the CA file: the system's CAs may know the issuer
            }
        }
        if (!trusted) {
            X509List all = systemRoots();
            all.insert(all.end(), m_caFileRoots.cbegin(), m_caFileRoots.cend());
            verifyWith(all);
        }
        m_seen->verdict = Verdict::Trusted;
    } catch (const cert::serverIdentityException &) {
        m_seen->verdict = Verdict::WrongName;
        throw;
    } catch (const cert::certificateExpiredException &) {
        m_seen->verdict = Verdict::Expired;
        throw;
    } catch (const cert::certificateNotYetValidException &) {
        m_seen->verdict = Verdict::NotYetValid;
        throw;
    } catch (const cert::unsupportedCertificateTypeException &) {
        m_seen->verdict = Verdict::Unsupported;
        throw;
    } catch (const cert::certificateException &) {
        // not chained to a trusted root: certificateNotTrusted or IssuerVerification
        m_seen->verdict = Verdict::UnknownIssuer;
        throw;
    }
}

QString verdictText(const ServerCertificate &certificate)
{
    using Verdict = ServerCertificate::Verdict;
    switch (certificate.verdict) {
    case Verdict::NotSeen:
    case Verdict::Trusted:
        return {};
    case Verdict::UnknownIssuer:
        return ImapText::tr("it is not signed by a trusted certificate authority (for a private or "
                            "self-signed CA, give its certificate as the CA file)");
    case Verdict::WrongName:
        return ImapText::tr("it was issued for another name than %1").arg(certificate.hostname);
    case Verdict::Expired:
        return ImapText::tr("it has expired");
    case Verdict::NotYetValid:
        return ImapText::tr("it is not valid yet");
    case Verdict::Unsupported:
        return ImapText::tr("its type is not supported");
    }
    return {};
}

} // namespace nocdesk::mail::detail
