#include "ParsedMaintenance.h"

#include <QTimeZone>

namespace nocdesk {

Maintenance toStoredMaintenance(const parsing::Maintenance &parsed, const QString &providerName)
{
    Maintenance m;
    m.providerName = providerName;
    m.maintenanceKey = parsed.maintenanceId;
    m.summary = parsed.summary;
    m.organizer = parsed.organizer;
    m.status = maintenanceStatusFromString(parsing::statusName(parsed.status));
    m.start = QDateTime::fromSecsSinceEpoch(parsed.start, QTimeZone::utc());
    m.end = QDateTime::fromSecsSinceEpoch(parsed.end, QTimeZone::utc());
    m.sequence = parsed.sequence;
    if (parsed.stamp > 0)
        m.stamp = QDateTime::fromSecsSinceEpoch(parsed.stamp, QTimeZone::utc());
    m.windows = {{m.start, m.end}};
    for (const parsing::Circuit &c : parsed.circuits)
        m.impacts.append({c.circuitId, 0, {}, impactFromString(parsing::impactName(c.impact))});
    return m;
}

} // namespace nocdesk
