#pragma once

#include "OverlapAlarms.h"
#include "OverlapFinder.h"
#include "Store.h"

#include <QDateTime>
#include <QList>

class QSettings;

namespace nocdesk {

// The overlap job: reads the maintenances and the inventory, finds the site overlaps and stores
// them in place of the last run's, in one transaction; then raises and clears the alarms they
// feed (OverlapAlarms), with computedAt as the time that decides which have ended. Cheap
// enough to run after every fetch (the console does, on a pool thread with that thread's
// Store) and on demand from the CLI.
class OverlapJob
{
public:
    // Returns what it stored. computedAt is recorded with the rows. alarms, when given, gets
    // the ids of the alarms the run raised and cleared.
    static QList<SiteOverlap> run(Store &store, const OverlapOptions &options,
                                  const QDateTime &computedAt = QDateTime::currentDateTimeUtc(),
                                  OverlapAlarms::Changes *alarms = nullptr);

    // The options as the settings give them (maintenance/overlapExcludeNoImpact).
    [[nodiscard]] static OverlapOptions optionsFromSettings(const QSettings &settings);
};

} // namespace nocdesk
