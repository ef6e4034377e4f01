#include "GmailResult.h"

namespace nocdesk::gmail {

QString failureName(GmailFailure failure)
{
    switch (failure) {
    case GmailFailure::None: return QStringLiteral("none");
    case GmailFailure::Configuration: return QStringLiteral("configuration");
    case GmailFailure::Keyring: return QStringLiteral("keyring");
    case GmailFailure::NameNotResolved: return QStringLiteral("name-not-resolved");
    case GmailFailure::ConnectionRefused: return QStringLiteral("connection-refused");
    case GmailFailure::Timeout: return QStringLiteral("timeout");
    case GmailFailure::TlsUntrusted: return QStringLiteral("tls-untrusted");
    case GmailFailure::Network: return QStringLiteral("network");
    case GmailFailure::SignInRequired: return QStringLiteral("sign-in-required");
    case GmailFailure::Forbidden: return QStringLiteral("forbidden");
    case GmailFailure::Http: return QStringLiteral("http");
    case GmailFailure::Protocol: return QStringLiteral("protocol");
    case GmailFailure::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

} // namespace nocdesk::gmail
