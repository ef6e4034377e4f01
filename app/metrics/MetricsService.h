#pragma once

#include "MetricsSettings.h"

#include <QHostAddress>
#include <QObject>
#include <QThread>

namespace nocdesk::metrics {

class MetricsServer;

// The console's /metrics endpoint: a MetricsServer on a thread of its own, so a scrape (a store
// read) never waits for the GUI, and the GUI never waits for a scrape.
class MetricsService : public QObject
{
    Q_OBJECT
public:
    explicit MetricsService(QObject *parent = nullptr);
    ~MetricsService() override;

    // Serves the store at databasePath as the settings say (their `enabled` is the caller's
    // business). Empty on success, otherwise why not: bad labels, or the address cannot be used.
    [[nodiscard]] QString start(const MetricsSettings &settings, const QString &databasePath);
    void stop();

    [[nodiscard]] bool isRunning() const { return m_server != nullptr; }
    [[nodiscard]] quint16 port() const { return m_port; }
    // http://ADDRESS:PORT/metrics, with brackets around an IPv6 address.
    [[nodiscard]] QString url() const;

private:
    QThread m_thread;
    MetricsServer *m_server = nullptr;
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace nocdesk::metrics
