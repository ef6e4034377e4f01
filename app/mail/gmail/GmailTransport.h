#pragma once

#include "BlockingHttp.h"
#include "GmailResult.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QUrl>

#include <chrono>
#include <functional>

namespace nocdesk::gmail {

// A request to Google: the transport's, with the OAuth token it carries.
struct HttpRequest : net::HttpRequest
{
    QString bearerToken; // sent as "Authorization: Bearer ..." when set
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QByteArray retryAfter; // the Retry-After header, when the server sent one
    int attempts = 1;      // how many times sendWithRetry() sent it
};

// How often and how patiently a request is repeated when Google says "later" (5xx, 429, a
// rate-limit 403): Google asks for exponential backoff with jitter.
struct RetryPolicy
{
    int maxAttempts = 5;
    std::chrono::milliseconds baseDelay{1000};
    std::chrono::milliseconds maxDelay{32000};
};

// Google's side of the blocking transport (net::BlockingHttp, which does the waiting): a
// timeout per request, retries with backoff, and failures in GmailError's terms. TLS is verified
// and never relaxed; an untrusted certificate becomes a failure that names it. Create, use and
// destroy it on one thread (a pool thread is fine).
class GmailTransport
{
public:
    GmailTransport(RetryPolicy retry, std::chrono::milliseconds requestTimeout);

    // One exchange. A transport failure (DNS, refused, TLS, timeout, cancel) is an error; any
    // HTTP answer, 4xx and 5xx included, is a response.
    [[nodiscard]] GmailResult<HttpResponse> send(const HttpRequest &request, const QDeadlineTimer &deadline,
                                                 const CancelCheck &cancelled);
    // send(), repeated with exponential backoff while the answer is retryable, up to
    // maxAttempts or until the next wait would pass the deadline; then the last answer.
    [[nodiscard]] GmailResult<HttpResponse> sendWithRetry(const HttpRequest &request, const QDeadlineTimer &deadline,
                                                          const CancelCheck &cancelled);

    // The waits of net::BlockingHttp, for the sign-in flow that shares this transport's network.
    using Wait = net::BlockingHttp::Wait;
    bool pause(std::chrono::milliseconds delay, const CancelCheck &cancelled) { return m_http.pause(delay, cancelled); }
    Wait waitUntil(const std::function<bool()> &done, const QDeadlineTimer &deadline, const CancelCheck &cancelled)
    {
        return m_http.waitUntil(done, deadline, cancelled);
    }
    void wake() { m_http.wake(); }

    [[nodiscard]] QNetworkAccessManager &network() { return m_http.network(); }

    // Whether Google asks to try again later: 5xx, 429, and 403 with a rate-limit reason.
    [[nodiscard]] static bool isRetryable(const HttpResponse &response);
    // Google's explanation in an error body: the JSON API's error.message, or the token
    // endpoint's error_description (or error). Empty when the body has neither.
    [[nodiscard]] static QString googleErrorMessage(const QByteArray &body);
    // The token endpoint's error code ("invalid_grant"), or the API's first error reason.
    [[nodiscard]] static QString googleErrorCode(const QByteArray &body);

private:
    std::chrono::milliseconds backoffDelay(int attempt, const HttpResponse &response) const;

    net::BlockingHttp m_http;
    RetryPolicy m_retry;
    std::chrono::milliseconds m_requestTimeout;
};

} // namespace nocdesk::gmail
