#include "TestCrypto.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <memory>

namespace testcrypto {

namespace {

struct BioFree { void operator()(BIO *b) const { BIO_free(b); } };
struct KeyFree { void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); } };
struct MdFree { void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); } };
struct X509Free { void operator()(X509 *x) const { X509_free(x); } };

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QByteArray(data, length);
}

std::unique_ptr<EVP_PKEY, KeyFree> readPrivateKey(const QByteArray &pem)
{
    std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return std::unique_ptr<EVP_PKEY, KeyFree>(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

} // namespace

RsaKeyPair generateRsaKey(int bits)
{
    std::unique_ptr<EVP_PKEY, KeyFree> key(EVP_RSA_gen(unsigned(bits)));
    RsaKeyPair pair;
    if (!key)
        return pair;
    std::unique_ptr<BIO, BioFree> privateBio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(privateBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    pair.privatePem = bioContents(privateBio.get());
    std::unique_ptr<BIO, BioFree> publicBio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PUBKEY(publicBio.get(), key.get());
    pair.publicPem = bioContents(publicBio.get());
    return pair;
}

bool verifyRs256(const QByteArray &publicPem, const QByteArray &data, const QByteArray &signature)
{
    std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(publicPem.constData(), int(publicPem.size())));
    std::unique_ptr<EVP_PKEY, KeyFree> key(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
    std::unique_ptr<EVP_MD_CTX, MdFree> ctx(EVP_MD_CTX_new());
    if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                            size_t(signature.size()), reinterpret_cast<const unsigned char *>(data.constData()),
                            size_t(data.size()))
           == 1;
}

TlsIdentity selfSigned(const QString &commonName, const RsaKeyPair &keyPair)
{
    std::unique_ptr<EVP_PKEY, KeyFree> key = readPrivateKey(keyPair.privatePem);
    std::unique_ptr<X509, X509Free> certificate(X509_new());
    X509_set_version(certificate.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(certificate.get()), 1);
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -60);
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), 24 * 3600);
    X509_set_pubkey(certificate.get(), key.get());
    X509_NAME *name = X509_get_subject_name(certificate.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()),
                               -1, -1, 0);
    X509_set_issuer_name(certificate.get(), name);
    X509_sign(certificate.get(), key.get(), EVP_sha256());

    std::unique_ptr<BIO, BioFree> bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), certificate.get());
    return TlsIdentity{QSslCertificate(bioContents(bio.get()), QSsl::Pem),
                       QSslKey(keyPair.privatePem, QSsl::Rsa, QSsl::Pem)};
}

} // namespace testcrypto
