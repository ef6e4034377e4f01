#pragma once

#include "MaintenanceTimeline.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QActionGroup;
class QSplitter;
class QToolBar;

namespace nocdesk {

class MaintenanceTableModel;
class OverlapController;
class PaneWidget;
class SiteOverlapView;

// Under the maintenances pane: the timeline of what the pane shows (its filter applies), the
// overlap table beside it, and their toolbar (zoom, rows per site or circuit, now, Find
// Overlaps Now). Selection runs both ways: a bar clicked selects its maintenance in the pane,
// a maintenance selected in the pane is outlined in the chart, an overlap selected in the
// table is scrolled to and its maintenances selected.
class MaintenanceTimelinePanel : public QWidget
{
    Q_OBJECT
public:
    MaintenanceTimelinePanel(PaneWidget *pane, MaintenanceTableModel *maintenances, OverlapController *overlaps,
                             QWidget *parent = nullptr);

    [[nodiscard]] MaintenanceTimeline *timeline() const { return m_timeline; }
    [[nodiscard]] SiteOverlapView *overlapView() const { return m_overlapView; }
    [[nodiscard]] QAction *findOverlapsAction() const { return m_findOverlaps; }
    [[nodiscard]] QToolBar *toolBar() const { return m_toolBar; }

private:
    void feedMaintenances();
    void feedOverlaps();
    void addZoomActions();
    void addRowsActions();

    PaneWidget *m_pane;
    MaintenanceTableModel *m_maintenances;
    OverlapController *m_overlaps;
    QToolBar *m_toolBar;
    QSplitter *m_splitter;
    MaintenanceTimeline *m_timeline;
    SiteOverlapView *m_overlapView;
    QAction *m_findOverlaps;
    QTimer m_feed;
};

} // namespace nocdesk
