#include "MetricsServer.h"

#include "Exposition.h"
#include "MetricsCollector.h"
#include "StoreError.h"

#include <QHttpServer>
#include <QHttpServerResponse>

namespace nocdesk::metrics {

MetricsServer::MetricsServer(Exposition exposition, QObject *parent)
    : QObject(parent), m_exposition(std::move(exposition))
{
}

MetricsServer::~MetricsServer() = default;

QString MetricsServer::listen(const QHostAddress &address, quint16 port)
{
    m_server = std::make_unique<QHttpServer>();
    m_server->route(QStringLiteral("/metrics"), QHttpServerRequest::Method::Get, [this] {
        try {
            return QHttpServerResponse(QByteArray(kContentType), m_exposition());
        } catch (const StoreError &e) {
            return QHttpServerResponse(QByteArray("text/plain; charset=utf-8"), e.message().toUtf8(),
                                       QHttpServerResponse::StatusCode::InternalServerError);
        }
    });
    m_port = m_server->listen(address, port);
    if (m_port == 0) {
        m_server.reset();
        return tr("Cannot listen on %1 port %2 for /metrics: the address is not on this machine or the port is taken.")
            .arg(address.toString())
            .arg(port);
    }
    return {};
}

MetricsServer::Exposition storeExposition(const QString &databasePath, const CircuitLabels &labels)
{
    return [databasePath, labels] {
        const Store store = Store::forCurrentThread(databasePath);
        return render(collect(store, labels, QDateTime::currentDateTimeUtc()));
    };
}

} // namespace nocdesk::metrics
