#pragma once

#include "domain/Inventory.h"
#include "domain/Maintenance.h"
#include "domain/SiteOverlap.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <utility>

namespace nocdesk {

enum class TimelineGrouping { BySite, ByCircuit };

// One window of one maintenance in one row. Times are seconds since the epoch (UTC).
struct TimelineBar
{
    qint64 maintenanceId = 0;
    qint64 start = 0;
    qint64 end = 0;
    int lane = 0;              // bars of a row that run at once sit in separate lanes
    Impact impact = Impact::Outage; // the worst the maintenance does to the row's circuits
    bool hasImpact = false;    // false: the notice named no impact for them
    MaintenanceStatus status = MaintenanceStatus::Confirmed;
    bool acknowledged = false;
    QString label;             // "Zayo CHG-7"
};

// A span in which the overlap job found maintenances running at once on the row's site (or,
// per circuit, on the row's circuit).
struct TimelineBand
{
    qint64 overlapId = 0;
    qint64 start = 0;
    qint64 end = 0;
    OverlapKind kind = OverlapKind::Overlap;
};

struct TimelineRow
{
    QString label;      // site name, or circuit id
    QString detail;     // per circuit: its provider and sites
    qint64 siteId = 0;  // 0: not a known site
    qint64 circuitId = 0;
    int top = 0;        // in content pixels, from the first row's top
    int height = 0;
    int lanes = 1;
    qint64 longest = 0; // the longest bar: how far back a bar reaching into a range can start
    QList<TimelineBar> bars;   // by start
    QList<TimelineBand> bands; // by start
    bool hasOverlap = false;
    OverlapKind worstOverlap = OverlapKind::Overlap;
};

// What the timeline shows: the maintenances (the pane's rows), the inventory that places their
// circuits at sites, and the overlap job's findings.
struct TimelineInput
{
    QList<Maintenance> maintenances;
    QList<Site> sites;
    QList<Circuit> circuits;
    QList<SiteOverlap> overlaps;
};

// The timeline's rows and bars, computed once per change of data or grouping so that a paint
// only looks up what is visible: rows by binary search on their top, bars by binary search on
// their start (bounded by the row's longest bar). Knows nothing of pixels along the time axis,
// so zooming and scrolling never rebuild it.
class MaintenanceTimelineLayout
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::MaintenanceTimelineLayout)
public:
    struct Metrics
    {
        int laneHeight = 20;
        int rowPadding = 4; // above and below the lanes
    };

    [[nodiscard]] static MaintenanceTimelineLayout build(const TimelineInput &input, TimelineGrouping grouping,
                                                         const Metrics &metrics);

    [[nodiscard]] const QList<TimelineRow> &rows() const { return m_rows; }
    [[nodiscard]] TimelineGrouping grouping() const { return m_grouping; }
    [[nodiscard]] const Metrics &metrics() const { return m_metrics; }
    [[nodiscard]] int totalHeight() const { return m_totalHeight; }
    [[nodiscard]] int barCount() const { return m_barCount; }
    [[nodiscard]] bool isEmpty() const { return m_rows.isEmpty(); }
    // The earliest start and latest end of all bars (0, 0 when there are none).
    [[nodiscard]] qint64 firstTime() const { return m_firstTime; }
    [[nodiscard]] qint64 lastTime() const { return m_lastTime; }

    // The row at content y, -1 outside every row.
    [[nodiscard]] int rowAt(int y) const;
    // The first and last rows that reach into [top, bottom] (first > last when none do).
    [[nodiscard]] std::pair<int, int> rowsIn(int top, int bottom) const;
    // Indexes into rows().at(row).bars of the bars that reach into [from, to], by start.
    [[nodiscard]] QList<int> barsIn(int row, qint64 from, qint64 to) const;
    // Indexes into the row's bands that reach into [from, to].
    [[nodiscard]] QList<int> bandsIn(int row, qint64 from, qint64 to) const;
    // The rows that show the maintenance, in order.
    [[nodiscard]] QList<int> rowsOf(qint64 maintenanceId) const;
    [[nodiscard]] const Maintenance *maintenance(qint64 id) const;
    [[nodiscard]] const SiteOverlap *overlap(qint64 id) const;
    // Rows the overlap shows in.
    [[nodiscard]] QList<int> rowsOfOverlap(qint64 overlapId) const;
    // "FRA1" for a known circuit's sites, for tooltips.
    [[nodiscard]] QString sitesOf(const CircuitImpact &impact) const;

private:
    QList<TimelineRow> m_rows;
    QList<Maintenance> m_maintenances;
    QHash<qint64, int> m_maintenanceIndex;
    QList<SiteOverlap> m_overlaps;
    QHash<qint64, int> m_overlapIndex;
    QHash<qint64, QList<int>> m_rowsOfMaintenance;
    QHash<qint64, QList<int>> m_rowsOfOverlap;
    QHash<qint64, std::pair<qint64, qint64>> m_circuitSites; // circuit -> A, Z site
    QHash<qint64, QString> m_siteNames;
    TimelineGrouping m_grouping = TimelineGrouping::BySite;
    Metrics m_metrics;
    int m_totalHeight = 0;
    int m_barCount = 0;
    qint64 m_firstTime = 0;
    qint64 m_lastTime = 0;
};

} // namespace nocdesk
