#pragma once

#include <QByteArray>

namespace nocdesk::gmail {

// RFC 7636 proof key for the authorization-code flow: Qt 6.4's QOAuth2AuthorizationCodeFlow
// has none, so the sign-in adds it through the modify-parameters hook.
struct Pkce
{
    QByteArray verifier;  // 64 unreserved characters from a CSPRNG
    QByteArray challenge; // BASE64URL(SHA256(verifier)), no padding
    static constexpr const char *method = "S256";

    [[nodiscard]] static Pkce generate();
    [[nodiscard]] static QByteArray challengeFor(const QByteArray &verifier);
};

} // namespace nocdesk::gmail
