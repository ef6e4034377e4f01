#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>

class QEventLoop;

namespace nocdesk::net {

struct HttpRequest
{
    QByteArray verb = QByteArrayLiteral("GET");
    QUrl url;
    QByteArray body;
    QByteArray contentType;                       // sent when set
    QList<QPair<QByteArray, QByteArray>> headers; // raw, as given (Accept, Authorization, ...)
    // Qt's transfer timeout: the exchange fails (OperationCanceledError) when no data moves for
    // this long; 0 for none. The deadline given to send() bounds the whole exchange.
    std::chrono::milliseconds transferTimeout{0};
};

// What came of one exchange: an HTTP answer (any status), or why there is none. The clients
// word the failure for their operators; everything they need for that is here.
struct HttpReply
{
    enum class Outcome { Answered, Failed, TimedOut, Cancelled };
    Outcome outcome = Outcome::Failed;
    int status = 0;
    QByteArray body;
    QByteArray retryAfter; // the Retry-After header, when the server sent one
    // For Failed: what Qt said, the TLS errors it reported and the certificate the peer showed.
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QList<QSslError> sslErrors;
    QSslCertificate peerCertificate;
};

// Blocking HTTP for one thread: its own QNetworkAccessManager, a local event loop per call, a
// deadline and a cancel check on every wait. TLS is verified (Qt's default) and never relaxed:
// nothing here ignores an SSL error, an untrusted certificate is a failure. Create, use and
// destroy it on one thread (a pool thread is fine).
class BlockingHttp
{
public:
    // Polled while a call waits; true stops the wait.
    using CancelCheck = std::function<bool()>;
    enum class Wait { Done, TimedOut, Cancelled };

    // One exchange, given up when the deadline passes or cancelled() says so.
    [[nodiscard]] HttpReply send(const HttpRequest &request, const QDeadlineTimer &deadline, const CancelCheck &cancelled);

    // Runs a local event loop until done() is true, the deadline passes or cancelled() says so;
    // done() is asked at least every 50 ms. Signals that may make done() true call wake().
    Wait waitUntil(const std::function<bool()> &done, const QDeadlineTimer &deadline, const CancelCheck &cancelled);
    void wake();
    // Waits without blocking the thread's event loop; false when cancelled during the wait.
    bool pause(std::chrono::milliseconds delay, const CancelCheck &cancelled);

    [[nodiscard]] QNetworkAccessManager &network() { return m_network; }

private:
    QNetworkAccessManager m_network;
    QEventLoop *m_loop = nullptr; // the one waitUntil() runs, for wake()
};

} // namespace nocdesk::net
