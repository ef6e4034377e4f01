#pragma once

#include "OverlapAlarms.h"
#include "OverlapFinder.h"
#include "Store.h"

#include <QDateTime>
#include <QList>
#include <QSet>

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
    // What a run stored, and what it read to find it, for callers that show the overlaps with
    // the maintenances and the inventory (the console's timeline, the CLI): they need not read
    // the store again.
    struct Result
    {
        QList<SiteOverlap> overlaps;     // as stored, with their row ids
        QList<Maintenance> maintenances; // every maintenance, with its current windows (withCurrentWindows)
        QSet<qint64> rescheduled;        // those of them a re-schedule left with fewer windows than stored
        QList<Circuit> circuits;
        QList<Site> sites;
        OverlapAlarms::Changes alarms;   // the alarms the run raised and cleared
    };

    // computedAt is recorded with the rows and decides which overlaps have ended.
    static Result run(Store &store, const OverlapOptions &options,
                      const QDateTime &computedAt = QDateTime::currentDateTimeUtc());

    // The options as the settings give them (maintenance/overlapExcludeNoImpact).
    [[nodiscard]] static OverlapOptions optionsFromSettings(const QSettings &settings);
};

} // namespace nocdesk
