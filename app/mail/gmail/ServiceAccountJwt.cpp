#include "ServiceAccountJwt.h"

#include "GoogleCredentials.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

namespace nocdesk::gmail {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::gmail::ServiceAccountJwt)
};

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString openSslReason()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return Text::tr("unknown OpenSSL error");
    char buffer[256];
    ERR_error_string_n(code, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

struct BioFree { void operator()(BIO *bio) const { BIO_free(bio); } };
struct KeyFree { void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); } };
struct MdCtxFree { void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); } };

} // namespace

GmailResult<QByteArray> signServiceAccountJwt(const GoogleCredentials &credentials, const QStringList &scopes,
                                              const QString &subject, const QString &audience,
                                              const QDateTime &issuedAtUtc)
{
    QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")}, {QStringLiteral("typ"), QStringLiteral("JWT")}};
    if (!credentials.privateKeyId.isEmpty())
        header.insert(QStringLiteral("kid"), credentials.privateKeyId);
    const qint64 iat = issuedAtUtc.toSecsSinceEpoch();
    QJsonObject claims{{QStringLiteral("iss"), credentials.clientEmail},
                       {QStringLiteral("scope"), scopes.join(QLatin1Char(' '))},
                       {QStringLiteral("aud"), audience},
                       {QStringLiteral("iat"), iat},
                       {QStringLiteral("exp"), iat + 3600}}; // Google's maximum lifetime
    if (!subject.isEmpty())
        claims.insert(QStringLiteral("sub"), subject);
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
                                    + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));

    auto keyError = [&credentials](const QString &reason) {
        return GmailError::make(GmailFailure::Configuration,
                                Text::tr("The private key of the service account %1 cannot be used: %2.")
                                    .arg(credentials.clientEmail, reason));
    };
    const std::unique_ptr<BIO, BioFree> bio(
        BIO_new_mem_buf(credentials.privateKeyPem.constData(), int(credentials.privateKeyPem.size())));
    if (!bio)
        return keyError(openSslReason());
    const std::unique_ptr<EVP_PKEY, KeyFree> key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    if (!key)
        return keyError(openSslReason());
    if (EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_RSA)
        return keyError(Text::tr("not an RSA key"));

    const std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    size_t length = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &length,
                          reinterpret_cast<const unsigned char *>(signingInput.constData()),
                          size_t(signingInput.size())) != 1)
        return keyError(openSslReason());
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(signingInput.constData()),
                       size_t(signingInput.size())) != 1)
        return keyError(openSslReason());
    signature.truncate(qsizetype(length));
    return QByteArray(signingInput + '.' + base64Url(signature));
}

} // namespace nocdesk::gmail
