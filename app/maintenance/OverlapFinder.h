#pragma once

#include "domain/Inventory.h"
#include "domain/Maintenance.h"
#include "domain/SiteOverlap.h"

#include <QList>

namespace nocdesk {

struct OverlapOptions
{
    // Leave out circuits a maintenance lists as NO-IMPACT. Off by default, as in the source
    // system: a provider's NO-IMPACT is a claim, so by default such a circuit counts as in
    // maintenance like any other.
    bool excludeNoImpact = false;
};

// Per site, the spans in which two or more maintenances run at once. A circuit belongs to its
// A-side and its Z-side site; circuits the inventory does not know belong to none. CANCELLED
// and COMPLETED maintenances are left out. Windows are closed intervals: windows that only
// touch overlap in one instant (start == end). Each span has the same maintenances and circuits
// all through it, and says what that does to the site (see OverlapKind). Sorted by site name,
// then start, then end. A pure function: the job loads its inputs and stores its result.
[[nodiscard]] QList<SiteOverlap> findSiteOverlaps(const QList<Maintenance> &maintenances, const QList<Circuit> &circuits,
                                                  const QList<Site> &sites, const OverlapOptions &options = {});

} // namespace nocdesk
