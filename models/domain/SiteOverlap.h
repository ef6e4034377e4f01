#pragma once

#include "Maintenance.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <tuple>

namespace nocdesk {

// What maintenances overlapping at one site do to it. Redundancy needs two circuits at least:
// at a site with one circuit, maintenances overlapping on it are an Overlap, never a loss.
enum class OverlapKind {
    Overlap,            // the maintenances share their circuits (the same one or ones)
    RedundancyReduced,  // two or more of the site's circuits are in maintenance at once
    RedundancyLost,     // every circuit of the site is
};

[[nodiscard]] QString storedName(OverlapKind kind);
[[nodiscard]] OverlapKind overlapKindFromString(const QString &text, bool *ok = nullptr);

// One circuit of the site under one of the overlapping maintenances.
struct OverlapCircuit
{
    qint64 maintenanceId = 0;
    qint64 circuitId = 0;  // our inventory circuit
    QString circuitRef;    // the provider's id for it
    Impact impact = Impact::Outage;

    auto tied() const { return std::tie(maintenanceId, circuitId, circuitRef, impact); }
    bool operator==(const OverlapCircuit &o) const { return tied() == o.tied(); }
    bool operator<(const OverlapCircuit &o) const { return tied() < o.tied(); }
};

// A span of time during which two or more maintenances are running at a site at once, with the
// same maintenances all through it. start == end when windows only touch.
struct SiteOverlap
{
    qint64 id = 0;
    qint64 siteId = 0;
    QString siteName;
    OverlapKind kind = OverlapKind::Overlap;
    QDateTime start;
    QDateTime end;
    int siteCircuitCount = 0;       // circuits the inventory has at the site (A or Z side)
    QList<OverlapCircuit> circuits; // sorted; one per (maintenance, circuit)

    // Sorted and distinct.
    [[nodiscard]] QList<qint64> maintenanceIds() const;
    // Distinct circuits of the site in maintenance during the span.
    [[nodiscard]] int impactedCircuitCount() const;

    auto tied() const { return std::tie(id, siteId, siteName, kind, start, end, siteCircuitCount, circuits); }
    bool operator==(const SiteOverlap &o) const { return tied() == o.tied(); }
};

} // namespace nocdesk
