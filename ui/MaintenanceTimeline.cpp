#include "MaintenanceTimeline.h"

#include "DisplayText.h"
#include "MaintenanceTimelineAxis.h"

#include <QFutureWatcher>
#include <QHelpEvent>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace nocdesk {

namespace {

constexpr qint64 kDay = 24 * 3600;
const QColor kNowColor(0x39, 0x49, 0xab);
const QColor kNoImpactColor(0x80, 0x80, 0x80);

QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

QString escaped(const QString &text) { return text.toHtmlEscaped(); }

} // namespace

MaintenanceTimeline::MaintenanceTimeline(QWidget *parent) : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("maintenanceTimeline"));
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_rebuild.setSingleShot(true);
    m_rebuild.setInterval(0);
    connect(&m_rebuild, &QTimer::timeout, this, &MaintenanceTimeline::startRebuild);
    m_buildWatcher = new QFutureWatcher<MaintenanceTimelineLayout>(this);
    connect(m_buildWatcher, &QFutureWatcher<MaintenanceTimelineLayout>::finished, this, [this] {
        if (!m_buildRunning)
            return; // someone waited for it and installed it already
        install(m_building.result());
        if (m_dirty)
            startRebuild(); // the data changed while this one was built
    });
    // The "now" line moves a pixel every few minutes even at the Day zoom.
    m_clock.setInterval(60 * 1000);
    connect(&m_clock, &QTimer::timeout, viewport(), qOverload<>(&QWidget::update));
    m_clock.start();
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, viewport(), qOverload<>(&QWidget::update));
    connect(verticalScrollBar(), &QScrollBar::valueChanged, viewport(), qOverload<>(&QWidget::update));
}

// A build still running owns copies of its input and touches nothing of this widget: it is
// left to finish on its pool thread (waiting here could run a whole build on this thread).
MaintenanceTimeline::~MaintenanceTimeline() = default;

void MaintenanceTimeline::setMaintenances(const QList<Maintenance> &maintenances)
{
    m_input.maintenances = maintenances;
    scheduleRebuild();
}

void MaintenanceTimeline::setInventory(const QList<Site> &sites, const QList<Circuit> &circuits)
{
    m_input.sites = sites;
    m_input.circuits = circuits;
    scheduleRebuild();
}

void MaintenanceTimeline::setOverlaps(const QList<SiteOverlap> &overlaps)
{
    m_input.overlaps = overlaps;
    scheduleRebuild();
}

void MaintenanceTimeline::setGrouping(TimelineGrouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    scheduleRebuild();
    verticalScrollBar()->setValue(0);
}

void MaintenanceTimeline::setZoom(Zoom zoom)
{
    if (zoom == m_zoom)
        return;
    // The time in the middle of the chart stays in the middle.
    const qint64 centre = timeAt(chartRect().center().x());
    m_zoom = zoom;
    updateScrollBars();
    scrollToSeconds(centre, 0.5);
    viewport()->update();
    Q_EMIT zoomChanged(zoom);
}

void MaintenanceTimeline::setNow(const QDateTime &now)
{
    m_fixedNow = now;
    updateScrollBars();
    viewport()->update();
}

QDateTime MaintenanceTimeline::now() const
{
    return m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
}

qint64 MaintenanceTimeline::nowSecs() const { return now().toSecsSinceEpoch(); }

void MaintenanceTimeline::scheduleRebuild()
{
    m_dirty = true;
    m_rebuild.start();
}

void MaintenanceTimeline::startRebuild()
{
    if (!m_dirty || m_buildRunning)
        return; // nothing new, or the running one's end starts the next
    m_dirty = false;
    MaintenanceTimelineLayout::Metrics metrics;
    metrics.laneHeight = fontMetrics().height() + 6;
    metrics.rowPadding = 3;
    // The input's lists are shared, not copied; this widget replaces them, never edits them.
    m_building = QtConcurrent::run([input = m_input, grouping = m_grouping, metrics] {
        return MaintenanceTimelineLayout::build(input, grouping, metrics);
    });
    m_buildRunning = true;
    m_buildWatcher->setFuture(m_building);
}

void MaintenanceTimeline::ensureLayout()
{
    // The build under way, then one for what changed since it started.
    while (m_buildRunning || m_dirty) {
        if (!m_buildRunning) {
            m_rebuild.stop();
            startRebuild();
        }
        m_building.waitForFinished(); // runs it here if no pool thread has taken it yet
        install(m_building.result());
    }
}

void MaintenanceTimeline::install(MaintenanceTimelineLayout layout)
{
    m_buildRunning = false;
    m_building = {};
    const qint64 left = timeAt(chartRect().left());
    m_layout = std::move(layout);

    // Wide enough for the names operators use, never so wide the chart loses its room.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    int widest = fm.horizontalAdvance(tr("Circuit"));
    for (const TimelineRow &row : m_layout.rows()) {
        int width = fm.horizontalAdvance(row.label);
        if (!row.detail.isEmpty())
            width += fontMetrics().horizontalAdvance(row.detail) + 8;
        widest = qMax(widest, width);
    }
    m_labelWidth = qBound(90, widest + 22, 280);

    updateScrollBars();
    if (!m_placed && !m_layout.isEmpty()) {
        m_placed = true;
        scrollToSeconds(nowSecs(), 0.2);
    } else {
        scrollToSeconds(left, 0.0);
    }
    viewport()->update();
    Q_EMIT layoutUpdated();
}

const MaintenanceTimelineLayout &MaintenanceTimeline::timelineLayout()
{
    ensureLayout();
    return m_layout;
}

qint64 MaintenanceTimeline::spanSeconds() const
{
    switch (m_zoom) {
    case Zoom::Day: return kDay;
    case Zoom::Week: return 7 * kDay;
    case Zoom::Month: return 31 * kDay;
    }
    return 7 * kDay;
}

int MaintenanceTimeline::axisHeight() const { return 2 * (fontMetrics().height() + 6); }

QRect MaintenanceTimeline::chartRect() const
{
    const QRect vp = viewport()->rect();
    return QRect(m_labelWidth, axisHeight(), qMax(1, vp.width() - m_labelWidth), qMax(1, vp.height() - axisHeight()));
}

double MaintenanceTimeline::pixelsPerSecond() const { return double(chartRect().width()) / double(spanSeconds()); }

int MaintenanceTimeline::xOf(qint64 secs) const
{
    const double x = m_labelWidth + double(secs - m_origin) * pixelsPerSecond() - horizontalScrollBar()->value();
    return int(std::lround(qBound(-1.0e6, x, 1.0e6)));
}

qint64 MaintenanceTimeline::timeAt(int x) const
{
    return m_origin + qint64(std::floor(double(x - m_labelWidth + horizontalScrollBar()->value()) / pixelsPerSecond()));
}

std::pair<QDateTime, QDateTime> MaintenanceTimeline::visibleRange() const
{
    const QRect chart = chartRect();
    return {QDateTime::fromSecsSinceEpoch(timeAt(chart.left())), QDateTime::fromSecsSinceEpoch(timeAt(chart.right() + 1))};
}

void MaintenanceTimeline::updateScrollBars()
{
    // Room on both sides of what there is, and "now" always reachable.
    const qint64 span = spanSeconds();
    const qint64 now = nowSecs();
    const qint64 first = m_layout.isEmpty() ? now : qMin(m_layout.firstTime(), now);
    const qint64 last = m_layout.isEmpty() ? now : qMax(m_layout.lastTime(), now);
    const qint64 origin = first - span / 2;
    const qint64 shift = qint64(std::lround(double(m_origin - origin) * pixelsPerSecond()));
    const QRect chart = chartRect();
    const int oldValue = horizontalScrollBar()->value();
    m_origin = origin;
    m_end = last + span / 2;
    const double width = double(m_end - m_origin) * pixelsPerSecond();
    const int range = int(qBound(0.0, width - chart.width(), double(std::numeric_limits<int>::max() / 2)));
    {
        const QSignalBlocker block(horizontalScrollBar());
        horizontalScrollBar()->setRange(0, range);
        horizontalScrollBar()->setPageStep(chart.width());
        horizontalScrollBar()->setSingleStep(qMax(1, chart.width() / 12));
        horizontalScrollBar()->setValue(int(qBound(qint64(0), qint64(oldValue) + shift, qint64(range))));
    }
    verticalScrollBar()->setRange(0, qMax(0, m_layout.totalHeight() - chart.height()));
    verticalScrollBar()->setPageStep(chart.height());
    verticalScrollBar()->setSingleStep(m_layout.metrics().laneHeight);
}

void MaintenanceTimeline::scrollToSeconds(qint64 secs, double fraction)
{
    const QRect chart = chartRect();
    const double value = double(secs - m_origin) * pixelsPerSecond() - fraction * chart.width();
    horizontalScrollBar()->setValue(int(std::lround(qBound(0.0, value, double(horizontalScrollBar()->maximum())))));
    viewport()->update();
}

void MaintenanceTimeline::scrollToTime(const QDateTime &time)
{
    ensureLayout();
    scrollToSeconds(time.toSecsSinceEpoch(), 0.25);
}

void MaintenanceTimeline::scrollToNow()
{
    ensureLayout();
    scrollToSeconds(nowSecs(), 0.2);
}

void MaintenanceTimeline::setSelectedMaintenances(const QList<qint64> &ids, bool reveal)
{
    const QSet<qint64> selected(ids.cbegin(), ids.cend());
    if (selected == m_selected)
        return;
    m_selected = selected;
    if (reveal && ids.size() == 1) {
        const QRect bar = barRect(ids.constFirst());
        if (!bar.isEmpty() && !chartRect().intersects(bar)) {
            const int row = m_layout.rowsOf(ids.constFirst()).value(0, -1);
            verticalScrollBar()->setValue(m_layout.rows().at(row).top - chartRect().height() / 3);
            scrollToSeconds(timeAt(bar.left()), 0.25);
        }
    }
    viewport()->update();
}

void MaintenanceTimeline::showOverlap(qint64 overlapId)
{
    ensureLayout();
    m_shownOverlap = overlapId;
    const QList<int> rows = m_layout.rowsOfOverlap(overlapId);
    const SiteOverlap *o = m_layout.overlap(overlapId);
    if (!rows.isEmpty() && o) {
        const TimelineRow &row = m_layout.rows().at(rows.constFirst());
        const QRect chart = chartRect();
        if (row.top < verticalScrollBar()->value() || row.top + row.height > verticalScrollBar()->value() + chart.height())
            verticalScrollBar()->setValue(row.top - chart.height() / 3);
        scrollToSeconds(o->start.toSecsSinceEpoch(), 0.25);
    }
    viewport()->update();
}

int MaintenanceTimeline::rowTop(int row) const
{
    return axisHeight() + m_layout.rows().at(row).top - verticalScrollBar()->value();
}

QRect MaintenanceTimeline::barGeometry(int row, const TimelineBar &bar) const
{
    const auto &metrics = m_layout.metrics();
    const int left = xOf(bar.start);
    const int right = xOf(bar.end);
    const int y = rowTop(row) + metrics.rowPadding + bar.lane * metrics.laneHeight + 1;
    // Short windows stay visible (and clickable) at every zoom.
    const int width = qMax(4, right - left);
    return QRect(right - left < 4 ? left - (4 - (right - left)) / 2 : left, y, width, metrics.laneHeight - 2);
}

QRect MaintenanceTimeline::bandGeometry(int row, const TimelineBand &band) const
{
    const int left = xOf(band.start);
    const int right = xOf(band.end);
    const int width = qMax(4, right - left);
    return QRect(right - left < 4 ? left - (4 - (right - left)) / 2 : left, rowTop(row), width,
                 m_layout.rows().at(row).height);
}

QList<MaintenanceTimeline::VisibleBar> MaintenanceTimeline::visibleBars()
{
    ensureLayout();
    QList<VisibleBar> found;
    const QRect chart = chartRect();
    const int scroll = verticalScrollBar()->value();
    const auto [first, last] = m_layout.rowsIn(scroll, scroll + chart.height());
    const double slack = 4.0 / pixelsPerSecond(); // the minimum bar width
    const qint64 from = timeAt(chart.left()) - qint64(slack);
    const qint64 to = timeAt(chart.right() + 1) + qint64(slack);
    for (int row = first; row <= last; ++row) {
        const TimelineRow &r = m_layout.rows().at(row);
        for (int i : m_layout.barsIn(row, from, to))
            found.append({r.bars.at(i).maintenanceId, row, barGeometry(row, r.bars.at(i))});
    }
    return found;
}

QRect MaintenanceTimeline::barRect(qint64 maintenanceId)
{
    ensureLayout();
    for (int row : m_layout.rowsOf(maintenanceId)) {
        for (const TimelineBar &bar : m_layout.rows().at(row).bars) {
            if (bar.maintenanceId == maintenanceId)
                return barGeometry(row, bar);
        }
    }
    return {};
}

MaintenanceTimeline::Hit MaintenanceTimeline::hitAt(const QPoint &pos)
{
    // Against the layout on screen, not one still being built: a click or a tooltip is about
    // the bar the operator sees under the pointer.
    Hit hit;
    const QRect chart = chartRect();
    if (!chart.contains(pos))
        return hit;
    hit.row = m_layout.rowAt(pos.y() - chart.top() + verticalScrollBar()->value());
    if (hit.row < 0)
        return hit;
    const qint64 t = timeAt(pos.x());
    const qint64 slack = qint64(std::ceil(4.0 / pixelsPerSecond()));
    const TimelineRow &row = m_layout.rows().at(hit.row);
    // The last drawn is on top.
    const QList<int> bars = m_layout.barsIn(hit.row, t - slack, t + slack);
    for (auto it = bars.crbegin(); it != bars.crend(); ++it) {
        if (barGeometry(hit.row, row.bars.at(*it)).contains(pos)) {
            hit.bar = *it;
            return hit;
        }
    }
    for (int band : m_layout.bandsIn(hit.row, t - slack, t + slack)) {
        if (bandGeometry(hit.row, row.bands.at(band)).contains(pos))
            hit.band = band;
    }
    return hit;
}

qint64 MaintenanceTimeline::maintenanceAt(const QPoint &viewportPos)
{
    const Hit hit = hitAt(viewportPos);
    return hit.bar < 0 ? 0 : m_layout.rows().at(hit.row).bars.at(hit.bar).maintenanceId;
}

qint64 MaintenanceTimeline::overlapAt(const QPoint &viewportPos)
{
    const Hit hit = hitAt(viewportPos);
    return hit.band < 0 ? 0 : m_layout.rows().at(hit.row).bands.at(hit.band).overlapId;
}

QString MaintenanceTimeline::toolTipAt(const QPoint &viewportPos)
{
    const Hit hit = hitAt(viewportPos);
    if (hit.bar >= 0)
        return barToolTip(m_layout.rows().at(hit.row).bars.at(hit.bar));
    if (hit.band >= 0)
        return bandToolTip(m_layout.rows().at(hit.row), m_layout.rows().at(hit.row).bands.at(hit.band));
    if (hit.row < 0 && viewportPos.x() < m_labelWidth && viewportPos.y() >= axisHeight()) {
        const int row = m_layout.rowAt(viewportPos.y() - axisHeight() + verticalScrollBar()->value());
        if (row >= 0) {
            const TimelineRow &r = m_layout.rows().at(row);
            return r.detail.isEmpty() ? r.label : tr("%1 (%2)").arg(r.label, r.detail);
        }
    }
    return {};
}

QString MaintenanceTimeline::barToolTip(const TimelineBar &bar) const
{
    const Maintenance *m = m_layout.maintenance(bar.maintenanceId);
    if (!m)
        return {};
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(escaped(bar.label));
    if (!m->summary.isEmpty())
        lines << escaped(m->summary);
    lines << tr("Status: %1").arg(DisplayText::name(m->status));
    lines << tr("Window: %1 – %2 (%3)")
                 .arg(DisplayText::time(QDateTime::fromSecsSinceEpoch(bar.start)),
                      DisplayText::time(QDateTime::fromSecsSinceEpoch(bar.end)), DisplayText::duration(bar.end - bar.start));
    for (const CircuitImpact &ci : m->impacts) {
        const QString sites = m_layout.sitesOf(ci);
        lines << (sites.isEmpty() ? tr("Circuit %1: %2").arg(escaped(ci.circuitRef), DisplayText::name(ci.impact))
                                  : tr("Circuit %1 at %3: %2").arg(escaped(ci.circuitRef), DisplayText::name(ci.impact), escaped(sites)));
    }
    lines << (m->acknowledged ? tr("Acknowledged by %1").arg(escaped(m->acknowledgedBy)) : tr("Not acknowledged"));
    return QStringLiteral("<p style='white-space:pre'>") + lines.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
}

QString MaintenanceTimeline::bandToolTip(const TimelineRow &row, const TimelineBand &band) const
{
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(tr("%1 at %2").arg(DisplayText::name(band.kind), escaped(row.label)));
    lines << tr("%1 – %2").arg(DisplayText::time(QDateTime::fromSecsSinceEpoch(band.start)),
                               DisplayText::time(QDateTime::fromSecsSinceEpoch(band.end)));
    if (const SiteOverlap *o = m_layout.overlap(band.overlapId)) {
        lines << tr("%1 of the site's %2 circuits in maintenance").arg(o->impactedCircuitCount()).arg(o->siteCircuitCount);
        for (qint64 id : o->maintenanceIds()) {
            const Maintenance *m = m_layout.maintenance(id);
            if (m)
                lines << escaped(m->providerDisplayName() + QLatin1Char(' ')
                                 + m->maintenanceKey);
        }
    }
    return QStringLiteral("<p style='white-space:pre'>") + lines.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
}

void MaintenanceTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    paintFrame(painter);
}

QImage MaintenanceTimeline::renderFrame()
{
    QImage image(viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    paintFrame(painter);
    return image;
}

void MaintenanceTimeline::paintFrame(QPainter &p)
{
    const QRect vp = viewport()->rect();
    const QRect chart = chartRect();
    const QPalette &pal = palette();
    p.fillRect(vp, pal.base());

    const int scroll = verticalScrollBar()->value();
    const auto [first, last] = m_layout.rowsIn(scroll, scroll + chart.height());
    const qint64 from = timeAt(chart.left());
    const qint64 to = timeAt(chart.right() + 1);
    const double slack = 4.0 / pixelsPerSecond();

    p.save();
    p.setClipRect(chart);
    // Rows: alternate shading, so a bar's row is easy to follow from its name.
    for (int row = first; row <= last; ++row) {
        if (row % 2)
            p.fillRect(QRect(chart.left(), rowTop(row), chart.width(), m_layout.rows().at(row).height), pal.alternateBase());
    }
    // Weekends a shade darker, then the grid.
    // One axis per frame, for the grid and the labels. Its first major tick is the one at or
    // before the left edge, whose label sticks there.
    const MaintenanceTimelineAxis axis =
        MaintenanceTimelineAxis::compute(from, to, pixelsPerSecond(), fontMetrics().horizontalAdvance(QStringLiteral("00:00")) + 14);
    if (pixelsPerSecond() * kDay >= 6) {
        const QColor weekend = withAlpha(pal.text().color(), 10);
        for (QDate d = QDateTime::fromSecsSinceEpoch(from).toLocalTime().date();
             d <= QDateTime::fromSecsSinceEpoch(to).toLocalTime().date(); d = d.addDays(1)) {
            if (d.dayOfWeek() < Qt::Saturday)
                continue;
            const int left = xOf(d.startOfDay().toSecsSinceEpoch());
            const int right = xOf(d.addDays(1).startOfDay().toSecsSinceEpoch());
            p.fillRect(QRect(left, chart.top(), right - left, chart.height()), weekend);
        }
    }
    p.setPen(withAlpha(pal.text().color(), 22));
    for (const auto &tick : axis.minor())
        p.drawLine(xOf(tick.at), chart.top(), xOf(tick.at), chart.bottom());
    p.setPen(withAlpha(pal.text().color(), 60));
    for (const auto &tick : axis.major())
        p.drawLine(xOf(tick.at), chart.top(), xOf(tick.at), chart.bottom());

    // Overlap bands behind the bars: amber where a site's redundancy is reduced, red (hatched)
    // where it is lost.
    for (int row = first; row <= last; ++row) {
        const TimelineRow &r = m_layout.rows().at(row);
        for (int i : m_layout.bandsIn(row, from - qint64(slack), to + qint64(slack))) {
            const TimelineBand &band = r.bands.at(i);
            const QColor c = DisplayText::color(band.kind);
            const QRect rect = bandGeometry(row, band);
            p.fillRect(rect, withAlpha(c, band.kind == OverlapKind::Overlap ? 28 : 52));
            if (band.kind == OverlapKind::RedundancyLost)
                p.fillRect(rect, QBrush(withAlpha(c, 90), Qt::BDiagPattern));
        }
    }

    // Bars. Unacknowledged ones carry bold text, as in the pane.
    QFont normal = font();
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fmNormal(normal);
    const QFontMetrics fmBold(bold);
    p.setRenderHint(QPainter::Antialiasing, true);
    const QColor highlight = pal.highlight().color();
    struct Placed
    {
        int bar;
        QRect rect;
        bool nameOutside; // the name did not fit: it goes after the bar
    };
    QList<Placed> placed;
    for (int row = first; row <= last; ++row) {
        const TimelineRow &r = m_layout.rows().at(row);
        for (int i : m_layout.barsIn(row, from - qint64(slack), to + qint64(slack))) {
            const TimelineBar &bar = r.bars.at(i);
            const QRect rect = barGeometry(row, bar);
            const QColor c = bar.hasImpact ? DisplayText::color(bar.impact) : kNoImpactColor;
            const bool cancelled = bar.status == MaintenanceStatus::Cancelled;
            const bool faded = cancelled || bar.status == MaintenanceStatus::Completed;
            QColor text = Qt::white;
            if (cancelled) {
                p.setBrush(withAlpha(c, 30));
                p.setPen(QPen(c, 1, Qt::DashLine));
                text = c.darker(140);
            } else if (faded) {
                p.setBrush(withAlpha(c, 110));
                p.setPen(QPen(withAlpha(c, 160), 1));
                text = pal.text().color();
            } else {
                p.setBrush(c);
                p.setPen(QPen(c.darker(135), 1));
            }
            const QRectF shape = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
            // A sliver (Month zoom) has no room for round corners: a plain rectangle is as
            // legible and several times cheaper than an antialiased path.
            const bool sliver = rect.width() < 10;
            p.setRenderHint(QPainter::Antialiasing, !sliver);
            if (sliver)
                p.drawRect(rect.adjusted(0, 0, -1, -1));
            else
                p.drawRoundedRect(shape, 3, 3);
            if (m_selected.contains(bar.maintenanceId)) {
                p.setRenderHint(QPainter::Antialiasing, true);
                p.setBrush(Qt::NoBrush);
                p.setPen(QPen(highlight.darker(120), 2.5));
                p.drawRoundedRect(shape.adjusted(-1.5, -1.5, 1.5, 1.5), 4, 4);
            }
            // The name, kept in sight while the bar's start scrolls off to the left.
            const int textLeft = qMax(rect.left(), chart.left()) + 5;
            const int room = rect.right() - textLeft - 3;
            const bool strong = !bar.acknowledged && !faded;
            const QFontMetrics &fm = strong ? fmBold : fmNormal;
            if (room >= 60 || (room >= 24 && room >= fm.horizontalAdvance(bar.label))) {
                p.setFont(strong ? bold : normal);
                p.setPen(text);
                p.drawText(QRect(textLeft, rect.top(), room, rect.height()), Qt::AlignVCenter | Qt::AlignLeft,
                           fm.elidedText(bar.label, Qt::ElideRight, room));
                placed.append({i, rect, false});
            } else {
                placed.append({i, rect, true});
            }
        }
        // Names that do not fit their bar go after it, where the lane is free up to the next bar.
        QList<int> nextLeft(r.lanes, chart.right() + 1);
        for (auto it = placed.crbegin(); it != placed.crend(); ++it) {
            const TimelineBar &bar = r.bars.at(it->bar);
            const QRect &rect = it->rect;
            const int room = qMin(nextLeft.at(bar.lane), chart.right()) - rect.right() - 8;
            nextLeft[bar.lane] = rect.left();
            if (!it->nameOutside || room < 30 || rect.right() < chart.left())
                continue;
            const bool strong = !bar.acknowledged && bar.status != MaintenanceStatus::Cancelled
                             && bar.status != MaintenanceStatus::Completed;
            const QFontMetrics &fm = strong ? fmBold : fmNormal;
            p.setFont(strong ? bold : normal);
            p.setPen(pal.text().color());
            p.drawText(QRect(rect.right() + 4, rect.top(), room, rect.height()), Qt::AlignVCenter | Qt::AlignLeft,
                       fm.elidedText(bar.label, Qt::ElideRight, room));
        }
        placed.clear();
    }
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setFont(normal);

    // The bands' frames over the bars, so the span of an overlap reads even where bars cover it.
    p.setBrush(Qt::NoBrush);
    for (int row = first; row <= last; ++row) {
        const TimelineRow &r = m_layout.rows().at(row);
        for (int i : m_layout.bandsIn(row, from - qint64(slack), to + qint64(slack))) {
            const TimelineBand &band = r.bands.at(i);
            const bool shown = band.overlapId == m_shownOverlap;
            p.setPen(QPen(DisplayText::color(band.kind), shown ? 3 : 1.5));
            p.drawRect(bandGeometry(row, band).adjusted(1, 1, -1, -1));
        }
    }

    // Now.
    const int nowX = xOf(nowSecs());
    p.setPen(QPen(kNowColor, 2));
    p.drawLine(nowX, chart.top(), nowX, chart.bottom());
    p.restore();

    paintAxis(p, axis);
    paintLabels(p, first, last);
    if (m_layout.isEmpty()) {
        p.setPen(pal.placeholderText().color());
        p.drawText(chart, Qt::AlignCenter, isLayoutCurrent() ? tr("No maintenances to show") : tr("Laying out the maintenances…"));
    }
}

void MaintenanceTimeline::paintAxis(QPainter &p, const MaintenanceTimelineAxis &axis) const
{
    const QPalette &pal = palette();
    const QRect chart = chartRect();
    const int height = axisHeight();
    const int line = height / 2;
    const QRect band(chart.left(), 0, chart.width(), height);
    p.fillRect(QRect(0, 0, viewport()->width(), height), pal.window());
    p.save();
    p.setClipRect(band);
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fmBold(bold);
    // Major labels stick to the left edge while their span is in sight, so the date of what
    // is on screen is always written somewhere.
    const auto &major = axis.major();
    for (int i = 0; i < major.size(); ++i) {
        const int x = xOf(major.at(i).at);
        const int next = i + 1 < major.size() ? xOf(major.at(i + 1).at) : chart.right() + 1000;
        if (next < chart.left() || x > chart.right())
            continue;
        p.setPen(withAlpha(pal.text().color(), 90));
        p.drawLine(x, 0, x, height);
        // The long label when it fits the span in sight, else the short one, else none.
        const int start = qMax(x, chart.left()) + 5;
        QString text = major.at(i).label;
        if (fmBold.horizontalAdvance(text) > next - start - 6)
            text = major.at(i).shortLabel;
        const int textWidth = fmBold.horizontalAdvance(text);
        if (text.isEmpty() || textWidth > next - x - 10)
            continue;
        const int left = qMin(start, next - textWidth - 6);
        p.setFont(bold);
        p.setPen(pal.windowText().color());
        p.drawText(QRect(left, 0, textWidth + 2, line), Qt::AlignVCenter | Qt::AlignLeft, text);
    }
    p.setFont(font());
    for (const auto &tick : axis.minor()) {
        const int x = xOf(tick.at);
        if (x < chart.left() - 60 || x > chart.right() + 60)
            continue;
        p.setPen(withAlpha(pal.text().color(), 60));
        p.drawLine(x, height - 5, x, height);
        p.setPen(pal.windowText().color());
        p.drawText(QRect(x - 40, line, 80, line - 3), Qt::AlignCenter, tick.label);
    }
    const int nowX = xOf(nowSecs());
    if (nowX >= chart.left() && nowX <= chart.right()) {
        const QString label = tr("now");
        const int w = fontMetrics().horizontalAdvance(label) + 8;
        const QRect tag(nowX - w / 2, line + 1, w, line - 3);
        p.fillRect(tag, kNowColor);
        p.setPen(Qt::white);
        p.drawText(tag, Qt::AlignCenter, label);
    }
    p.restore();
    p.setPen(pal.mid().color());
    p.drawLine(0, height - 1, viewport()->width(), height - 1);
}

void MaintenanceTimeline::paintLabels(QPainter &p, int firstRow, int lastRow) const
{
    const QPalette &pal = palette();
    const QRect chart = chartRect();
    const QRect gutter(0, chart.top(), m_labelWidth, chart.height());
    p.fillRect(gutter, pal.window());
    p.save();
    p.setClipRect(gutter);
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fmBold(bold);
    for (int row = firstRow; row <= lastRow; ++row) {
        const TimelineRow &r = m_layout.rows().at(row);
        const QRect rect(0, rowTop(row), m_labelWidth, r.height);
        if (row % 2)
            p.fillRect(rect, pal.alternateBase().color().darker(103));
        // A site that loses or reduces redundancy is marked where the eye starts reading.
        const bool alert = r.hasOverlap && r.worstOverlap != OverlapKind::Overlap;
        if (alert)
            p.fillRect(QRect(0, rect.top() + 2, 5, rect.height() - 4), DisplayText::color(r.worstOverlap));
        const int lineHeight = fontMetrics().height() + 6;
        const QRect textRect(10, rect.top(), m_labelWidth - 16, qMin(rect.height(), lineHeight + 2 * 3));
        p.setFont(alert ? bold : font());
        p.setPen(alert ? DisplayText::color(r.worstOverlap).darker(115) : pal.windowText().color());
        const QFontMetrics &fm = alert ? fmBold : fontMetrics();
        const QString label = fm.elidedText(r.label, Qt::ElideRight, textRect.width());
        p.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, label);
        if (!r.detail.isEmpty()) {
            const int used = fm.horizontalAdvance(label) + 8;
            p.setFont(font());
            p.setPen(pal.placeholderText().color());
            p.drawText(textRect.adjusted(used, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                       fontMetrics().elidedText(r.detail, Qt::ElideRight, textRect.width() - used));
        }
    }
    p.restore();
    p.setFont(font());
    // The corner says what the rows are.
    p.fillRect(QRect(0, 0, m_labelWidth, axisHeight()), pal.window());
    QFont bold2 = font();
    bold2.setBold(true);
    p.setFont(bold2);
    p.setPen(pal.windowText().color());
    p.drawText(QRect(10, 0, m_labelWidth - 12, axisHeight()), Qt::AlignVCenter | Qt::AlignLeft,
               m_grouping == TimelineGrouping::BySite ? tr("Site") : tr("Circuit"));
    p.setFont(font());
    p.setPen(pal.mid().color());
    p.drawLine(m_labelWidth - 1, 0, m_labelWidth - 1, viewport()->height());
    p.drawLine(0, axisHeight() - 1, m_labelWidth, axisHeight() - 1);
}

void MaintenanceTimeline::resizeEvent(QResizeEvent *event)
{
    const qint64 left = timeAt(chartRect().left());
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    scrollToSeconds(left, 0.0);
}

void MaintenanceTimeline::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        scheduleRebuild(); // lanes are as tall as the font
    QAbstractScrollArea::changeEvent(event);
}

void MaintenanceTimeline::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    const Hit hit = hitAt(event->position().toPoint());
    if (hit.bar >= 0)
        Q_EMIT maintenanceClicked(m_layout.rows().at(hit.row).bars.at(hit.bar).maintenanceId, event->modifiers());
    else if (hit.band >= 0)
        Q_EMIT overlapClicked(m_layout.rows().at(hit.row).bands.at(hit.band).overlapId);
    event->accept();
}

void MaintenanceTimeline::mouseReleaseEvent(QMouseEvent *event) { event->accept(); }

void MaintenanceTimeline::wheelEvent(QWheelEvent *event)
{
    // Ctrl+wheel zooms, as in a browser; the plain wheel scrolls the rows.
    if (event->modifiers() & Qt::ControlModifier) {
        const int step = event->angleDelta().y() > 0 ? -1 : 1;
        setZoom(Zoom(qBound(0, int(m_zoom) + step, int(Zoom::Month))));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

bool MaintenanceTimeline::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace nocdesk
