#include "MainWindow.h"

#include "ConsoleController.h"
#include "CalendarExportAction.h"
#include "MaintenanceDetails.h"
#include "MaintenanceTimelinePanel.h"
#include "EventFilterBar.h"
#include "MaintenanceFilterBar.h"
#include "PaneWidget.h"
#include "SettingsKeys.h"
#include "TaskStatusWidget.h"
#include "TrayNotifier.h"
#include "PaneFilterProxyModel.h"
#include "items/AlarmTableModel.h"
#include "items/EventTableModel.h"
#include "items/MaintenanceFilterProxyModel.h"
#include "items/MaintenanceTableModel.h"
#include "items/NotificationTableModel.h"
#include "IntakeService.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>

namespace nocdesk {

MainWindow::MainWindow(ConsoleController *controller, QWidget *parent)
    : QMainWindow(parent), m_controller(controller), m_tabs(new QTabWidget(this)),
      m_taskStatus(new TaskStatusWidget(controller->runner(), this)), m_databaseLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("NocDesk"));
    m_tabs->setObjectName(QStringLiteral("panes"));
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);

    createPanes();
    createLiveTailControls();
    createMaintenanceFilters();
    m_tray = new TrayNotifier(controller, this);
    connect(m_tray, &TrayNotifier::maintenanceActivated, this, &MainWindow::selectMaintenance);
    createMenus();

    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setText(QDir::toNativeSeparators(controller->runner()->databasePath()));
    m_databaseLabel->setToolTip(tr("The database this console works on"));
    statusBar()->addPermanentWidget(m_taskStatus);
    statusBar()->addPermanentWidget(m_databaseLabel);
    connect(controller, &ConsoleController::errorOccurred, this, [this](const QString &message) {
        statusBar()->showMessage(message, 15000);
    });

    restoreLayout();
    updateTabTitles();
}

MainWindow::~MainWindow() = default;

PaneWidget *MainWindow::pane(Pane pane) const { return m_panes.value(pane); }

void MainWindow::showPane(Pane pane) { m_tabs->setCurrentIndex(pane); }

void MainWindow::selectMaintenance(qint64 maintenanceId)
{
    showPane(MaintenancesPane);
    if (m_panes[MaintenancesPane]->selectIds({maintenanceId}) == 0)
        statusBar()->showMessage(tr("That maintenance is hidden by the pane's filter."), 8000);
}

void MainWindow::createPanes()
{
    m_panes.resize(PaneCount);
    m_panes[NotificationsPane] = new PaneWidget(QStringLiteral("notificationsPane"), m_controller->notifications(), this);
    m_panes[NotificationsPane]->setDefaults(NotificationTableModel::Received, Qt::DescendingOrder,
                                            {NotificationTableModel::Size});
    m_panes[MaintenancesPane] = new PaneWidget(QStringLiteral("maintenancesPane"),
                                               new MaintenanceFilterProxyModel(m_controller->maintenances()), this);
    m_panes[MaintenancesPane]->setDefaults(MaintenanceTableModel::Start, Qt::AscendingOrder, {});
    // Events can be millions of rows: the model filters and sorts them in SQL.
    m_panes[EventsPane] = new PaneWidget(QStringLiteral("eventsPane"), m_controller->events(), this,
                                         PaneWidget::Filtering::Model);
    m_panes[EventsPane]->setDefaults(EventTableModel::Time, Qt::DescendingOrder, {});
    m_panes[EventsPane]->filterField()->setPlaceholderText(tr("Filter: words in the line, message or kind"));
    m_eventFilter = new EventFilterBar(m_panes[EventsPane]);
    m_panes[EventsPane]->setFilterBar(m_eventFilter);
    connect(m_panes[EventsPane], &PaneWidget::filterTextChanged, m_eventFilter, &EventFilterBar::setText);
    connect(m_eventFilter, &EventFilterBar::filterChanged, m_controller->events(), &EventTableModel::setFilter);
    connect(m_controller, &ConsoleController::eventValuesLoaded, m_eventFilter, &EventFilterBar::setKnownValues);
    connect(m_controller, &ConsoleController::eventCountChanged, this, &MainWindow::updateTabTitles);
    m_panes[AlarmsPane] = new PaneWidget(QStringLiteral("alarmsPane"), m_controller->alarms(), this);
    m_panes[AlarmsPane]->setDefaults(AlarmTableModel::Severity, Qt::DescendingOrder, {AlarmTableModel::Updated});

    m_tabs->addTab(m_panes[NotificationsPane], tr("Notifications"));
    // The timeline sits under the maintenances it draws, so both are seen at a glance.
    m_maintenancesSplit = new QSplitter(Qt::Vertical, this);
    m_maintenancesSplit->setObjectName(QStringLiteral("maintenancesSplit"));
    m_maintenancesSplit->setChildrenCollapsible(false);
    m_maintenancesSplit->addWidget(m_panes[MaintenancesPane]);
    m_timelinePanel = new MaintenanceTimelinePanel(m_panes[MaintenancesPane], m_controller->maintenances(),
                                                   m_controller->overlaps(), m_maintenancesSplit);
    m_maintenancesSplit->addWidget(m_timelinePanel);
    m_tabs->addTab(m_maintenancesSplit, tr("Maintenances"));
    m_tabs->addTab(m_panes[EventsPane], tr("Live Events"));
    m_tabs->addTab(m_panes[AlarmsPane], tr("Alarms"));

    // Ack column: just wide enough for its box.
    m_panes[MaintenancesPane]->view()->setColumnWidth(MaintenanceTableModel::Ack, 44);

    auto *acknowledge = new QAction(tr("Acknowledge"), this);
    acknowledge->setObjectName(QStringLiteral("acknowledgeMaintenances"));
    acknowledge->setToolTip(tr("Acknowledge the selected maintenances (Space toggles)"));
    connect(acknowledge, &QAction::triggered, this, [this] {
        m_controller->acknowledge(m_panes[MaintenancesPane]->selectedIds(), true);
    });
    auto *unacknowledge = new QAction(tr("Unacknowledge"), this);
    unacknowledge->setObjectName(QStringLiteral("unacknowledgeMaintenances"));
    connect(unacknowledge, &QAction::triggered, this, [this] {
        m_controller->acknowledge(m_panes[MaintenancesPane]->selectedIds(), false);
    });
    auto *toggle = new QAction(tr("Toggle acknowledgement"), this);
    toggle->setShortcut(Qt::Key_Space);
    toggle->setShortcutContext(Qt::WidgetShortcut);
    connect(toggle, &QAction::triggered, this, &MainWindow::toggleAcknowledgement);
    m_panes[MaintenancesPane]->addPaneAction(acknowledge);
    m_panes[MaintenancesPane]->addPaneAction(unacknowledge);
    m_panes[MaintenancesPane]->view()->addAction(toggle);
    new MaintenanceDetails(m_panes[MaintenancesPane], m_controller);
    m_calendarExport = new CalendarExportAction(m_panes[MaintenancesPane], m_controller);
    m_panes[MaintenancesPane]->addPaneAction(m_calendarExport->action());
    connect(m_calendarExport, &CalendarExportAction::exported, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
    });
    connect(m_calendarExport, &CalendarExportAction::failed, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
    });

    auto *ackAlarm = new QAction(tr("Acknowledge"), this);
    ackAlarm->setObjectName(QStringLiteral("acknowledgeAlarms"));
    connect(ackAlarm, &QAction::triggered, this, [this] {
        m_controller->setAlarmState(m_panes[AlarmsPane]->selectedIds(), AlarmState::Acknowledged);
    });
    auto *closeAlarm = new QAction(tr("Close"), this);
    closeAlarm->setObjectName(QStringLiteral("closeAlarms"));
    closeAlarm->setToolTip(tr("Close the selected alarms: nobody needs to look at them any more"));
    connect(closeAlarm, &QAction::triggered, this, [this] {
        m_controller->setAlarmState(m_panes[AlarmsPane]->selectedIds(), AlarmState::Closed);
    });
    m_panes[AlarmsPane]->addPaneAction(ackAlarm);
    m_panes[AlarmsPane]->addPaneAction(closeAlarm);

    for (PaneWidget *pane : std::as_const(m_panes)) {
        QAbstractItemModel *model = pane->model();
        connect(model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateTabTitles);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateTabTitles);
        connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateTabTitles);
        connect(model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateTabTitles);
    }
}

void MainWindow::createMaintenanceFilters()
{
    PaneWidget *pane = m_panes[MaintenancesPane];
    auto *proxy = static_cast<MaintenanceFilterProxyModel *>(pane->proxy());
    pane->filterField()->setPlaceholderText(tr("Filter: words in any field"));
    m_maintenanceFilter = new MaintenanceFilterBar(pane);
    pane->setFilterBar(m_maintenanceFilter);
    connect(pane, &PaneWidget::filterTextChanged, m_maintenanceFilter, &MaintenanceFilterBar::setText);
    connect(m_maintenanceFilter, &MaintenanceFilterBar::filterChanged, proxy, &MaintenanceFilterProxyModel::setFilter);
    connect(m_maintenanceFilter, &MaintenanceFilterBar::textApplied, pane, [pane](const QString &text) {
        // The bar applies the text with the rest; the field only shows it.
        const QSignalBlocker block(pane->filterField());
        pane->filterField()->setText(text);
    });
    connect(m_controller, &ConsoleController::refreshed, m_maintenanceFilter, [this] {
        const MaintenanceTableModel::KnownValues known = m_controller->maintenances()->knownValues();
        m_maintenanceFilter->setKnownValues(known.providers, known.sites, known.circuits);
    });

    m_timesInUtc = new QAction(tr("Maintenance Times in &UTC"), this);
    m_timesInUtc->setObjectName(QStringLiteral("timesInUtc"));
    m_timesInUtc->setCheckable(true);
    m_timesInUtc->setToolTip(tr("Show start and end in UTC rather than your local time"));
    connect(m_timesInUtc, &QAction::toggled, this, &MainWindow::showTimesInUtc);
}

void MainWindow::showTimesInUtc(bool utc)
{
    m_controller->maintenances()->setTimeZone(utc ? QTimeZone::utc() : QTimeZone());
    QSettings().setValue(settings::kMaintenancesTimesInUtc, utc);
}

void MainWindow::createLiveTailControls()
{
    PaneWidget *events = m_panes[EventsPane];
    auto *pause = new QAction(tr("Pause"), this);
    pause->setObjectName(QStringLiteral("pauseLiveTail"));
    pause->setCheckable(true);
    pause->setToolTip(tr("Stop adding new events to the pane; they are still received and stored"));
    connect(pause, &QAction::toggled, this, [this, pause](bool paused) {
        m_controller->setLiveTailPaused(paused);
        pause->setText(paused ? tr("Resume") : tr("Pause"));
    });
    events->addPaneAction(pause);

    m_intakeCounters = new QLabel(this);
    m_intakeCounters->setObjectName(QStringLiteral("intakeCounters"));
    m_intakeCounters->setContentsMargins(8, 0, 8, 0);
    events->addPaneWidget(m_intakeCounters);
    // The counters are atomics on the intake thread: reading them twice a second costs nothing.
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &MainWindow::updateIntakeCounters);
    timer->start(500);
    updateIntakeCounters();
}

void MainWindow::updateIntakeCounters()
{
    const IntakeService *intake = m_controller->intake();
    if (!intake) {
        m_intakeCounters->setText(tr("Syslog intake off"));
        return;
    }
    const SyslogIntakeCounters c = intake->counters();
    const QLocale locale;
    m_intakeCounters->setText(tr("Syslog on UDP %1, TCP %2 — received %3 · parsed %4 · unparsed %5 · folded %6 · dropped %7")
                                  .arg(intake->udpPort())
                                  .arg(intake->tcpPort())
                                  .arg(locale.toString(qulonglong(c.received)), locale.toString(qulonglong(c.parsed)),
                                       locale.toString(qulonglong(c.unparsed)), locale.toString(qulonglong(c.folded)),
                                       locale.toString(qulonglong(c.dropped))));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(tr("&Refresh"), m_controller, &ConsoleController::refreshAll);
    refresh->setShortcut(QKeySequence::Refresh);
    view->addSeparator();
    for (int i = 0; i < PaneCount; ++i) {
        QAction *show = view->addAction(m_tabs->tabText(i), this, [this, i] { showPane(Pane(i)); });
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    view->addAction(m_timesInUtc);
    view->addMenu(m_tray->menu());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About NocDesk"), this, [this] {
        QMessageBox::about(this, tr("About NocDesk"),
                           tr("<h3>NocDesk %1</h3><p>The operator console for network operations teams: provider "
                              "maintenances, live events and alarms in one window.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::updateTabTitles()
{
    const auto *maintenances = m_controller->maintenances();
    int unacknowledged = 0;
    for (int row = 0; row < maintenances->rowCount(); ++row) {
        const Maintenance &m = maintenances->at(row);
        if (!m.acknowledged && m.status != MaintenanceStatus::Cancelled && m.status != MaintenanceStatus::Completed)
            ++unacknowledged;
    }
    const auto *alarms = m_controller->alarms();
    int active = 0;
    for (int row = 0; row < alarms->rowCount(); ++row)
        active += alarms->at(row).state == AlarmState::Active ? 1 : 0;

    m_tabs->setTabText(NotificationsPane, tr("Notifications (%1)").arg(m_controller->notifications()->rowCount()));
    m_tabs->setTabText(MaintenancesPane, unacknowledged ? tr("Maintenances (%1 to acknowledge)").arg(unacknowledged)
                                                        : tr("Maintenances"));
    const qint64 events = m_controller->eventCount();
    m_tabs->setTabText(EventsPane, events < 0 ? tr("Live Events") : tr("Live Events (%1)").arg(QLocale().toString(events)));
    m_tabs->setTabText(AlarmsPane, active ? tr("Alarms (%1 active)").arg(active) : tr("Alarms"));
}

void MainWindow::toggleAcknowledgement()
{
    PaneWidget *pane = m_panes[MaintenancesPane];
    const QList<qint64> ids = pane->selectedIds();
    if (ids.isEmpty())
        return;
    // Space acknowledges the selection unless all of it is acknowledged already.
    bool allAcknowledged = true;
    for (qint64 id : ids) {
        const int row = m_controller->maintenances()->rowOfId(id);
        allAcknowledged = allAcknowledged && row >= 0 && m_controller->maintenances()->at(row).acknowledged;
    }
    m_controller->acknowledge(ids, !allAcknowledged);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(settings::kWindowGeometry, saveGeometry());
    settings.setValue(settings::kWindowState, saveState());
    settings.setValue(settings::kCurrentPane, m_tabs->currentIndex());
    settings.setValue(settings::kTimelinePaneSplitter, m_maintenancesSplit->saveState());
    for (const PaneWidget *pane : m_panes)
        pane->saveLayout();
    m_eventFilter->save();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(settings::kWindowGeometry).toByteArray()))
        resize(1280, 780);
    restoreState(settings.value(settings::kWindowState).toByteArray());
    for (PaneWidget *pane : std::as_const(m_panes))
        pane->restoreLayout();
    m_eventFilter->restore();
    if (!m_maintenancesSplit->restoreState(settings.value(settings::kTimelinePaneSplitter).toByteArray()))
        m_maintenancesSplit->setSizes({430, 370});
    {
        // The text part of the filter lives in the pane's own field.
        const QSignalBlocker block(m_panes[EventsPane]->filterField());
        m_panes[EventsPane]->filterField()->setText(m_eventFilter->filter().text);
    }
    m_maintenanceFilter->restore();
    m_timesInUtc->setChecked(settings.value(settings::kMaintenancesTimesInUtc, false).toBool());
    m_tabs->setCurrentIndex(settings.value(settings::kCurrentPane, MaintenancesPane).toInt());
}

} // namespace nocdesk
