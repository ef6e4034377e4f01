#pragma once

#include <QMainWindow>

class QLabel;
class QSplitter;
class QTabWidget;

namespace nocdesk {

class ConsoleController;
class EventFilterBar;
class MaintenanceTimelinePanel;
class PaneWidget;
class TaskStatusWidget;

// One window, four panes: notifications, maintenances, live events, alarms.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Pane { NotificationsPane, MaintenancesPane, EventsPane, AlarmsPane, PaneCount };
    Q_ENUM(Pane)

    explicit MainWindow(ConsoleController *controller, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] PaneWidget *pane(Pane pane) const;
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] TaskStatusWidget *taskStatus() const { return m_taskStatus; }
    [[nodiscard]] EventFilterBar *eventFilterBar() const { return m_eventFilter; }
    // The timeline and overlaps under the maintenances pane.
    [[nodiscard]] MaintenanceTimelinePanel *timelinePanel() const { return m_timelinePanel; }
    void showPane(Pane pane);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPanes();
    void createMenus();
    void updateTabTitles();
    void toggleAcknowledgement();
    void createLiveTailControls();
    void updateIntakeCounters();
    void saveLayout() const;
    void restoreLayout();

    ConsoleController *m_controller;
    QTabWidget *m_tabs;
    QList<PaneWidget *> m_panes;
    TaskStatusWidget *m_taskStatus;
    QLabel *m_databaseLabel;
    QLabel *m_intakeCounters = nullptr;
    EventFilterBar *m_eventFilter = nullptr;
    MaintenanceTimelinePanel *m_timelinePanel = nullptr;
    QSplitter *m_maintenancesSplit = nullptr;
};

} // namespace nocdesk
