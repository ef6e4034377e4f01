#pragma once

#include "MaintenanceAlerts.h"

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QSystemTrayIcon;

namespace nocdesk {

class ConsoleController;
class MaintenanceAlertWatcher;

// The desktop side of maintenance notifications: a tray icon that shows what the
// MaintenanceAlertWatcher decided to announce (several at once become one message). Clicking
// the message or the icon brings the window up and asks for the maintenance to be selected.
// Where there is no tray (offscreen, some desktops) the message goes to the status bar.
// menu() holds the settings: on/off and how many hours ahead "starting soon" warns.
class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    TrayNotifier(ConsoleController *console, QMainWindow *window);

    [[nodiscard]] QMenu *menu() const { return m_menu; }
    [[nodiscard]] MaintenanceAlertWatcher *watcher() const { return m_watcher; }
    [[nodiscard]] QAction *enabledAction() const { return m_enabled; }
    // The title and body of the last message shown, for tests and the status bar.
    [[nodiscard]] QString lastTitle() const { return m_lastTitle; }
    // The maintenance the last message is about (the first one when it told of several).
    [[nodiscard]] qint64 lastMaintenanceId() const { return m_lastId; }
    // What clicking the message or the tray icon does.
    void activate();

Q_SIGNALS:
    void maintenanceActivated(qint64 maintenanceId);

private:
    void show(const QList<MaintenanceAlert> &alerts);
    void applySettings(const MaintenanceAlerts::Settings &settings);
    void askLeadHours();

    QMainWindow *m_window;
    MaintenanceAlertWatcher *m_watcher;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu;
    QAction *m_enabled;
    QAction *m_leadHours;
    QString m_lastTitle;
    QString m_lastBody;
    qint64 m_lastId = 0;
};

} // namespace nocdesk
