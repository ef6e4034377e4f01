#include "OverlapJob.h"

#include "CurrentWindows.h"
#include "SettingsKeys.h"
#include "TransactionGuard.h"

#include <QSettings>

namespace nocdesk {

OverlapJob::Result OverlapJob::run(Store &store, const OverlapOptions &options, const QDateTime &computedAt)
{
    // The overlaps and the alarms they feed land together or not at all.
    TransactionGuard transaction(store.database());
    Result result;
    const QList<Maintenance> stored = store.maintenances();
    result.maintenances = withCurrentWindows(store, stored);
    for (qsizetype i = 0; i < stored.size(); ++i) {
        if (result.maintenances.at(i).windows.size() != stored.at(i).windows.size())
            result.rescheduled.insert(stored.at(i).id);
    }
    result.circuits = store.circuits();
    result.sites = store.sites();
    QList<Maintenance> open;
    std::copy_if(result.maintenances.cbegin(), result.maintenances.cend(), std::back_inserter(open), [](const Maintenance &m) {
        return m.status != MaintenanceStatus::Cancelled && m.status != MaintenanceStatus::Completed;
    });
    store.replaceSiteOverlaps(findSiteOverlaps(open, result.circuits, result.sites, options), computedAt);
    // Read back, so the caller gets the row ids the view will see.
    result.overlaps = store.siteOverlaps();
    result.alarms = OverlapAlarms::sync(store, result.overlaps, computedAt);
    transaction.commit();
    return result;
}

OverlapOptions OverlapJob::optionsFromSettings(const QSettings &settings)
{
    OverlapOptions options;
    options.excludeNoImpact = settings.value(settings::kOverlapExcludeNoImpact, false).toBool();
    return options;
}

} // namespace nocdesk
