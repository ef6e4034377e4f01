#include "SiteOverlap.h"

#include "EnumNames.h"

#include <QSet>

#include <algorithm>

namespace nocdesk {

namespace {

constexpr EnumNames<OverlapKind, 3> kKindNames{{{
    {OverlapKind::Overlap, "overlap"},
    {OverlapKind::RedundancyReduced, "redundancy-reduced"},
    {OverlapKind::RedundancyLost, "redundancy-lost"},
}}};

} // namespace

QString storedName(OverlapKind kind) { return kKindNames.name(kind); }

OverlapKind overlapKindFromString(const QString &text, bool *ok)
{
    return kKindNames.value(text, OverlapKind::Overlap, ok);
}

QList<qint64> SiteOverlap::maintenanceIds() const
{
    QList<qint64> ids;
    for (const OverlapCircuit &c : circuits)
        ids << c.maintenanceId;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

int SiteOverlap::impactedCircuitCount() const
{
    QSet<qint64> distinct;
    for (const OverlapCircuit &c : circuits)
        distinct.insert(c.circuitId);
    return int(distinct.size());
}

} // namespace nocdesk
