#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QSplitter;
class QTabWidget;

namespace nocdesk {

class CalendarExportAction;
class ConsoleController;
class EventFilterBar;
class MaintenanceTimelinePanel;
class MaintenanceFilterBar;
class PaneWidget;
class TaskStatusWidget;
class TrayNotifier;

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
    [[nodiscard]] CalendarExportAction *calendarExport() const { return m_calendarExport; }
    // The timeline and overlaps under the maintenances pane.
    [[nodiscard]] MaintenanceTimelinePanel *timelinePanel() const { return m_timelinePanel; }
    [[nodiscard]] MaintenanceFilterBar *maintenanceFilterBar() const { return m_maintenanceFilter; }
    void showPane(Pane pane);
    [[nodiscard]] TrayNotifier *trayNotifier() const { return m_tray; }
    // Shows the maintenances pane with this maintenance selected (when the filter shows it).
    void selectMaintenance(qint64 maintenanceId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPanes();
    void createMenus();
    void updateTabTitles();
    void toggleAcknowledgement();
    void createLiveTailControls();
    void createMaintenanceFilters();
    void showTimesInUtc(bool utc);
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
    CalendarExportAction *m_calendarExport = nullptr;
    TrayNotifier *m_tray = nullptr;
    MaintenanceTimelinePanel *m_timelinePanel = nullptr;
    QSplitter *m_maintenancesSplit = nullptr;
    MaintenanceFilterBar *m_maintenanceFilter = nullptr;
    QAction *m_timesInUtc = nullptr;
};

} // namespace nocdesk
