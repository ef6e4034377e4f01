#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QTabWidget;

namespace nocdesk {

class ConsoleController;
class EventFilterBar;
class MaintenanceFilterBar;
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
    [[nodiscard]] MaintenanceFilterBar *maintenanceFilterBar() const { return m_maintenanceFilter; }
    void showPane(Pane pane);

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
    MaintenanceFilterBar *m_maintenanceFilter = nullptr;
    QAction *m_timesInUtc = nullptr;
};

} // namespace nocdesk
