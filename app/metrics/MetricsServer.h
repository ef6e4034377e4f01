#pragma once

#include "CircuitLabels.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QHttpServer;

namespace nocdesk::metrics {

// The /metrics endpoint: answers GET /metrics with what `exposition` returns at that moment
// (500 with the reason when it throws StoreError), anything else with 404. Serves on the thread
// that owns it; the console gives it a thread of its own so a scrape never waits for the GUI.
class MetricsServer : public QObject
{
    Q_OBJECT
public:
    using Exposition = std::function<QByteArray()>;

    explicit MetricsServer(Exposition exposition, QObject *parent = nullptr);
    ~MetricsServer() override;

    // Empty on success, otherwise why it cannot listen. Port 0 picks a free port.
    [[nodiscard]] QString listen(const QHostAddress &address, quint16 port);
    [[nodiscard]] quint16 port() const { return m_port; }

private:
    Exposition m_exposition;
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
};

// The exposition of the store at path as the current thread's connection reads it, with these
// circuit labels, at the time of each scrape.
[[nodiscard]] MetricsServer::Exposition storeExposition(const QString &databasePath, const CircuitLabels &labels);

} // namespace nocdesk::metrics
