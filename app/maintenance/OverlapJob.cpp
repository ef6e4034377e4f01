#include "OverlapJob.h"

#include "CurrentWindows.h"
#include "SettingsKeys.h"
#include "TransactionGuard.h"

#include <QSettings>

namespace nocdesk {

QList<SiteOverlap> OverlapJob::run(Store &store, const OverlapOptions &options, const QDateTime &computedAt,
                                   OverlapAlarms::Changes *alarms)
{
    // The overlaps and the alarms they feed land together or not at all.
    TransactionGuard transaction(store.database());
    QList<Maintenance> open = store.maintenances();
    open.erase(std::remove_if(open.begin(), open.end(), [](const Maintenance &m) {
                   return m.status == MaintenanceStatus::Cancelled || m.status == MaintenanceStatus::Completed;
               }), open.end());
    const QList<SiteOverlap> found =
        findSiteOverlaps(withCurrentWindows(store, open), store.circuits(), store.sites(), options);
    store.replaceSiteOverlaps(found, computedAt);
    // Read back, so the caller gets the row ids the view will see.
    const QList<SiteOverlap> stored = store.siteOverlaps();
    const OverlapAlarms::Changes changes = OverlapAlarms::sync(store, stored, computedAt);
    transaction.commit();
    if (alarms)
        *alarms = changes;
    return stored;
}

OverlapOptions OverlapJob::optionsFromSettings(const QSettings &settings)
{
    OverlapOptions options;
    options.excludeNoImpact = settings.value(settings::kOverlapExcludeNoImpact, false).toBool();
    return options;
}

} // namespace nocdesk
