#include "MaintenanceTimelinePanel.h"

#include "DisplayText.h"
#include "OverlapController.h"
#include "PaneWidget.h"
#include "SettingsKeys.h"
#include "SiteOverlapView.h"
#include "items/MaintenanceTableModel.h"
#include "items/SiteOverlapTableModel.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace nocdesk {

namespace {

QString swatch(const QColor &color, const QString &text)
{
    return QStringLiteral("<span style='color:%1'>&#9632;</span>&nbsp;%2").arg(color.name(), text.toHtmlEscaped());
}

} // namespace

MaintenanceTimelinePanel::MaintenanceTimelinePanel(PaneWidget *pane, MaintenanceTableModel *maintenances,
                                                   OverlapController *overlaps, QWidget *parent)
    : QWidget(parent), m_pane(pane), m_maintenances(maintenances), m_overlaps(overlaps),
      m_toolBar(new QToolBar(this)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_timeline(new MaintenanceTimeline(m_splitter)), m_overlapView(new SiteOverlapView(overlaps->model(), m_splitter)),
      m_findOverlaps(new QAction(tr("Find Overlaps Now"), this))
{
    setObjectName(QStringLiteral("timelinePanel"));
    m_toolBar->setObjectName(QStringLiteral("timelineToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *title = new QLabel(tr("<b>Timeline</b>"), m_toolBar);
    title->setContentsMargins(6, 0, 10, 0);
    m_toolBar->addWidget(title);
    addZoomActions();
    m_toolBar->addSeparator();
    addRowsActions();
    m_toolBar->addSeparator();
    QAction *now = m_toolBar->addAction(tr("Now"), m_timeline, &MaintenanceTimeline::scrollToNow);
    now->setObjectName(QStringLiteral("timelineNow"));
    now->setToolTip(tr("Scroll the timeline to the present"));
    m_toolBar->addSeparator();
    m_findOverlaps->setObjectName(QStringLiteral("findOverlaps"));
    m_findOverlaps->setToolTip(tr("Look for maintenances that overlap at a site now, rather than after the next fetch"));
    connect(m_findOverlaps, &QAction::triggered, m_overlaps, &OverlapController::runJob);
    m_toolBar->addAction(m_findOverlaps);

    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    auto *legend = new QLabel(m_toolBar);
    legend->setObjectName(QStringLiteral("timelineLegend"));
    legend->setText(QStringList{swatch(DisplayText::color(Impact::Outage), DisplayText::name(Impact::Outage)),
                                swatch(DisplayText::color(Impact::Degraded), DisplayText::name(Impact::Degraded)),
                                swatch(DisplayText::color(Impact::ReducedRedundancy), DisplayText::name(Impact::ReducedRedundancy)),
                                swatch(DisplayText::color(Impact::NoImpact), DisplayText::name(Impact::NoImpact)),
                                swatch(DisplayText::color(OverlapKind::RedundancyLost), tr("band: redundancy lost")),
                                swatch(DisplayText::color(OverlapKind::RedundancyReduced), tr("band: reduced"))}
                        .join(QStringLiteral("&nbsp;&nbsp; ")));
    legend->setContentsMargins(0, 0, 6, 0);
    m_toolBar->addWidget(legend);

    m_splitter->setObjectName(QStringLiteral("timelineSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    const QSettings settings;
    if (!m_splitter->restoreState(settings.value(settings::kTimelineSplitter).toByteArray()))
        m_splitter->setSizes({900, 380});
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(settings::kTimelineSplitter, m_splitter->saveState()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_splitter, 1);

    // What the pane shows, its filter applied: read once per event-loop turn however many
    // rows a fetch touched.
    m_feed.setSingleShot(true);
    m_feed.setInterval(0);
    connect(&m_feed, &QTimer::timeout, this, &MaintenanceTimelinePanel::feedMaintenances);
    QAbstractItemModel *shown = pane->view()->model();
    connect(shown, &QAbstractItemModel::modelReset, &m_feed, qOverload<>(&QTimer::start));
    connect(shown, &QAbstractItemModel::layoutChanged, &m_feed, qOverload<>(&QTimer::start));
    connect(shown, &QAbstractItemModel::rowsInserted, &m_feed, qOverload<>(&QTimer::start));
    connect(shown, &QAbstractItemModel::rowsRemoved, &m_feed, qOverload<>(&QTimer::start));
    connect(shown, &QAbstractItemModel::dataChanged, &m_feed, qOverload<>(&QTimer::start));
    connect(m_overlaps, &OverlapController::finished, this, &MaintenanceTimelinePanel::feedOverlaps);

    connect(m_timeline, &MaintenanceTimeline::maintenanceClicked, this, [this](qint64 id, Qt::KeyboardModifiers modifiers) {
        m_pane->selectIds({id}, modifiers & Qt::ControlModifier ? QItemSelectionModel::Toggle
                                                                : QItemSelectionModel::ClearAndSelect);
    });
    connect(m_pane, &PaneWidget::selectionChanged, this,
            [this] { m_timeline->setSelectedMaintenances(m_pane->selectedIds(), true); });
    connect(m_overlapView, &SiteOverlapView::overlapSelected, this, [this](qint64 id, const QList<qint64> &maintenanceIds) {
        m_timeline->showOverlap(id);
        m_pane->selectIds(maintenanceIds);
    });
    connect(m_timeline, &MaintenanceTimeline::overlapClicked, m_overlapView, &SiteOverlapView::selectOverlap);

    feedMaintenances();
    feedOverlaps();
}

void MaintenanceTimelinePanel::addZoomActions()
{
    auto *group = new QActionGroup(this);
    const QString saved = QSettings().value(settings::kTimelineZoom, QStringLiteral("week")).toString();
    const struct { MaintenanceTimeline::Zoom zoom; QString key; QString text; QString tip; } zooms[] = {
        {MaintenanceTimeline::Zoom::Day, QStringLiteral("day"), tr("Day"), tr("Show one day across the chart")},
        {MaintenanceTimeline::Zoom::Week, QStringLiteral("week"), tr("Week"), tr("Show one week across the chart")},
        {MaintenanceTimeline::Zoom::Month, QStringLiteral("month"), tr("Month"), tr("Show a month across the chart")},
    };
    for (const auto &z : zooms) {
        QAction *action = m_toolBar->addAction(z.text);
        action->setObjectName(QStringLiteral("zoom-") + z.key);
        action->setToolTip(z.tip + tr(" (Ctrl+wheel zooms)"));
        action->setCheckable(true);
        group->addAction(action);
        const MaintenanceTimeline::Zoom zoom = z.zoom;
        const QString key = z.key;
        connect(action, &QAction::triggered, this, [this, zoom, key] {
            m_timeline->setZoom(zoom);
            QSettings().setValue(settings::kTimelineZoom, key);
        });
        connect(m_timeline, &MaintenanceTimeline::zoomChanged, action, [action, zoom, key](MaintenanceTimeline::Zoom now) {
            action->setChecked(now == zoom);
            if (now == zoom)
                QSettings().setValue(settings::kTimelineZoom, key);
        });
        if (key == saved) {
            action->setChecked(true);
            m_timeline->setZoom(zoom);
        }
    }
    if (!group->checkedAction())
        group->actions().at(1)->setChecked(true);
}

void MaintenanceTimelinePanel::addRowsActions()
{
    auto *group = new QActionGroup(this);
    const bool byCircuit = QSettings().value(settings::kTimelineRows).toString() == QLatin1String("circuit");
    QAction *sites = m_toolBar->addAction(tr("Sites"));
    sites->setObjectName(QStringLiteral("rowsPerSite"));
    sites->setToolTip(tr("One row per site: overlaps that reduce a site's redundancy show as bands"));
    QAction *circuits = m_toolBar->addAction(tr("Circuits"));
    circuits->setObjectName(QStringLiteral("rowsPerCircuit"));
    circuits->setToolTip(tr("One row per circuit"));
    for (QAction *a : {sites, circuits}) {
        a->setCheckable(true);
        group->addAction(a);
    }
    (byCircuit ? circuits : sites)->setChecked(true);
    m_timeline->setGrouping(byCircuit ? TimelineGrouping::ByCircuit : TimelineGrouping::BySite);
    connect(sites, &QAction::triggered, this, [this] {
        m_timeline->setGrouping(TimelineGrouping::BySite);
        QSettings().setValue(settings::kTimelineRows, QStringLiteral("site"));
    });
    connect(circuits, &QAction::triggered, this, [this] {
        m_timeline->setGrouping(TimelineGrouping::ByCircuit);
        QSettings().setValue(settings::kTimelineRows, QStringLiteral("circuit"));
    });
}

void MaintenanceTimelinePanel::feedMaintenances()
{
    QAbstractItemModel *shown = m_pane->view()->model();
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(shown);
    QList<Maintenance> rows;
    rows.reserve(shown->rowCount());
    for (int row = 0; row < shown->rowCount(); ++row) {
        const int source = proxy ? proxy->mapToSource(shown->index(row, 0)).row() : row;
        if (source < 0)
            continue;
        rows.append(m_maintenances->at(source));
        // A re-scheduled maintenance shows where it runs now, not where it was first planned.
        const auto current = m_overlaps->currentWindows().constFind(rows.constLast().id);
        if (current != m_overlaps->currentWindows().constEnd())
            rows.last().windows = *current;
    }
    m_timeline->setMaintenances(rows);
}

void MaintenanceTimelinePanel::feedOverlaps()
{
    const SiteOverlapTableModel *model = m_overlaps->model();
    QList<SiteOverlap> overlaps;
    overlaps.reserve(model->rowCount());
    for (int row = 0; row < model->rowCount(); ++row)
        overlaps.append(model->at(row));
    m_timeline->setInventory(m_overlaps->sites(), m_overlaps->circuits());
    m_timeline->setOverlaps(overlaps);
    // The windows a re-schedule replaced came with this run: they go in with its overlaps, so
    // the chart never shows a band without the bars it belongs to.
    m_feed.stop();
    feedMaintenances();
}

} // namespace nocdesk
