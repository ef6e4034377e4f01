#pragma once

#include <QString>

#include <functional>
#include <utility>

namespace nocdesk::gmail {

// What went wrong talking to Google, in the terms an operator can act on. The message that goes
// with it (GmailError::message) says the specifics.
enum class GmailFailure {
    None,
    Configuration,     // credentials file missing, unreadable, or not a Google client/service account
    Keyring,           // the token store could not be read or written
    NameNotResolved,   // DNS: the host name does not resolve
    ConnectionRefused, // nothing listens there, or a firewall rejects it
    Timeout,           // no complete answer in time
    TlsUntrusted,      // the server's certificate is not trusted (subject and fingerprint given)
    Network,           // any other transport failure (reset, proxy, ...)
    SignInRequired,    // never signed in, or the refresh token expired or was revoked
    Forbidden,         // 403: scope missing, API disabled, service account not delegated
    Http,              // any other HTTP error, with Google's own message
    Protocol,          // the answer is not the documented shape
    Cancelled,         // the caller cancelled
};

struct GmailError
{
    GmailFailure failure = GmailFailure::None;
    QString message;   // translated, says what happened and what to do; empty when ok
    int httpStatus = 0; // when the server answered
    // For TlsUntrusted: the certificate the server presented.
    QString certificateSubject;
    QString certificateSha256; // hex pairs separated by ':'

    [[nodiscard]] bool ok() const { return failure == GmailFailure::None; }
    [[nodiscard]] static GmailError make(GmailFailure failure, QString message, int httpStatus = 0)
    {
        GmailError error;
        error.failure = failure;
        error.message = std::move(message);
        error.httpStatus = httpStatus;
        return error;
    }
};

// A value, or why there is none.
template<typename T>
struct GmailResult
{
    T value{};
    GmailError error;

    GmailResult() = default;
    GmailResult(T v) : value(std::move(v)) {} // NOLINT: implicit on purpose, `return value;`
    GmailResult(GmailError e) : error(std::move(e)) {} // NOLINT

    [[nodiscard]] bool ok() const { return error.ok(); }
};

// Polled while a call waits on the network or between retries; true stops the call with
// GmailFailure::Cancelled.
using CancelCheck = std::function<bool()>;

// The stable, untranslated name of a failure ("sign-in-required"), for logs and the CLI's JSON.
[[nodiscard]] QString failureName(GmailFailure failure);

} // namespace nocdesk::gmail
