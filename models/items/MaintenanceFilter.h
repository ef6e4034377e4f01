#pragma once

#include "domain/Maintenance.h"

#include <QList>
#include <QString>
#include <QVariantMap>

#include <tuple>

namespace nocdesk {

// What the maintenances pane shows: every part that is set must match. Saved (as the last
// filter and as named filters) by stored names, never by positions in a list, so a filter
// still means the same thing after the lists change or the program is translated.
struct MaintenanceFilter
{
    enum class Ack { All, Unacknowledged, Acknowledged };
    enum class Time { Any, Upcoming, RunningNow, PastDays };

    QList<MaintenanceStatus> statuses; // any of them; empty: every status
    // Case-insensitive; * and ? match any text, otherwise the whole value must match.
    QString provider;                  // the provider's name or label
    QString site;                      // a site of one of its circuits
    QString circuit;                   // one of its circuit ids
    Ack ack = Ack::All;
    Time time = Time::Any;
    int pastDays = 7;                  // Time::PastDays: ended within the last this many days
    QString text;                      // words that must all appear, in any field

    [[nodiscard]] bool isEmpty() const;
    [[nodiscard]] QVariantMap toMap() const;
    // Unknown or missing entries fall back to "any": an old or hand-edited setting still loads.
    [[nodiscard]] static MaintenanceFilter fromMap(const QVariantMap &map);

    auto tied() const { return std::tie(statuses, provider, site, circuit, ack, time, pastDays, text); }
    bool operator==(const MaintenanceFilter &o) const { return tied() == o.tied(); }
    bool operator!=(const MaintenanceFilter &o) const { return !(*this == o); }
};

} // namespace nocdesk
