#include "MaintenanceTimelineLayout.h"

#include <QCollator>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace nocdesk {

namespace {

const QString kNoSiteKey = QStringLiteral("-");

struct Target
{
    QString key;
    Impact impact = Impact::NoImpact;
    bool hasImpact = false;
};

void addTarget(QList<Target> &targets, const QString &key, Impact impact, bool hasImpact)
{
    for (Target &t : targets) {
        if (t.key != key)
            continue;
        if (hasImpact && (!t.hasImpact || impactRank(impact) > impactRank(t.impact))) {
            t.impact = impact;
            t.hasImpact = true;
        }
        return;
    }
    targets.append({key, impact, hasImpact});
}

QString circuitKey(const CircuitImpact &ci, const QString &provider)
{
    return ci.circuitId ? QStringLiteral("c:%1").arg(ci.circuitId)
                        : QStringLiteral("r:") + provider + QLatin1Char('/') + ci.circuitRef.toLower();
}

} // namespace

MaintenanceTimelineLayout MaintenanceTimelineLayout::build(const TimelineInput &input, TimelineGrouping grouping,
                                                           const Metrics &metrics)
{
    MaintenanceTimelineLayout l;
    l.m_grouping = grouping;
    l.m_metrics = metrics;
    l.m_maintenances = input.maintenances;
    l.m_overlaps = input.overlaps;
    for (int i = 0; i < l.m_maintenances.size(); ++i)
        l.m_maintenanceIndex.insert(l.m_maintenances.at(i).id, i);
    for (int i = 0; i < l.m_overlaps.size(); ++i)
        l.m_overlapIndex.insert(l.m_overlaps.at(i).id, i);
    QHash<QString, qint64> siteIdByName;
    for (const Site &s : input.sites) {
        l.m_siteNames.insert(s.id, s.name);
        siteIdByName.insert(s.name, s.id);
    }
    for (const Circuit &c : input.circuits)
        l.m_circuitSites.insert(c.id, {c.aSiteId, c.zSiteId});

    QHash<QString, int> rowOfKey;
    QList<TimelineRow> rows;
    QList<QString> sortKeys; // beside rows
    auto rowFor = [&](const QString &key, const CircuitImpact *ci, const QString &provider) {
        const auto it = rowOfKey.constFind(key);
        if (it != rowOfKey.constEnd())
            return *it;
        TimelineRow row;
        QString sortKey;
        if (key == kNoSiteKey) {
            row.label = grouping == TimelineGrouping::BySite ? tr("No known site") : tr("No circuit");
            sortKey = QStringLiteral("\U0010FFFF");
        } else if (grouping == TimelineGrouping::BySite) {
            row.label = key.mid(2);
            row.siteId = siteIdByName.value(row.label);
            sortKey = row.label;
        } else {
            row.label = ci->circuitRef;
            row.circuitId = ci->circuitId;
            const QString sites = l.sitesOf(*ci);
            row.detail = sites.isEmpty() ? provider : provider + QStringLiteral(" · ") + sites;
            // Circuits of a site sit together.
            sortKey = (sites.isEmpty() ? QStringLiteral("\U0010FFFE") : sites) + QLatin1Char('\t') + row.label;
        }
        rows.append(row);
        sortKeys.append(sortKey);
        rowOfKey.insert(key, int(rows.size()) - 1);
        return int(rows.size()) - 1;
    };

    for (const Maintenance &m : std::as_const(l.m_maintenances)) {
        QList<MaintenanceWindow> windows = m.windows;
        if (windows.isEmpty())
            windows.append({m.start, m.end});
        const QString provider = m.providerDisplayName();
        QList<Target> targets;
        QHash<QString, const CircuitImpact *> firstImpact;
        for (const CircuitImpact &ci : m.impacts) {
            if (grouping == TimelineGrouping::ByCircuit) {
                const QString key = circuitKey(ci, provider);
                addTarget(targets, key, ci.impact, true);
                firstImpact.insert(key, &ci);
                continue;
            }
            QStringList names;
            const auto sites = l.m_circuitSites.constFind(ci.circuitId);
            if (ci.circuitId && sites != l.m_circuitSites.constEnd()) {
                for (qint64 siteId : {sites->first, sites->second}) {
                    if (siteId && l.m_siteNames.contains(siteId))
                        names << l.m_siteNames.value(siteId);
                }
            }
            if (names.isEmpty() && !ci.siteName.isEmpty())
                names << ci.siteName;
            if (names.isEmpty())
                addTarget(targets, kNoSiteKey, ci.impact, true);
            for (const QString &name : std::as_const(names))
                addTarget(targets, QStringLiteral("s:") + name, ci.impact, true);
        }
        if (targets.isEmpty())
            addTarget(targets, kNoSiteKey, Impact::NoImpact, false);

        const QString label = provider + QLatin1Char(' ') + m.maintenanceKey;
        for (const Target &t : std::as_const(targets)) {
            const int row = rowFor(t.key, firstImpact.value(t.key), provider);
            for (const MaintenanceWindow &w : std::as_const(windows)) {
                if (!w.start.isValid())
                    continue;
                TimelineBar bar;
                bar.maintenanceId = m.id;
                bar.start = w.start.toSecsSinceEpoch();
                bar.end = w.end.isValid() ? qMax(bar.start, w.end.toSecsSinceEpoch()) : bar.start;
                bar.impact = t.impact;
                bar.hasImpact = t.hasImpact;
                bar.status = m.status;
                bar.acknowledged = m.acknowledged;
                bar.label = label;
                rows[row].bars.append(bar);
            }
            QList<int> &shownIn = l.m_rowsOfMaintenance[m.id];
            if (!shownIn.contains(row))
                shownIn.append(row);
        }
    }

    for (const SiteOverlap &o : std::as_const(l.m_overlaps)) {
        QStringList keys;
        if (grouping == TimelineGrouping::BySite) {
            keys << QStringLiteral("s:") + o.siteName;
        } else {
            QSet<qint64> seen;
            for (const OverlapCircuit &c : o.circuits) {
                if (!seen.contains(c.circuitId))
                    keys << QStringLiteral("c:%1").arg(c.circuitId);
                seen.insert(c.circuitId);
            }
        }
        for (const QString &key : std::as_const(keys)) {
            const auto it = rowOfKey.constFind(key);
            if (it == rowOfKey.constEnd())
                continue; // none of its maintenances is shown (the pane's filter left them out)
            rows[*it].bands.append({o.id, o.start.toSecsSinceEpoch(), o.end.toSecsSinceEpoch(), o.kind});
        }
    }

    // Rows in name order, numbers in names as numbers (SITE2 before SITE10).
    QList<int> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return collator.compare(sortKeys.at(a), sortKeys.at(b)) < 0; });
    QList<int> newIndex(rows.size());
    for (int i = 0; i < order.size(); ++i)
        newIndex[order.at(i)] = i;

    bool anyBar = false;
    int top = 0;
    l.m_rows.reserve(rows.size());
    for (int index : std::as_const(order)) {
        TimelineRow row = std::move(rows[index]);
        std::sort(row.bars.begin(), row.bars.end(), [](const TimelineBar &a, const TimelineBar &b) {
            return a.start != b.start ? a.start < b.start : a.end < b.end;
        });
        // Greedy lanes: each bar goes into the first lane free before it starts. Windows that
        // only touch go into separate lanes: touching is an overlap, and both must show.
        QList<qint64> laneEnds;
        for (TimelineBar &bar : row.bars) {
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.at(lane) >= bar.start)
                ++lane;
            if (lane == laneEnds.size())
                laneEnds.append(bar.end);
            else
                laneEnds[lane] = bar.end;
            bar.lane = lane;
            row.longest = qMax(row.longest, bar.end - bar.start);
            l.m_firstTime = anyBar ? qMin(l.m_firstTime, bar.start) : bar.start;
            l.m_lastTime = anyBar ? qMax(l.m_lastTime, bar.end) : bar.end;
            anyBar = true;
        }
        std::sort(row.bands.begin(), row.bands.end(),
                  [](const TimelineBand &a, const TimelineBand &b) { return a.start < b.start; });
        for (const TimelineBand &band : std::as_const(row.bands)) {
            row.worstOverlap = row.hasOverlap ? qMax(row.worstOverlap, band.kind) : band.kind;
            row.hasOverlap = true;
        }
        row.lanes = qMax(1, int(laneEnds.size()));
        row.top = top;
        row.height = row.lanes * metrics.laneHeight + 2 * metrics.rowPadding;
        top += row.height;
        l.m_barCount += int(row.bars.size());
        l.m_rows.append(std::move(row));
    }
    l.m_totalHeight = top;
    for (QList<int> &shownIn : l.m_rowsOfMaintenance) {
        for (int &row : shownIn)
            row = newIndex.at(row);
        std::sort(shownIn.begin(), shownIn.end());
    }
    for (int row = 0; row < l.m_rows.size(); ++row) {
        for (const TimelineBand &band : l.m_rows.at(row).bands)
            l.m_rowsOfOverlap[band.overlapId].append(row);
    }
    return l;
}

int MaintenanceTimelineLayout::rowAt(int y) const
{
    const auto it = std::upper_bound(m_rows.cbegin(), m_rows.cend(), y,
                                     [](int value, const TimelineRow &row) { return value < row.top; });
    if (it == m_rows.cbegin())
        return -1;
    const int row = int(it - m_rows.cbegin()) - 1;
    return y < m_rows.at(row).top + m_rows.at(row).height ? row : -1;
}

std::pair<int, int> MaintenanceTimelineLayout::rowsIn(int top, int bottom) const
{
    const auto first = std::upper_bound(m_rows.cbegin(), m_rows.cend(), top, [](int value, const TimelineRow &row) {
        return value < row.top + row.height;
    });
    const auto last = std::upper_bound(m_rows.cbegin(), m_rows.cend(), bottom,
                                       [](int value, const TimelineRow &row) { return value < row.top; });
    return {int(first - m_rows.cbegin()), int(last - m_rows.cbegin()) - 1};
}

QList<int> MaintenanceTimelineLayout::barsIn(int row, qint64 from, qint64 to) const
{
    QList<int> found;
    if (row < 0 || row >= m_rows.size())
        return found;
    const TimelineRow &r = m_rows.at(row);
    // A bar that reaches into the range starts at most `longest` before it.
    const qint64 earliest = from - r.longest;
    auto it = std::lower_bound(r.bars.cbegin(), r.bars.cend(), earliest,
                               [](const TimelineBar &bar, qint64 value) { return bar.start < value; });
    for (; it != r.bars.cend() && it->start <= to; ++it) {
        if (it->end >= from)
            found.append(int(it - r.bars.cbegin()));
    }
    return found;
}

QList<int> MaintenanceTimelineLayout::bandsIn(int row, qint64 from, qint64 to) const
{
    QList<int> found;
    if (row < 0 || row >= m_rows.size())
        return found;
    const QList<TimelineBand> &bands = m_rows.at(row).bands;
    for (int i = 0; i < bands.size(); ++i) {
        if (bands.at(i).end >= from && bands.at(i).start <= to)
            found.append(i);
    }
    return found;
}

QList<int> MaintenanceTimelineLayout::rowsOf(qint64 maintenanceId) const
{
    return m_rowsOfMaintenance.value(maintenanceId);
}

const Maintenance *MaintenanceTimelineLayout::maintenance(qint64 id) const
{
    const auto it = m_maintenanceIndex.constFind(id);
    return it == m_maintenanceIndex.constEnd() ? nullptr : &m_maintenances.at(*it);
}

const SiteOverlap *MaintenanceTimelineLayout::overlap(qint64 id) const
{
    const auto it = m_overlapIndex.constFind(id);
    return it == m_overlapIndex.constEnd() ? nullptr : &m_overlaps.at(*it);
}

QList<int> MaintenanceTimelineLayout::rowsOfOverlap(qint64 overlapId) const
{
    return m_rowsOfOverlap.value(overlapId);
}

QString MaintenanceTimelineLayout::sitesOf(const CircuitImpact &impact) const
{
    const auto sites = m_circuitSites.constFind(impact.circuitId);
    if (!impact.circuitId || sites == m_circuitSites.constEnd())
        return impact.siteName;
    QStringList names;
    for (qint64 siteId : {sites->first, sites->second}) {
        if (siteId && m_siteNames.contains(siteId))
            names << m_siteNames.value(siteId);
    }
    return names.isEmpty() ? impact.siteName : names.join(QStringLiteral(" – "));
}

} // namespace nocdesk
