// The console as an operator sees it, offscreen: demo data in four panes, switching, filtering,
// selecting, acknowledging with Space, layout that survives a restart, and a screenshot of
// each pane (saved under the build folder's screenshots/ for people to look at).
#include "ConsoleController.h"
#include "IntakeService.h"
#include "SyslogGenerator.h"
#include "DetailPanel.h"
#include "EventFilterBar.h"
#include "MainWindow.h"
#include "PaneWidget.h"
#include "PaneFilterProxyModel.h"
#include "SettingsKeys.h"
#include "StartupErrors.h"
#include "Store.h"
#include "TaskStatusWidget.h"
#include "items/ItemRoles.h"
#include "items/EventTableModel.h"
#include "items/MaintenanceTableModel.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>
#include <QLabel>
#include <QAction>

using namespace nocdesk;

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ConsoleController> m_controller;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    QString m_path;

    void openWindow()
    {
        m_controller = std::make_unique<ConsoleController>(m_path, QStringLiteral("tester"));
        m_window = std::make_unique<MainWindow>(m_controller.get());
        m_window->resize(1440, 820);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void closeWindow()
    {
        m_window->close();
        m_window.reset();
        m_controller.reset();
    }

    static void screenshot(QWidget *widget, const QString &name)
    {
        const QString dir = QStringLiteral(NOCDESK_BINARY_DIR "/screenshots");
        QDir().mkpath(dir);
        QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QCoreApplication::setOrganizationName(QStringLiteral("NocDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        (void)Store::open(m_path, QStringLiteral("gui"));
        openWindow();
        QSignalSpy refreshed(m_controller.get(), &ConsoleController::refreshed);
        m_controller->seedDemo();
        QVERIFY(refreshed.wait(30000));
    }

    void cleanupTestCase() { closeWindow(); }

    void fourPopulatedPanes()
    {
        QCOMPARE(m_window->tabs()->count(), int(MainWindow::PaneCount));
        for (int i = 0; i < MainWindow::PaneCount; ++i) {
            PaneWidget *pane = m_window->pane(MainWindow::Pane(i));
            QVERIFY2(pane->view()->model()->rowCount() > 0, qPrintable(pane->objectName()));
            // The events pane's model filters and sorts in SQL; the others through a proxy.
            if (i == MainWindow::EventsPane)
                QVERIFY(!pane->proxy());
            else
                QCOMPARE(pane->view()->model(), pane->proxy());
        }
        QVERIFY(m_window->tabs()->tabText(MainWindow::AlarmsPane).contains(QLatin1String("active")));
    }

    void switchesPanesAndTakesScreenshots()
    {
        const QStringList names{QStringLiteral("notifications"), QStringLiteral("maintenances"),
                                QStringLiteral("events"), QStringLiteral("alarms")};
        for (int i = 0; i < MainWindow::PaneCount; ++i) {
            // Ctrl+1..4 as an operator switches.
            QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(m_window->tabs()->currentIndex(), i);
            PaneWidget *pane = m_window->pane(MainWindow::Pane(i));
            pane->view()->selectRow(0);
            QTest::qWait(50);
            screenshot(m_window.get(), QStringLiteral("pane-") + names.at(i));
        }
    }

    void filterSelectAndDetail()
    {
        m_window->showPane(MainWindow::MaintenancesPane);
        PaneWidget *pane = m_window->pane(MainWindow::MaintenancesPane);
        const int all = pane->proxy()->rowCount();
        pane->filterField()->clear();
        QTest::keyClicks(pane->filterField(), QStringLiteral("zayo outage"));
        QTRY_VERIFY(pane->proxy()->rowCount() < all);
        QVERIFY(pane->proxy()->rowCount() > 0);
        for (int row = 0; row < pane->proxy()->rowCount(); ++row)
            QCOMPARE(pane->proxy()->index(row, MaintenanceTableModel::Provider).data().toString(), QStringLiteral("Zayo"));

        const QModelIndex first = pane->proxy()->index(0, MaintenanceTableModel::Summary);
        const QRect cell = pane->view()->visualRect(first);
        QTest::mouseClick(pane->view()->viewport(), Qt::LeftButton, {}, cell.center());
        const QString key = pane->proxy()->index(0, MaintenanceTableModel::MaintenanceId).data().toString();
        QTRY_VERIFY(pane->detailPanel()->toPlainText().contains(key));
        QVERIFY(pane->detailPanel()->toPlainText().contains(QLatin1String("Circuit")));
        screenshot(m_window.get(), QStringLiteral("maintenances-filtered"));

        pane->filterField()->clear();
        QTRY_COMPARE(pane->proxy()->rowCount(), all);
    }

    void spaceTogglesAcknowledgement()
    {
        m_window->showPane(MainWindow::MaintenancesPane);
        PaneWidget *pane = m_window->pane(MainWindow::MaintenancesPane);
        auto *model = m_controller->maintenances();
        int row = -1;
        for (int r = 0; r < pane->proxy()->rowCount(); ++r) {
            if (!pane->proxy()->index(r, MaintenanceTableModel::Ack).data(RawRole).toBool()) {
                row = r;
                break;
            }
        }
        QVERIFY(row >= 0);
        const qint64 id = pane->proxy()->index(row, 0).data(IdRole).toLongLong();
        pane->view()->setFocus();
        pane->view()->selectRow(row);
        QTest::keyClick(pane->view(), Qt::Key_Space);
        QTRY_VERIFY(model->at(model->rowOfId(id)).acknowledged);
        QCOMPARE(model->at(model->rowOfId(id)).acknowledgedBy, QStringLiteral("tester"));
        // The store has it, with who did it in the history.
        const Store store = Store::open(m_path, QStringLiteral("check"));
        QVERIFY(store.maintenances({id}).constFirst().acknowledged);
        QCOMPARE(store.maintenanceHistory(id).constLast().actor, QStringLiteral("tester"));

        QTest::keyClick(pane->view(), Qt::Key_Space);
        QTRY_VERIFY(!model->at(model->rowOfId(id)).acknowledged);

        // A click on the box acknowledges too.
        const QModelIndex box = pane->proxy()->index(pane->proxy()->mapFromSource(model->index(model->rowOfId(id), 0)).row(),
                                                     MaintenanceTableModel::Ack);
        QVERIFY(pane->proxy()->setData(box, Qt::Checked, Qt::CheckStateRole));
        QTRY_VERIFY(model->at(model->rowOfId(id)).acknowledged);
    }

    void eventFilterBarFiltersInSql()
    {
        m_window->showPane(MainWindow::EventsPane);
        PaneWidget *pane = m_window->pane(MainWindow::EventsPane);
        auto *model = m_controller->events();
        auto *bar = m_window->eventFilterBar();
        QVERIFY(model->rowCount() > 0);
        const QString device = model->eventAt(0)->host;

        // The device typed as an operator types it; the pane filters once typing pauses.
        auto *deviceField = bar->findChild<QComboBox *>(QStringLiteral("deviceFilter"));
        QVERIFY(deviceField);
        QTest::keyClicks(deviceField->lineEdit(), device);
        QTRY_COMPARE(model->filter().host, device);
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(pane->view()->model()->index(row, EventTableModel::Host).data().toString(), device);

        // A severity and worse, picked from the list: filters at once.
        auto *severity = bar->findChild<QComboBox *>(QStringLiteral("severityFilter"));
        QVERIFY(severity);
        severity->setCurrentIndex(severity->findText(QStringLiteral("Notice or worse")));
        QCOMPARE(model->filter().severity, std::optional<Severity>(Severity::Notice));
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(model->eventAt(row)->severity <= Severity::Notice);

        // The text box is part of the same filter.
        QTest::keyClicks(pane->filterField(), QStringLiteral("interface"));
        QTRY_COMPARE(model->filter().text, QStringLiteral("interface"));
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row) {
            const Event *e = model->eventAt(row);
            const QString text = QString::fromUtf8(e->raw) + QLatin1Char(' ') + e->message + QLatin1Char(' ') + e->kind;
            QVERIFY2(text.contains(QLatin1String("interface"), Qt::CaseInsensitive), e->raw.constData());
        }

        pane->view()->selectRow(0);
        QTRY_VERIFY(pane->detailPanel()->toPlainText().contains(QLatin1String("Raw line")));
        screenshot(m_window.get(), QStringLiteral("events-filtered"));

        // The filter comes back after a restart; the choice is saved by value, not position.
        closeWindow();
        QCOMPARE(QSettings().value(settings::kEventsFilter).toMap().value(QStringLiteral("severity")).toString(),
                 QStringLiteral("5+"));
        openWindow();
        QCOMPARE(m_controller->events()->filter().host, device);
        QCOMPARE(m_controller->events()->filter().severity, std::optional<Severity>(Severity::Notice));
        QCOMPARE(m_window->pane(MainWindow::EventsPane)->filterField()->text(), QStringLiteral("interface"));
        QSignalSpy refreshed(m_controller.get(), &ConsoleController::refreshed);
        m_controller->refreshAll();
        QVERIFY(refreshed.wait(30000));

        m_window->eventFilterBar()->clear();
        m_window->pane(MainWindow::EventsPane)->filterField()->clear();
        QTRY_VERIFY(m_controller->events()->filter().isEmpty());
        QVERIFY(m_controller->events()->rowCount() > 0);
    }

    void layoutSurvivesRestart()
    {
        m_window->showPane(MainWindow::EventsPane);
        PaneWidget *events = m_window->pane(MainWindow::EventsPane);
        events->view()->setColumnHidden(4, true);
        events->view()->sortByColumn(EventTableModel::Status, Qt::AscendingOrder);
        events->view()->setColumnWidth(2, 133);
        closeWindow();

        openWindow();
        QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::EventsPane));
        events = m_window->pane(MainWindow::EventsPane);
        QVERIFY(events->view()->isColumnHidden(4));
        QCOMPARE(events->view()->horizontalHeader()->sortIndicatorSection(), int(EventTableModel::Status));
        QCOMPARE(events->view()->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(m_controller->events()->order(), (EventOrder{EventSortKey::Status, false}));
        QCOMPARE(events->view()->columnWidth(2), 133);
        QSignalSpy refreshed(m_controller.get(), &ConsoleController::refreshed);
        m_controller->refreshAll();
        QVERIFY(refreshed.wait(30000));
        QVERIFY(events->view()->model()->rowCount() > 0);
    }

    // Device, code, kind, message and count would need a read of the whole store per page:
    // clicking their header leaves the order as it was, and the header says why.
    void unsortableColumnsKeepTheOrder()
    {
        m_window->showPane(MainWindow::EventsPane);
        PaneWidget *events = m_window->pane(MainWindow::EventsPane);
        QHeaderView *header = events->view()->horizontalHeader();
        events->view()->sortByColumn(EventTableModel::Severity, Qt::DescendingOrder);
        const EventOrder before = m_controller->events()->order();
        QCOMPARE(before, (EventOrder{EventSortKey::Severity, true}));
        for (int column : {EventTableModel::Host, EventTableModel::Code, EventTableModel::Kind, EventTableModel::Message,
                           EventTableModel::Count}) {
            events->view()->setColumnHidden(column, false);
            QVERIFY(!header->model()->headerData(column, Qt::Horizontal, SortableRole).toBool());
            QVERIFY(!header->model()->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
            const int x = header->sectionViewportPosition(header->visualIndex(column)) + header->sectionSize(column) / 2;
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
            QCOMPARE(header->sortIndicatorSection(), int(EventTableModel::Severity));
            QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
            QCOMPARE(m_controller->events()->order(), before);
        }
        // A sortable one still sorts; its first click shows the newest first.
        const int x = header->sectionViewportPosition(header->visualIndex(EventTableModel::Time))
            + header->sectionSize(EventTableModel::Time) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), int(EventTableModel::Time));
        QCOMPARE(m_controller->events()->order(), (EventOrder{EventSortKey::Arrival, true}));
    }

    // A layout saved while the pane sorted by a column it no longer sorts by (an earlier
    // version) opens in the default order.
    void savedUnsortableOrderFallsBack()
    {
        m_window->showPane(MainWindow::EventsPane);
        PaneWidget *events = m_window->pane(MainWindow::EventsPane);
        {
            const QSignalBlocker quiet(events->view()->horizontalHeader());
            events->view()->horizontalHeader()->setSortIndicator(EventTableModel::Host, Qt::AscendingOrder);
        }
        closeWindow(); // saves the layout with the device order

        openWindow();
        events = m_window->pane(MainWindow::EventsPane);
        QCOMPARE(events->view()->horizontalHeader()->sortIndicatorSection(), int(EventTableModel::Time));
        QCOMPARE(events->view()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(m_controller->events()->order(), (EventOrder{EventSortKey::Arrival, true}));
        QSignalSpy refreshed(m_controller.get(), &ConsoleController::refreshed);
        m_controller->refreshAll();
        QVERIFY(refreshed.wait(30000));
    }

    void statusBarShowsBackgroundWork()
    {
        QSignalSpy refreshed(m_controller.get(), &ConsoleController::refreshed);
        m_controller->refreshAll();
        QVERIFY(m_window->taskStatus()->currentText().contains(QLatin1String("Loading the store")));
        QVERIFY(refreshed.wait(30000));
        QTRY_VERIFY(m_window->taskStatus()->currentText().isEmpty());
    }

    void liveTailFollowsTheIntake()
    {
        SyslogIntakeConfig config;
        config.udpPort = 0;
        config.tcpPort = 0;
        config.batchIntervalMs = 20;
        QCOMPARE(m_controller->startIntake(config), QString());
        const quint16 port = m_controller->intake()->udpPort();
        m_window->showPane(MainWindow::EventsPane);
        PaneWidget *events = m_window->pane(MainWindow::EventsPane);
        events->filterField()->clear();
        m_window->eventFilterBar()->clear();
        QTRY_VERIFY(m_controller->events()->filter().isEmpty());
        // Newest first, where the tail shows (an earlier test sorted by status).
        events->view()->sortByColumn(EventTableModel::Time, Qt::DescendingOrder);
        const int before = events->model()->rowCount();

        SyslogGenerator generator(7);
        QUdpSocket sender;
        auto send = [&](int lines) {
            for (int i = 0; i < lines; ++i)
                sender.writeDatagram(generator.next(QDateTime::currentDateTimeUtc()), QHostAddress::LocalHost, port);
        };
        send(25);
        // Repeated lines fold into one row: rows shown = rows committed.
        QTRY_COMPARE(m_controller->intake()->counters().committed + m_controller->intake()->counters().folded, quint64(25));
        const int rows25 = int(m_controller->intake()->counters().committed);
        QTRY_COMPARE(events->model()->rowCount(), before + rows25);
        auto *counters = m_window->findChild<QLabel *>(QStringLiteral("intakeCounters"));
        QVERIFY(counters);
        QTRY_VERIFY2(counters->text().contains(QLatin1String("received 25")), qPrintable(counters->text()));
        screenshot(m_window.get(), QStringLiteral("events-live"));

        // Paused: stored, not shown; resumed: caught up.
        auto *pause = m_window->findChild<QAction *>(QStringLiteral("pauseLiveTail"));
        QVERIFY(pause);
        pause->setChecked(true);
        send(10);
        QTRY_COMPARE(m_controller->intake()->counters().committed + m_controller->intake()->counters().folded, quint64(35));
        QTest::qWait(100);
        QCOMPARE(events->model()->rowCount(), before + rows25);
        pause->setChecked(false);
        QTRY_COMPARE(events->model()->rowCount(), before + int(m_controller->intake()->counters().committed));
        m_controller->stopIntake();
    }

    void startupErrorIsExplained()
    {
        QString shown;
        QTimer::singleShot(0, this, [&shown] {
            QWidget *box = QApplication::activeModalWidget();
            if (auto *message = qobject_cast<QMessageBox *>(box)) {
                shown = message->text();
                message->close();
            }
        });
        const int code = reportStartupError(StoreError(StoreError::Kind::NotADatabase, QStringLiteral("x is not a NocDesk database")));
        QVERIFY(code != 0);
        QCOMPARE(shown, QStringLiteral("x is not a NocDesk database"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
