#include "BlockingHttp.h"

#include <QEventLoop>
#include <QTimer>

#include <memory>
#include <utility>

namespace nocdesk::net {

namespace {

using namespace std::chrono_literals;

// Often enough that a cancel feels immediate; the network itself wakes the loop at once.
constexpr auto kCancelPollInterval = 50ms;

} // namespace

BlockingHttp::Wait BlockingHttp::waitUntil(const std::function<bool()> &done, const QDeadlineTimer &deadline,
                                           const CancelCheck &cancelled)
{
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(kCancelPollInterval);
    QObject::connect(&poll, &QTimer::timeout, &loop, &QEventLoop::quit);
    poll.start();
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    if (!deadline.isForever())
        timeout.start(std::max(0ms, std::chrono::duration_cast<std::chrono::milliseconds>(deadline.remainingTimeAsDuration())));

    QEventLoop *const outer = std::exchange(m_loop, &loop);
    Wait result = Wait::Done;
    for (;;) {
        if (done())
            break;
        if (cancelled && cancelled()) {
            result = Wait::Cancelled;
            break;
        }
        if (deadline.hasExpired()) {
            result = Wait::TimedOut;
            break;
        }
        loop.exec();
    }
    m_loop = outer;
    return result;
}

void BlockingHttp::wake()
{
    if (m_loop)
        m_loop->quit();
}

bool BlockingHttp::pause(std::chrono::milliseconds delay, const CancelCheck &cancelled)
{
    return waitUntil([] { return false; }, QDeadlineTimer(delay), cancelled) != Wait::Cancelled;
}

HttpReply BlockingHttp::send(const HttpRequest &request, const QDeadlineTimer &deadline, const CancelCheck &cancelled)
{
    QNetworkRequest networkRequest(request.url);
    if (!request.contentType.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    if (request.transferTimeout > 0ms)
        networkRequest.setTransferTimeout(int(request.transferTimeout.count()));

    HttpReply answer;
    // Deleted on every path out; abort() first so no signal reaches a dead wait.
    const std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(networkRequest, request.verb, request.body));
    QObject::connect(reply.get(), &QNetworkReply::sslErrors, reply.get(),
                     [&answer](const QList<QSslError> &errors) { answer.sslErrors = errors; });
    QObject::connect(reply.get(), &QNetworkReply::finished, reply.get(), [this] { wake(); });

    const Wait wait = waitUntil([&reply] { return reply->isFinished(); }, deadline, cancelled);
    if (wait != Wait::Done) {
        reply->abort();
        answer.outcome = wait == Wait::Cancelled ? HttpReply::Outcome::Cancelled : HttpReply::Outcome::TimedOut;
        return answer;
    }
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    // A status line came, but the exchange broke under it (the peer closed mid-body, the
    // transfer timed out, the framing was bad): what was read is not the answer, and the
    // caller must see a network failure it may retry, not a body it fails to parse.
    // Qt names an HTTP error status with a content or protocol code too (400 is
    // ProtocolInvalidOperationError): only the network layer's codes, and a framing breakdown.
    const QNetworkReply::NetworkError error = reply->error();
    const bool broken = (error > QNetworkReply::NoError && error < QNetworkReply::ProxyConnectionRefusedError)
                        || error == QNetworkReply::ProtocolFailure;
    if (!status.isValid() || broken) {
        answer.outcome = HttpReply::Outcome::Failed;
        answer.error = reply->error();
        answer.errorString = reply->errorString();
        answer.peerCertificate = reply->sslConfiguration().peerCertificate();
        return answer;
    }
    answer.outcome = HttpReply::Outcome::Answered;
    answer.status = status.toInt();
    answer.body = reply->readAll();
    answer.retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After"));
    return answer;
}

} // namespace nocdesk::net
