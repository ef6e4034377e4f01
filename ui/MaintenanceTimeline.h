#pragma once

#include "MaintenanceTimelineLayout.h"

#include <QAbstractScrollArea>
#include <QDateTime>
#include <QFuture>
#include <QSet>
#include <QTimer>

template<typename T>
class QFutureWatcher;

class QImage;
class QPainter;

namespace nocdesk {

class MaintenanceTimelineAxis;

// The maintenances as a Gantt chart: one row per site (or per circuit), each window a bar in the
// colour of its impact, a "now" line, the overlap job's spans as bands behind the bars, the time
// axis on top and the row names on the left, both fixed while the chart scrolls.
//
// A QAbstractScrollArea painted by hand rather than a QGraphicsView: 20,000 maintenances would
// be 20,000+ scene items, each with its own bookkeeping, and the view would still walk its
// index on every paint. Here the layout is computed once per change of data
// (MaintenanceTimelineLayout), and a paint asks it for the visible rows and bars only, by binary
// search; drawing stays crisp at every zoom because nothing is scaled, only placed.
class MaintenanceTimeline : public QAbstractScrollArea
{
    Q_OBJECT
public:
    enum class Zoom { Day, Week, Month };
    Q_ENUM(Zoom)

    // A bar as the viewport shows it (rect in viewport coordinates).
    struct VisibleBar
    {
        qint64 maintenanceId = 0;
        int row = -1;
        QRect rect;
    };

    explicit MaintenanceTimeline(QWidget *parent = nullptr);
    ~MaintenanceTimeline() override;

    // Each setter schedules one rebuild of the layout for the next event-loop turn, so a burst
    // of changes (a fetch that updates many rows) costs one. The rebuild runs on a pool thread
    // (over 20,000 maintenances it takes a few hundred ms); the chart shows the layout it has
    // until the new one is in. Everything below that answers about rows and bars waits for it.
    void setMaintenances(const QList<Maintenance> &maintenances);
    void setInventory(const QList<Site> &sites, const QList<Circuit> &circuits);
    void setOverlaps(const QList<SiteOverlap> &overlaps);
    void setGrouping(TimelineGrouping grouping);
    [[nodiscard]] TimelineGrouping grouping() const { return m_grouping; }
    void setZoom(Zoom zoom);
    [[nodiscard]] Zoom zoom() const { return m_zoom; }
    // A fixed "now" (screenshots, tests); invalid follows the clock.
    void setNow(const QDateTime &now);
    [[nodiscard]] QDateTime now() const;

    // Selected maintenances get an outline. With reveal, a single one that is out of sight is
    // scrolled into view.
    void setSelectedMaintenances(const QList<qint64> &ids, bool reveal = false);
    [[nodiscard]] QList<qint64> selectedMaintenances() const { return m_selected.values(); }
    // Emphasises the overlap's band and scrolls to it (0: none).
    void showOverlap(qint64 overlapId);
    [[nodiscard]] qint64 shownOverlap() const { return m_shownOverlap; }
    // The time at a quarter of the chart's width.
    void scrollToTime(const QDateTime &time);
    void scrollToNow();

    // The layout, brought up to date first (waiting for a rebuild under way).
    const MaintenanceTimelineLayout &timelineLayout();
    // Whether the layout shown is the one the data asks for (no rebuild pending or running).
    [[nodiscard]] bool isLayoutCurrent() const { return !m_dirty && !m_buildRunning; }
    [[nodiscard]] double pixelsPerSecond() const;
    [[nodiscard]] QRect chartRect() const; // the bars' area in viewport coordinates
    [[nodiscard]] int xOf(qint64 secs) const;
    [[nodiscard]] qint64 timeAt(int x) const;
    [[nodiscard]] std::pair<QDateTime, QDateTime> visibleRange() const;
    [[nodiscard]] QList<VisibleBar> visibleBars();
    // The first bar of the maintenance, wherever it is (empty when it has none).
    [[nodiscard]] QRect barRect(qint64 maintenanceId);
    [[nodiscard]] qint64 maintenanceAt(const QPoint &viewportPos);
    [[nodiscard]] qint64 overlapAt(const QPoint &viewportPos);
    [[nodiscard]] QString toolTipAt(const QPoint &viewportPos);

    // One frame of the viewport as it stands, painted into painter (the benchmark's hook).
    // Paints the layout there is: a paint never waits for a rebuild.
    void paintFrame(QPainter &painter);
    [[nodiscard]] QImage renderFrame();

Q_SIGNALS:
    void maintenanceClicked(qint64 maintenanceId, Qt::KeyboardModifiers modifiers);
    void overlapClicked(qint64 overlapId);
    void zoomChanged(nocdesk::MaintenanceTimeline::Zoom zoom);
    // A rebuilt layout is in place and painted.
    void layoutUpdated();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Hit
    {
        int row = -1;
        int bar = -1;
        int band = -1;
    };
    void scheduleRebuild();
    void startRebuild();
    void ensureLayout();
    void install(MaintenanceTimelineLayout layout);
    void updateScrollBars();
    void scrollToSeconds(qint64 secs, double fraction);
    [[nodiscard]] qint64 spanSeconds() const;
    [[nodiscard]] int axisHeight() const;
    [[nodiscard]] qint64 nowSecs() const;
    [[nodiscard]] int rowTop(int row) const;
    [[nodiscard]] QRect barGeometry(int row, const TimelineBar &bar) const;
    [[nodiscard]] QRect bandGeometry(int row, const TimelineBand &band) const;
    [[nodiscard]] Hit hitAt(const QPoint &pos);
    [[nodiscard]] QString barToolTip(const TimelineBar &bar) const;
    [[nodiscard]] QString bandToolTip(const TimelineRow &row, const TimelineBand &band) const;
    void paintAxis(QPainter &p, const MaintenanceTimelineAxis &axis) const;
    void paintLabels(QPainter &p, int firstRow, int lastRow) const;

    TimelineInput m_input;
    MaintenanceTimelineLayout m_layout;
    TimelineGrouping m_grouping = TimelineGrouping::BySite;
    Zoom m_zoom = Zoom::Week;
    bool m_dirty = false; // the data changed since the last rebuild started
    QFuture<MaintenanceTimelineLayout> m_building;
    bool m_buildRunning = false; // from the start of a rebuild to its install
    QFutureWatcher<MaintenanceTimelineLayout> *m_buildWatcher = nullptr;
    bool m_placed = false; // scrolled to "now" once there was something to show
    QTimer m_rebuild;
    QTimer m_clock;
    QDateTime m_fixedNow;
    QSet<qint64> m_selected;
    qint64 m_shownOverlap = 0;
    int m_labelWidth = 120;
    qint64 m_origin = 0; // the time at horizontal scroll value 0
    qint64 m_end = 0;
};

} // namespace nocdesk
