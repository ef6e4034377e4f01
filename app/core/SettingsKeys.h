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
// The maintenance overlap job: leave out circuits a maintenance lists as NO-IMPACT (default
// false, as in the source system's overlap_job_exclude_no_impact).
inline const QString kOverlapExcludeNoImpact = QStringLiteral("maintenance/overlapExcludeNoImpact");
// The Prometheus endpoint (app/metrics): off by default; on loopback, port 9810 when on.
// metrics/labels names circuit_maintenance_status's labels: "label=attribute,..." (see
// metrics::CircuitLabels), "circuit=cid,provider=provider,circuit_type=type,site=site_a" by default.
inline const QString kMetricsEnabled = QStringLiteral("metrics/enabled");
inline const QString kMetricsAddress = QStringLiteral("metrics/address");
inline const QString kMetricsPort = QStringLiteral("metrics/port");
inline const QString kMetricsLabels = QStringLiteral("metrics/labels");
// Desktop (tray) notifications of maintenances: on by default; "starting soon" warns this many
// hours before an unacknowledged maintenance starts.
inline const QString kTrayNotificationsEnabled = QStringLiteral("notifications/trayEnabled");
inline const QString kTrayStartingSoonHours = QStringLiteral("notifications/startingSoonHours");
// The last NetBox/Nautobot server synced with (the token is in the keychain, never here).
inline const QString kInventoryUrl = QStringLiteral("inventory/url");
inline const QString kInventoryKind = QStringLiteral("inventory/kind");
// The Live Events pane's last filter (a map of its fields).
inline const QString kEventsFilter = QStringLiteral("pane/eventsPane/filter");
// The maintenance timeline: zoom ("day", "week", "month"), rows ("site", "circuit"), the split
// between chart and overlap table, and between the maintenances pane and the timeline.
inline const QString kTimelineZoom = QStringLiteral("timeline/zoom");
inline const QString kTimelineRows = QStringLiteral("timeline/rows");
inline const QString kTimelineSplitter = QStringLiteral("timeline/splitter");
inline const QString kTimelinePaneSplitter = QStringLiteral("timeline/paneSplitter");
// The maintenances pane: its last filter, the filters the operator named (a map of name to
// filter; each filter a map of its parts by stored names, see MaintenanceFilter::toMap), and
// whether start and end read in UTC rather than local time.
inline const QString kMaintenancesFilter = QStringLiteral("pane/maintenancesPane/filter");
inline const QString kMaintenancesSavedFilters = QStringLiteral("pane/maintenancesPane/savedFilters");
inline const QString kMaintenancesTimesInUtc = QStringLiteral("pane/maintenancesPane/timesInUtc");
// Followed by the pane's object name: pane/<name>/header, pane/<name>/splitter.
inline QString paneKey(const QString &pane, const QString &what)
{
    return QStringLiteral("pane/") + pane + QLatin1Char('/') + what;
}

} // namespace nocdesk::settings
