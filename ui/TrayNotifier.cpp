#include "TrayNotifier.h"

#include "ConsoleController.h"
#include "MaintenanceAlertWatcher.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>

namespace nocdesk {

namespace {
constexpr int kMessageMs = 15000;
constexpr int kListedAlerts = 3; // more than this in one message is a list nobody reads
} // namespace

TrayNotifier::TrayNotifier(ConsoleController *console, QMainWindow *window)
    : QObject(window), m_window(window), m_watcher(new MaintenanceAlertWatcher(console->maintenances(), this)),
      m_menu(new QMenu(tr("Desktop &Notifications"), window)),
      m_enabled(new QAction(tr("&Notify About Maintenances"), this)),
      m_leadHours(new QAction(this))
{
    m_menu->setObjectName(QStringLiteral("trayNotificationsMenu"));
    m_enabled->setObjectName(QStringLiteral("trayNotificationsEnabled"));
    m_enabled->setCheckable(true);
    m_enabled->setToolTip(tr("A desktop notification when a maintenance is new or changes status, and before an "
                             "unacknowledged one starts"));
    m_leadHours->setObjectName(QStringLiteral("trayStartingSoonHours"));
    m_menu->addAction(m_enabled);
    m_menu->addAction(m_leadHours);
    connect(m_enabled, &QAction::toggled, this, [this](bool on) {
        MaintenanceAlerts::Settings s = m_watcher->settings();
        s.enabled = on;
        applySettings(s);
    });
    connect(m_leadHours, &QAction::triggered, this, &TrayNotifier::askLeadHours);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        QIcon icon = QApplication::windowIcon();
        if (icon.isNull())
            icon = window->style()->standardIcon(QStyle::SP_MessageBoxInformation);
        m_tray->setIcon(icon);
        m_tray->setToolTip(tr("NocDesk"));
        auto *trayMenu = new QMenu(window);
        trayMenu->addAction(tr("Show NocDesk"), this, [this] {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        });
        trayMenu->addSeparator();
        trayMenu->addAction(m_enabled);
        trayMenu->addAction(m_leadHours);
        m_tray->setContextMenu(trayMenu);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::activate);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                activate();
        });
    }
    connect(m_watcher, &MaintenanceAlertWatcher::alertsReady, this, &TrayNotifier::show);
    // The store as the console first loads it is not news; what changes after that is.
    connect(console, &ConsoleController::refreshed, m_watcher, &MaintenanceAlertWatcher::prime);
    applySettings(MaintenanceAlerts::Settings::load(QSettings()));
}

void TrayNotifier::applySettings(const MaintenanceAlerts::Settings &settings)
{
    {
        const QSignalBlocker block(m_enabled);
        m_enabled->setChecked(settings.enabled);
    }
    m_leadHours->setText(tr("&Warn %n Hour(s) Before an Unacknowledged Start…", nullptr, settings.leadHours));
    m_leadHours->setEnabled(settings.enabled);
    QSettings stored;
    settings.save(stored);
    if (m_tray)
        m_tray->setVisible(settings.enabled);
    m_watcher->setSettings(settings);
}

void TrayNotifier::askLeadHours()
{
    MaintenanceAlerts::Settings s = m_watcher->settings();
    bool ok = false;
    const int hours = QInputDialog::getInt(m_window, tr("Starting Soon"),
                                           tr("Warn this many hours before a maintenance that is not acknowledged "
                                              "starts (0: not at all):"),
                                           s.leadHours, 0, 24 * 14, 1, &ok);
    if (!ok)
        return;
    s.leadHours = hours;
    applySettings(s);
}

void TrayNotifier::show(const QList<MaintenanceAlert> &alerts)
{
    if (alerts.isEmpty())
        return;
    m_lastId = alerts.constFirst().maintenanceId;
    if (alerts.size() == 1) {
        m_lastTitle = alerts.constFirst().title;
        m_lastBody = alerts.constFirst().body;
    } else {
        m_lastTitle = tr("%n maintenance update(s)", nullptr, int(alerts.size()));
        QStringList lines;
        for (int i = 0; i < alerts.size() && i < kListedAlerts; ++i)
            lines << alerts.at(i).title;
        if (alerts.size() > kListedAlerts)
            lines << tr("…and %n more", nullptr, int(alerts.size() - kListedAlerts));
        m_lastBody = lines.join(QLatin1Char('\n'));
    }
    const bool warning = std::any_of(alerts.cbegin(), alerts.cend(), [](const MaintenanceAlert &a) {
        return a.kind == MaintenanceAlert::Kind::StartingSoon;
    });
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(m_lastTitle, m_lastBody, warning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information,
                            kMessageMs);
    else
        m_window->statusBar()->showMessage(m_lastTitle + QStringLiteral(" — ") + QString(m_lastBody).replace(QLatin1Char('\n'), QStringLiteral("; ")),
                                           kMessageMs);
}

void TrayNotifier::activate()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
    if (m_lastId != 0)
        Q_EMIT maintenanceActivated(m_lastId);
}

} // namespace nocdesk
