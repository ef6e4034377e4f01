#include "MetricsService.h"

#include "CircuitLabels.h"
#include "MetricsServer.h"
#include "Store.h"

namespace nocdesk::metrics {

MetricsService::MetricsService(QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("metrics"));
}

MetricsService::~MetricsService() { stop(); }

QString MetricsService::start(const MetricsSettings &settings, const QString &databasePath)
{
    stop();
    QString error;
    const auto labels = CircuitLabels::parse(settings.labels, &error);
    if (!labels)
        return error;
    auto *server = new MetricsServer(storeExposition(databasePath, *labels));
    server->moveToThread(&m_thread);
    // The documented way to end a worker: deleted on its own thread once the thread's loop ends.
    connect(&m_thread, &QThread::finished, server, &QObject::deleteLater);
    m_thread.start();
    quint16 port = 0;
    // QHttpServer and its sockets must be created on the thread that serves them.
    QMetaObject::invokeMethod(
        server, [server, &settings, &error, &port] {
            error = server->listen(settings.address, settings.port);
            port = server->port();
        },
        Qt::BlockingQueuedConnection);
    m_server = server;
    if (!error.isEmpty()) {
        stop();
        return error;
    }
    m_address = settings.address;
    m_port = port;
    return {};
}

void MetricsService::stop()
{
    if (!m_server)
        return;
    m_thread.quit();
    m_thread.wait();
    m_server = nullptr;
    m_port = 0;
    m_address.clear();
}

QString MetricsService::url() const
{
    const QString host = m_address.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + m_address.toString() + QLatin1Char(']')
        : m_address.toString();
    return QStringLiteral("http://%1:%2/metrics").arg(host).arg(m_port);
}

} // namespace nocdesk::metrics
