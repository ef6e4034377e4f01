#pragma once

#include "BlockingHttp.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <stdexcept>

namespace nocdesk {

// Why a sync stopped: a message an operator can act on (token refused, server error, not
// NetBox at all).
class InventorySyncError : public std::runtime_error
{
public:
    explicit InventorySyncError(const QString &message) : std::runtime_error(message.toStdString()), m_message(message) {}
    [[nodiscard]] QString message() const { return m_message; }

private:
    QString m_message;
};

// Reads whole lists from the REST API NetBox and Nautobot share: GET with
// "Authorization: Token <token>", pages of {"count", "next", "previous", "results"} asked for
// with ?limit=, the next page at the URL in "next". Blocking (net::BlockingHttp): use it from a
// pool thread or the CLI. TLS is verified and never relaxed.
class NetboxClient
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;
    using CancelCheck = std::function<bool()>;

    NetboxClient(QUrl baseUrl, QString token);

    // Extra query items for every request (Nautobot's depth=1).
    void setExtraQuery(const QString &query) { m_extraQuery = query; }
    void setPageSize(int size) { m_pageSize = size; }
    // How long to wait before repeating a request the server answered with 5xx or 429.
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }
    void setCancelCheck(CancelCheck cancelled) { m_cancelled = std::move(cancelled); }
    // Told, about once a second, why the client is waiting ("HTTP 502, trying again in 4 s").
    void setRetryNotice(std::function<void(const QString &)> notice) { m_retryNotice = std::move(notice); }

    // Every object of the list at path (e.g. "/api/dcim/sites/"). Throws InventorySyncError, or
    // TaskCancelled when the cancel check says so.
    [[nodiscard]] QJsonArray fetchAll(const QString &path, const Progress &progress = {});

    // base + path, with the base's own path kept (NetBox under https://host/netbox/).
    [[nodiscard]] QUrl endpoint(const QString &path) const;

private:
    struct Response
    {
        int status = 0;
        QByteArray body;
    };
    Response get(const QUrl &url);
    Response getWithRetry(const QUrl &url);
    [[nodiscard]] QUrl sameServer(const QUrl &next) const;

    net::BlockingHttp m_http;
    QUrl m_base;
    QString m_token;
    QString m_extraQuery;
    int m_pageSize = 500;
    std::chrono::milliseconds m_retryDelay{2000};
    CancelCheck m_cancelled;
    std::function<void(const QString &)> m_retryNotice;
};

} // namespace nocdesk
