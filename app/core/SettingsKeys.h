#pragma once

#include <QString>

// Every QSettings key NocDesk uses, in one place, so a key is never spelled two ways.
namespace nocdesk::settings {

inline const QString kOperatorName = QStringLiteral("operator/name");
inline const QString kWindowGeometry = QStringLiteral("window/geometry");
inline const QString kWindowState = QStringLiteral("window/state");
inline const QString kCurrentPane = QStringLiteral("window/currentPane");
// The syslog intake: on by default, on loopback, on a port that needs no root.
inline const QString kIntakeEnabled = QStringLiteral("intake/enabled");
inline const QString kIntakeAddress = QStringLiteral("intake/address");
inline const QString kIntakeUdpPort = QStringLiteral("intake/udpPort");
inline const QString kIntakeTcpPort = QStringLiteral("intake/tcpPort");
// The Live Events pane's last filter (a map of its fields).
inline const QString kEventsFilter = QStringLiteral("pane/eventsPane/filter");
// Followed by the pane's object name: pane/<name>/header, pane/<name>/splitter.
inline QString paneKey(const QString &pane, const QString &what)
{
    return QStringLiteral("pane/") + pane + QLatin1Char('/') + what;
}

} // namespace nocdesk::settings
