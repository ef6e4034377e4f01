#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

// Keys and certificates made at test time with OpenSSL, so none is committed.
namespace testcrypto {

struct RsaKeyPair
{
    QByteArray privatePem; // PKCS#8 "BEGIN PRIVATE KEY", as in Google's service-account files
    QByteArray publicPem;  // SubjectPublicKeyInfo "BEGIN PUBLIC KEY"
};

RsaKeyPair generateRsaKey(int bits = 2048);
// RS256 (RSASSA-PKCS1-v1_5 with SHA-256) over data.
bool verifyRs256(const QByteArray &publicPem, const QByteArray &data, const QByteArray &signature);

struct TlsIdentity
{
    QSslCertificate certificate;
    QSslKey key;
};
// A self-signed certificate for commonName, valid for a day.
TlsIdentity selfSigned(const QString &commonName, const RsaKeyPair &key);

} // namespace testcrypto
