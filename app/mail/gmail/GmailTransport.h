#pragma once

#include "GmailResult.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QUrl>

#include <chrono>
#include <functional>

namespace nocdesk::gmail {

struct HttpRequest
{
    QByteArray verb = QByteArrayLiteral("GET");
    QUrl url;
    QByteArray body;
    QByteArray contentType;
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

// Blocking HTTP for one thread: its own QNetworkAccessManager, a local event loop per call, a
// timeout and a cancel check on every wait. TLS is verified (Qt's default) and never relaxed;
// an untrusted certificate becomes a failure that names it. Create, use and destroy it on one
// thread (a pool thread is fine).
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

    // Waits without blocking the thread's event loop; false when cancelled during the wait.
    bool pause(std::chrono::milliseconds delay, const CancelCheck &cancelled);
    // Runs a local event loop until done() is true, the deadline passes or cancelled() says so.
    enum class Wait { Done, TimedOut, Cancelled };
    // Signals that may make done() true call wake().
    Wait waitUntil(const std::function<bool()> &done, const QDeadlineTimer &deadline, const CancelCheck &cancelled);
    void wake();

    [[nodiscard]] QNetworkAccessManager &network() { return m_network; }

    // Whether Google asks to try again later: 5xx, 429, and 403 with a rate-limit reason.
    [[nodiscard]] static bool isRetryable(const HttpResponse &response);
    // Google's explanation in an error body: the JSON API's error.message, or the token
    // endpoint's error_description (or error). Empty when the body has neither.
    [[nodiscard]] static QString googleErrorMessage(const QByteArray &body);
    // The token endpoint's error code ("invalid_grant"), or the API's first error reason.
    [[nodiscard]] static QString googleErrorCode(const QByteArray &body);

private:
    std::chrono::milliseconds backoffDelay(int attempt, const HttpResponse &response) const;

    QNetworkAccessManager m_network;
    QEventLoop *m_loop = nullptr; // the one waitUntil() runs, for wake()
    RetryPolicy m_retry;
    std::chrono::milliseconds m_requestTimeout;
};

} // namespace nocdesk::gmail
