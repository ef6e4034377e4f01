#include "OverlapFinder.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

namespace nocdesk {

namespace {

// One circuit of a site under one window of a maintenance.
struct Interval
{
    qint64 start = 0; // epoch seconds, closed interval
    qint64 end = 0;
    OverlapCircuit circuit;
};

bool takesPart(const Maintenance &m)
{
    return m.status != MaintenanceStatus::Cancelled && m.status != MaintenanceStatus::Completed;
}

OverlapKind kindOf(int impactedCircuits, int siteCircuits)
{
    if (siteCircuits < 2 || impactedCircuits < 2)
        return OverlapKind::Overlap;
    return impactedCircuits >= siteCircuits ? OverlapKind::RedundancyLost : OverlapKind::RedundancyReduced;
}

// The pieces of the time line where what runs at the site cannot change: each boundary instant
// and each open stretch between two boundaries. Pieces with the same circuits under the same
// maintenances merge into one span.
QList<SiteOverlap> overlapsAtSite(const Site &site, int siteCircuits, const QList<Interval> &intervals)
{
    QList<qint64> times;
    for (const Interval &i : intervals)
        times << i.start << i.end;
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());

    QList<SiteOverlap> spans;
    const auto addPiece = [&](qint64 from, qint64 to, const auto &covers) {
        QList<OverlapCircuit> active;
        QSet<qint64> maintenances;
        for (const Interval &i : intervals) {
            if (covers(i)) {
                active << i.circuit;
                maintenances.insert(i.circuit.maintenanceId);
            }
        }
        if (maintenances.size() < 2)
            return;
        std::sort(active.begin(), active.end());
        // A maintenance with two windows covering the same piece lists the circuit once.
        active.erase(std::unique(active.begin(), active.end()), active.end());
        if (!spans.isEmpty() && spans.constLast().circuits == active
            && spans.constLast().end.toSecsSinceEpoch() == from) {
            spans.last().end = QDateTime::fromSecsSinceEpoch(to, Qt::UTC);
            return;
        }
        SiteOverlap o;
        o.siteId = site.id;
        o.siteName = site.name;
        o.start = QDateTime::fromSecsSinceEpoch(from, Qt::UTC);
        o.end = QDateTime::fromSecsSinceEpoch(to, Qt::UTC);
        o.siteCircuitCount = siteCircuits;
        o.circuits = active;
        o.kind = kindOf(o.impactedCircuitCount(), siteCircuits);
        spans << o;
    };
    for (qsizetype k = 0; k < times.size(); ++k) {
        const qint64 t = times.at(k);
        addPiece(t, t, [t](const Interval &i) { return i.start <= t && t <= i.end; });
        if (k + 1 < times.size()) {
            const qint64 next = times.at(k + 1);
            addPiece(t, next, [t, next](const Interval &i) { return i.start <= t && next <= i.end; });
        }
    }
    return spans;
}

} // namespace

QList<SiteOverlap> findSiteOverlaps(const QList<Maintenance> &maintenances, const QList<Circuit> &circuits,
                                    const QList<Site> &sites, const OverlapOptions &options)
{
    QHash<qint64, const Circuit *> circuitById;
    QHash<qint64, int> circuitsAtSite;
    for (const Circuit &c : circuits) {
        circuitById.insert(c.id, &c);
        if (c.aSiteId > 0)
            ++circuitsAtSite[c.aSiteId];
        if (c.zSiteId > 0 && c.zSiteId != c.aSiteId)
            ++circuitsAtSite[c.zSiteId];
    }

    std::map<qint64, QList<Interval>> bySite;
    for (const Maintenance &m : maintenances) {
        if (!takesPart(m))
            continue;
        const QList<MaintenanceWindow> windows = m.effectiveWindows();
        for (const CircuitImpact &impact : m.impacts) {
            const Circuit *circuit = circuitById.value(impact.circuitId);
            if (!circuit || (options.excludeNoImpact && impact.impact == Impact::NoImpact))
                continue;
            QList<qint64> siteIds{circuit->aSiteId};
            if (circuit->zSiteId != circuit->aSiteId)
                siteIds << circuit->zSiteId;
            for (const qint64 siteId : std::as_const(siteIds)) {
                if (siteId <= 0)
                    continue;
                for (const MaintenanceWindow &w : std::as_const(windows)) {
                    if (!w.start.isValid() || !w.end.isValid() || w.end < w.start)
                        continue;
                    bySite[siteId].append({w.start.toSecsSinceEpoch(), w.end.toSecsSinceEpoch(),
                                           {m.id, circuit->id, circuit->circuitId, impact.impact}});
                }
            }
        }
    }

    QList<SiteOverlap> result;
    for (const Site &site : sites) {
        const auto found = bySite.find(site.id);
        if (found != bySite.end())
            result << overlapsAtSite(site, circuitsAtSite.value(site.id), found->second);
    }
    std::sort(result.begin(), result.end(), [](const SiteOverlap &a, const SiteOverlap &b) {
        return std::tie(a.siteName, a.siteId, a.start, a.end) < std::tie(b.siteName, b.siteId, b.start, b.end);
    });
    return result;
}

} // namespace nocdesk
