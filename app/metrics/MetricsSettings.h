#pragma once

#include <QHostAddress>
#include <QString>

class QSettings;

namespace nocdesk::metrics {

// The endpoint as the settings give it: off unless metrics/enabled, on loopback by default.
struct MetricsSettings
{
    static constexpr quint16 kDefaultPort = 9810;

    bool enabled = false;
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = kDefaultPort;
    QString labels;  // CircuitLabels spec

    [[nodiscard]] static MetricsSettings load(const QSettings &settings);
};

} // namespace nocdesk::metrics
