#include "NetboxClient.h"

#include "TaskRunner.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrlQuery>

namespace nocdesk {

namespace {

using namespace std::chrono_literals;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::NetboxClient)
};

constexpr int kAttempts = 3;
constexpr auto kRequestTimeout = 60s;

// What NetBox and Nautobot put in an error body: {"detail": "..."}.
QString detailOf(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    return o.value(QStringLiteral("detail")).toString();
}

} // namespace

NetboxClient::NetboxClient(QUrl baseUrl, QString token) : m_base(std::move(baseUrl)), m_token(std::move(token))
{
    // Tokens must never follow a redirect to somewhere else.
    m_http.network().setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QUrl NetboxClient::endpoint(const QString &path) const
{
    QUrl url = m_base;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QUrl NetboxClient::sameServer(const QUrl &next) const
{
    // NetBox behind a proxy that ends TLS builds "next" with http:// and its own host name; the
    // token goes only to the server the operator named, so only the path and query are taken.
    QUrl url = m_base;
    url.setPath(next.path());
    url.setQuery(next.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

NetboxClient::Response NetboxClient::get(const QUrl &url)
{
    net::HttpRequest request;
    request.url = url;
    request.headers = {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Token ") + m_token.toUtf8()},
                       {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    // A slow NetBox may take long over a big page; only a stalled transfer gives up.
    request.transferTimeout = kRequestTimeout;
    const net::HttpReply reply = m_http.send(request, QDeadlineTimer(QDeadlineTimer::Forever), m_cancelled);
    switch (reply.outcome) {
    case net::HttpReply::Outcome::Answered:
        return {reply.status, reply.body};
    case net::HttpReply::Outcome::Cancelled:
        throw TaskCancelled{};
    case net::HttpReply::Outcome::TimedOut: // no deadline: only a transfer timeout, a failure
    case net::HttpReply::Outcome::Failed:
        break;
    }
    if (!reply.sslErrors.isEmpty())
        throw InventorySyncError(Text::tr("The certificate of %1 is not trusted: %2. Install the CA that signed it "
                                          "in the system's trust store; NocDesk does not skip the check.")
                                     .arg(url.host(), reply.sslErrors.constFirst().errorString()));
    if (reply.error == QNetworkReply::OperationCanceledError)
        throw InventorySyncError(Text::tr("%1 did not answer within %2 s.").arg(url.host()).arg(kRequestTimeout.count()));
    throw InventorySyncError(Text::tr("Cannot reach %1: %2.").arg(url.toDisplayString(QUrl::RemoveQuery), reply.errorString));
}

NetboxClient::Response NetboxClient::getWithRetry(const QUrl &url)
{
    for (int attempt = 1;; ++attempt) {
        Response response = get(url);
        const bool retryable = response.status >= 500 || response.status == 429;
        if (!retryable || attempt == kAttempts)
            return response;
        const QDeadlineTimer until(m_retryDelay * attempt);
        qint64 lastNotice = -1;
        // Asked as the wait starts and then every few dozen milliseconds: tells once a second.
        const auto notice = [&] {
            const qint64 seconds = (until.remainingTime() + 999) / 1000;
            if (m_retryNotice && seconds != lastNotice) {
                lastNotice = seconds;
                m_retryNotice(Text::tr("%1 answered HTTP %2; trying again in %3 s.").arg(url.host()).arg(response.status).arg(seconds));
            }
            return false;
        };
        if (m_http.waitUntil(notice, until, m_cancelled) == net::BlockingHttp::Wait::Cancelled)
            throw TaskCancelled{};
    }
}

QJsonArray NetboxClient::fetchAll(const QString &path, const Progress &progress)
{
    QUrl url = endpoint(path);
    QUrlQuery query(m_extraQuery);
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    url.setQuery(query);

    QJsonArray all;
    qint64 count = -1;
    QSet<QUrl> seen;
    while (url.isValid() && !url.isEmpty()) {
        if (seen.contains(url))
            throw InventorySyncError(Text::tr("%1 sends the same page again: the paging loops.").arg(endpoint(path).toDisplayString()));
        seen.insert(url);
        const Response response = getWithRetry(url);
        const QString where = endpoint(path).toDisplayString();
        if (response.status == 401 || response.status == 403) {
            const QString detail = detailOf(response.body);
            throw InventorySyncError(Text::tr("%1 refused the token (HTTP %2%3). Check the token and that its user may "
                                              "read %4.")
                                         .arg(m_base.host()).arg(response.status)
                                         .arg(detail.isEmpty() ? QString() : QStringLiteral(": ") + detail, path));
        }
        if (response.status == 404)
            throw InventorySyncError(Text::tr("%1 was not found (HTTP 404): is this the right URL and kind of server?").arg(where));
        if (response.status >= 300 && response.status < 400)
            throw InventorySyncError(Text::tr("%1 redirects (HTTP %2): give the URL it redirects to.").arg(where).arg(response.status));
        if (response.status != 200)
            throw InventorySyncError(Text::tr("%1 answered HTTP %2 after %3 attempts%4.")
                                         .arg(where).arg(response.status).arg(response.status >= 500 ? kAttempts : 1)
                                         .arg(detailOf(response.body).isEmpty() ? QString() : QStringLiteral(": ") + detailOf(response.body)));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(response.body, &error);
        const QJsonObject page = document.object();
        if (error.error != QJsonParseError::NoError || !page.value(QStringLiteral("results")).isArray())
            throw InventorySyncError(Text::tr("%1 did not answer with a NetBox/Nautobot list (%2): is this the API URL?")
                                         .arg(where, error.error != QJsonParseError::NoError ? error.errorString()
                                                                                               : Text::tr("no \"results\"")));
        const QJsonArray results = page.value(QStringLiteral("results")).toArray();
        for (const QJsonValue &v : results)
            all.append(v);
        count = page.value(QStringLiteral("count")).toInteger(all.size());
        if (progress)
            progress(all.size(), count);
        const QString next = page.value(QStringLiteral("next")).toString();
        url = next.isEmpty() ? QUrl() : sameServer(QUrl(next));
    }
    if (count >= 0 && all.size() != count)
        throw InventorySyncError(Text::tr("%1 said it has %2 objects but sent %3: it changed during the sync, try again.")
                                     .arg(endpoint(path).toDisplayString()).arg(count).arg(all.size()));
    return all;
}

} // namespace nocdesk
