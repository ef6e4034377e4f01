#include "Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace nocdesk::gmail {

Pkce Pkce::generate()
{
    // RFC 7636 4.1: 43-128 characters from [A-Za-z0-9-._~]; 64 of them carry 384 bits.
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    constexpr int alphabetSize = sizeof(alphabet) - 1;
    QByteArray verifier(64, Qt::Uninitialized);
    QRandomGenerator *random = QRandomGenerator::system();
    for (char &c : verifier)
        c = alphabet[random->bounded(alphabetSize)];
    return Pkce{verifier, challengeFor(verifier)};
}

QByteArray Pkce::challengeFor(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace nocdesk::gmail
