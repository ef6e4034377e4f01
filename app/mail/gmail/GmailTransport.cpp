#include "GmailTransport.h"

#include "GmailLog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslError>

#include <algorithm>

namespace nocdesk::gmail {

namespace {

using namespace std::chrono_literals;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::gmail::GmailTransport)
};

QString hostOf(const QUrl &url)
{
    return url.host();
}

QString portOf(const QUrl &url)
{
    return QString::number(url.port(url.scheme() == QLatin1String("http") ? 80 : 443));
}

std::chrono::milliseconds remaining(const QDeadlineTimer &deadline)
{
    if (deadline.isForever())
        return std::chrono::milliseconds::max();
    return std::max(0ms, std::chrono::duration_cast<std::chrono::milliseconds>(deadline.remainingTimeAsDuration()));
}

GmailError tlsError(const QUrl &url, const net::HttpReply &reply)
{
    QSslCertificate certificate;
    for (const QSslError &error : reply.sslErrors) {
        if (!error.certificate().isNull()) {
            certificate = error.certificate();
            break;
        }
    }
    if (certificate.isNull())
        certificate = reply.peerCertificate;
    const QString reason = reply.sslErrors.isEmpty() ? reply.errorString : reply.sslErrors.constFirst().errorString();
    if (certificate.isNull())
        return GmailError::make(GmailFailure::TlsUntrusted,
                                Text::tr("The TLS connection to %1 failed: %2.").arg(hostOf(url), reason));

    QString subject = certificate.subjectDisplayName();
    if (subject.isEmpty())
        subject = certificate.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
    const QString fingerprint =
        QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    GmailError error = GmailError::make(
        GmailFailure::TlsUntrusted,
        Text::tr("The certificate of %1 is not trusted (%2). It names \"%3\", SHA-256 fingerprint %4. Something "
                 "between this computer and Google may be intercepting the connection: ask the network team "
                 "before trusting it.")
            .arg(hostOf(url), reason, subject, fingerprint));
    error.certificateSubject = subject;
    error.certificateSha256 = fingerprint;
    return error;
}

GmailError transportError(const QUrl &url, const net::HttpReply &reply)
{
    switch (reply.error) {
    case QNetworkReply::HostNotFoundError:
        return GmailError::make(GmailFailure::NameNotResolved,
                                Text::tr("The name %1 could not be resolved: check the DNS and the network "
                                         "connection.")
                                    .arg(hostOf(url)));
    case QNetworkReply::ConnectionRefusedError:
        return GmailError::make(GmailFailure::ConnectionRefused,
                                Text::tr("%1 refused the connection on port %2: check the address, a proxy or a "
                                         "firewall.")
                                    .arg(hostOf(url), portOf(url)));
    case QNetworkReply::TimeoutError:
        return GmailError::make(GmailFailure::Timeout,
                                Text::tr("The connection to %1 timed out.").arg(hostOf(url)));
    case QNetworkReply::SslHandshakeFailedError:
        return tlsError(url, reply);
    default:
        if (!reply.sslErrors.isEmpty())
            return tlsError(url, reply);
        return GmailError::make(GmailFailure::Network,
                                Text::tr("The connection to %1 failed: %2.").arg(hostOf(url), reply.errorString));
    }
}

QJsonObject jsonObject(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

} // namespace

GmailTransport::GmailTransport(RetryPolicy retry, std::chrono::milliseconds requestTimeout)
    : m_retry(retry), m_requestTimeout(requestTimeout)
{
    m_retry.maxAttempts = std::max(1, m_retry.maxAttempts);
}

GmailResult<HttpResponse> GmailTransport::send(const HttpRequest &request, const QDeadlineTimer &deadline,
                                               const CancelCheck &cancelled)
{
    net::HttpRequest exchange = request; // the token goes in as a header
    if (!request.bearerToken.isEmpty())
        exchange.headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + request.bearerToken.toUtf8()});
    exchange.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});

    const std::chrono::milliseconds timeout = std::min(m_requestTimeout, remaining(deadline));
    const net::HttpReply reply = m_http.send(exchange, QDeadlineTimer(timeout), cancelled);
    switch (reply.outcome) {
    case net::HttpReply::Outcome::Cancelled:
        return GmailError::make(GmailFailure::Cancelled, Text::tr("Cancelled."));
    case net::HttpReply::Outcome::TimedOut:
        return GmailError::make(GmailFailure::Timeout,
                                Text::tr("%1 did not answer within %2 s: check the network connection and any "
                                         "proxy.")
                                    .arg(hostOf(request.url))
                                    .arg(double(timeout.count()) / 1000.0, 0, 'f', 1));
    case net::HttpReply::Outcome::Failed:
        return transportError(request.url, reply);
    case net::HttpReply::Outcome::Answered:
        break;
    }
    HttpResponse response;
    response.status = reply.status;
    response.body = reply.body;
    response.retryAfter = reply.retryAfter;
    return response;
}

GmailResult<HttpResponse> GmailTransport::sendWithRetry(const HttpRequest &request, const QDeadlineTimer &deadline,
                                                        const CancelCheck &cancelled)
{
    for (int attempt = 1;; ++attempt) {
        GmailResult<HttpResponse> result = send(request, deadline, cancelled);
        if (result.ok())
            result.value.attempts = attempt;
        if (!result.ok() || !isRetryable(result.value) || attempt >= m_retry.maxAttempts)
            return result;
        const std::chrono::milliseconds delay = backoffDelay(attempt, result.value);
        if (remaining(deadline) <= delay)
            return result;
        qCInfo(lcGmail).nospace() << request.verb << ' ' << request.url.path() << " answered "
                                  << result.value.status << "; attempt " << attempt + 1 << " in " << delay.count()
                                  << " ms";
        if (!pause(delay, cancelled))
            return GmailError::make(GmailFailure::Cancelled, Text::tr("Cancelled."));
    }
}

std::chrono::milliseconds GmailTransport::backoffDelay(int attempt, const HttpResponse &response) const
{
    const auto base = std::max(m_retry.baseDelay, 0ms);
    std::chrono::milliseconds delay = base * (qint64(1) << std::min(attempt - 1, 20));
    delay += std::chrono::milliseconds(QRandomGenerator::global()->bounded(qint64(base.count()) + 1));
    // Retry-After in seconds; its HTTP-date form is rare from Google and ignored.
    bool isNumber = false;
    const int retryAfter = response.retryAfter.trimmed().toInt(&isNumber);
    if (isNumber && retryAfter > 0)
        delay = std::max<std::chrono::milliseconds>(delay, std::chrono::seconds(retryAfter));
    // Beyond the cap only the jitter is left, so synchronized clients still spread out.
    return std::min(delay, m_retry.maxDelay);
}

bool GmailTransport::isRetryable(const HttpResponse &response)
{
    if (response.status >= 500 || response.status == 429)
        return true;
    if (response.status == 403) {
        const QString reason = googleErrorCode(response.body);
        return reason == QLatin1String("rateLimitExceeded") || reason == QLatin1String("userRateLimitExceeded");
    }
    return false;
}

QString GmailTransport::googleErrorMessage(const QByteArray &body)
{
    const QJsonObject object = jsonObject(body);
    const QJsonValue error = object.value(QLatin1String("error"));
    if (error.isObject())
        return error.toObject().value(QLatin1String("message")).toString();
    const QString description = object.value(QLatin1String("error_description")).toString();
    return description.isEmpty() ? error.toString() : description;
}

QString GmailTransport::googleErrorCode(const QByteArray &body)
{
    const QJsonValue error = jsonObject(body).value(QLatin1String("error"));
    if (error.isString())
        return error.toString();
    const QJsonArray errors = error.toObject().value(QLatin1String("errors")).toArray();
    if (!errors.isEmpty())
        return errors.first().toObject().value(QLatin1String("reason")).toString();
    return error.toObject().value(QLatin1String("status")).toString();
}

} // namespace nocdesk::gmail
