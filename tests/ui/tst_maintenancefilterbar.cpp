// The maintenances pane as an operator filters it, offscreen on the demo data: the filter bar
// narrows the pane, named filters round-trip through the settings by name, the last filter and
// the UTC toggle survive a restart, Space acknowledges a whole selection, and a screenshot of
// the pane with its filter bar (build/screenshots/maintenances-filter.png).
#include "ConsoleController.h"
#include "MainWindow.h"
#include "MaintenanceFilterBar.h"
#include "MultiChoiceButton.h"
#include "PaneWidget.h"
#include "SettingsKeys.h"
#include "Store.h"
#include "items/ItemRoles.h"
#include "items/MaintenanceFilterProxyModel.h"
#include "items/MaintenanceTableModel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace nocdesk;

class TestMaintenanceFilterBar : public QObject
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
        m_window->showPane(MainWindow::MaintenancesPane);
        QSignalSpy refreshed(m_controller.get(), &ConsoleController::refreshed);
        m_controller->refreshAll();
        QVERIFY(refreshed.wait(30000));
    }

    void closeWindow()
    {
        m_window->close();
        m_window.reset();
        m_controller.reset();
    }

    PaneWidget *pane() const { return m_window->pane(MainWindow::MaintenancesPane); }
    MaintenanceFilterBar *bar() const { return m_window->maintenanceFilterBar(); }
    QAbstractItemModel *shown() const { return pane()->view()->model(); }

    QList<Maintenance> shownRecords() const
    {
        QList<Maintenance> records;
        auto *model = m_controller->maintenances();
        for (int row = 0; row < shown()->rowCount(); ++row)
            records << model->at(model->rowOfId(shown()->index(row, 0).data(IdRole).toLongLong()));
        return records;
    }

    static QAction *choice(MultiChoiceButton *button, const QString &text)
    {
        for (QAction *action : button->choices()->actions()) {
            if (action->text() == text)
                return action;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QCoreApplication::setOrganizationName(QStringLiteral("NocDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_maintenancefilterbar"));
        m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        {
            const Store store = Store::open(m_path, QStringLiteral("gui"));
            Q_UNUSED(store);
        }
        openWindow();
        QSignalSpy refreshed(m_controller.get(), &ConsoleController::refreshed);
        m_controller->seedDemo();
        QVERIFY(refreshed.wait(30000));
        QVERIFY(m_controller->maintenances()->rowCount() >= 10);
    }

    void cleanupTestCase() { closeWindow(); }

    void cleanup()
    {
        bar()->clear();
        QTRY_COMPARE(shown()->rowCount(), m_controller->maintenances()->rowCount());
    }

    void barNarrowsThePane()
    {
        const int all = shown()->rowCount();

        // Two statuses ticked in the menu, which stays open for the second.
        auto *status = bar()->findChild<MultiChoiceButton *>(QStringLiteral("statusFilter"));
        QVERIFY(status);
        choice(status, QStringLiteral("Confirmed"))->toggle();
        choice(status, QStringLiteral("In process"))->toggle();
        QCOMPARE(status->text(), QStringLiteral("Confirmed, In process"));
        QVERIFY(shown()->rowCount() > 0 && shown()->rowCount() < all);
        for (const Maintenance &m : shownRecords())
            QVERIFY(m.status == MaintenanceStatus::Confirmed || m.status == MaintenanceStatus::InProcess);

        // A provider typed as an operator types it, in any case; it filters once typing pauses.
        const QString provider = m_controller->maintenances()->knownValues().providers.constFirst();
        auto *providerField = bar()->findChild<QComboBox *>(QStringLiteral("providerFilter"));
        QVERIFY(providerField);
        QVERIFY(providerField->count() > 1); // the loaded providers, to pick from
        status->setCheckedData({});
        Q_EMIT status->changed();
        QTest::keyClicks(providerField->lineEdit(), provider.toUpper());
        QTRY_COMPARE(static_cast<MaintenanceFilterProxyModel *>(pane()->proxy())->filter().provider, provider.toUpper());
        QVERIFY(shown()->rowCount() > 0);
        for (const Maintenance &m : shownRecords())
            QCOMPARE(m.providerLabel, provider);

        // To acknowledge.
        providerField->setEditText({});
        auto *ack = bar()->findChild<QComboBox *>(QStringLiteral("ackFilter"));
        ack->setCurrentIndex(ack->findText(QStringLiteral("To acknowledge")));
        QTRY_COMPARE(static_cast<MaintenanceFilterProxyModel *>(pane()->proxy())->filter().provider, QString());
        QVERIFY(shown()->rowCount() > 0);
        for (const Maintenance &m : shownRecords())
            QVERIFY(!m.acknowledged);

        // Running now: the demo has some.
        ack->setCurrentIndex(0);
        auto *time = bar()->findChild<QComboBox *>(QStringLiteral("timeFilter"));
        time->setCurrentIndex(time->findText(QStringLiteral("Running now")));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(shown()->rowCount() > 0);
        for (const Maintenance &m : shownRecords())
            QVERIFY(m.start <= now && now < m.end);

        // The filter field's words join the bar's filter.
        pane()->filterField()->setText(QStringLiteral("no-such-word-anywhere"));
        QTRY_COMPARE(shown()->rowCount(), 0);
        QCOMPARE(bar()->filter().text, QStringLiteral("no-such-word-anywhere"));
        // Clear empties the field too.
        bar()->clear();
        QCOMPARE(pane()->filterField()->text(), QString());
        QCOMPARE(shown()->rowCount(), all);
    }

    void savedFiltersRoundTripByName()
    {
        MaintenanceFilter zulu;
        zulu.statuses = {MaintenanceStatus::Confirmed};
        zulu.ack = MaintenanceFilter::Ack::Unacknowledged;
        zulu.text = QStringLiteral("outage");
        MaintenanceFilter alpha;
        alpha.time = MaintenanceFilter::Time::PastDays;
        alpha.pastDays = 30;
        bar()->setFilter(zulu);
        bar()->saveFilterAs(QStringLiteral("Zulu: confirmed to ack"));
        bar()->setFilter(alpha);
        // Saved second, listed first: the list is by name.
        bar()->saveFilterAs(QStringLiteral("Alpha past month"));
        QCOMPARE(bar()->savedFilterNames(), (QStringList{QStringLiteral("Alpha past month"), QStringLiteral("Zulu: confirmed to ack")}));

        // In the settings: a map by name, each part by its stored name.
        {
            QSettings settings;
            const QVariantMap saved = settings.value(settings::kMaintenancesSavedFilters).toMap();
            QCOMPARE(saved.keys(), (QStringList{QStringLiteral("Alpha past month"), QStringLiteral("Zulu: confirmed to ack")}));
            const QVariantMap z = saved.value(QStringLiteral("Zulu: confirmed to ack")).toMap();
            QCOMPARE(z.value(QStringLiteral("statuses")).toStringList(), QStringList{QStringLiteral("CONFIRMED")});
            QCOMPARE(z.value(QStringLiteral("ack")).toString(), QStringLiteral("to-acknowledge"));
        }

        // After a restart the names come back, and picking one from the list applies its filter.
        bar()->clear();
        closeWindow();
        openWindow();
        auto *list = bar()->findChild<QComboBox *>(QStringLiteral("savedFilters"));
        QVERIFY(list);
        QCOMPARE(list->count(), 2);
        const int zIndex = list->findText(QStringLiteral("Zulu: confirmed to ack"));
        QCOMPARE(zIndex, 1);
        list->setCurrentIndex(zIndex);
        Q_EMIT list->activated(zIndex);
        QCOMPARE(bar()->filter(), zulu);
        QCOMPARE(static_cast<MaintenanceFilterProxyModel *>(pane()->proxy())->filter(), zulu);
        QCOMPARE(pane()->filterField()->text(), QStringLiteral("outage"));
        for (const Maintenance &m : shownRecords())
            QVERIFY(m.status == MaintenanceStatus::Confirmed && !m.acknowledged);
        QCOMPARE(list->currentText(), QStringLiteral("Zulu: confirmed to ack"));

        // Changing a part leaves the saved filter as it was and the list shows none.
        auto *ack = bar()->findChild<QComboBox *>(QStringLiteral("ackFilter"));
        ack->setCurrentIndex(0);
        QCOMPARE(list->currentIndex(), -1);
        QVERIFY(bar()->applySavedFilter(QStringLiteral("Alpha past month")));
        QCOMPARE(bar()->filter(), alpha);
        QCOMPARE(list->currentText(), QStringLiteral("Alpha past month"));
        QVERIFY(!bar()->applySavedFilter(QStringLiteral("no such filter")));

        // Deleting one leaves the other, in the list and in the settings.
        bar()->deleteSavedFilter(QStringLiteral("Alpha past month"));
        QCOMPARE(bar()->savedFilterNames(), QStringList{QStringLiteral("Zulu: confirmed to ack")});
        QCOMPARE(list->count(), 1);
        QCOMPARE(QSettings().value(settings::kMaintenancesSavedFilters).toMap().keys(),
                 QStringList{QStringLiteral("Zulu: confirmed to ack")});
        bar()->deleteSavedFilter(QStringLiteral("Zulu: confirmed to ack"));
        QVERIFY(!QSettings().contains(settings::kMaintenancesSavedFilters));
    }

    void lastFilterSurvivesRestart()
    {
        MaintenanceFilter f;
        f.statuses = {MaintenanceStatus::Confirmed, MaintenanceStatus::Rescheduled};
        f.time = MaintenanceFilter::Time::Upcoming;
        f.site = QStringLiteral("fra*");
        bar()->setFilter(f);
        pane()->filterField()->setText(QStringLiteral("zayo"));
        f.text = QStringLiteral("zayo");
        QTRY_COMPARE(bar()->filter(), f);
        const int rows = shown()->rowCount();

        closeWindow();
        openWindow();
        QCOMPARE(bar()->filter(), f);
        QCOMPARE(static_cast<MaintenanceFilterProxyModel *>(pane()->proxy())->filter(), f);
        QCOMPARE(pane()->filterField()->text(), QStringLiteral("zayo"));
        QCOMPARE(bar()->findChild<MultiChoiceButton *>(QStringLiteral("statusFilter"))->text(),
                 QStringLiteral("Confirmed, Rescheduled"));
        QCOMPARE(shown()->rowCount(), rows);
    }

    void utcToggleRepaintsWithoutReloading()
    {
        auto *utc = m_window->findChild<QAction *>(QStringLiteral("timesInUtc"));
        QVERIFY(utc);
        QVERIFY(!utc->isChecked());
        auto *model = m_controller->maintenances();
        const QModelIndex start = model->index(0, MaintenanceTableModel::Start);
        const QDateTime instant = start.data(RawRole).toDateTime();
        // This test runs in Europe/Berlin (main() below): CET in winter, CEST in summer.
        const QString local = start.data().toString();
        QCOMPARE(local, instant.toTimeZone(QTimeZone("Europe/Berlin")).toString(QStringLiteral("yyyy-MM-dd HH:mm ")) +
                            (instant.toTimeZone(QTimeZone("Europe/Berlin")).isDaylightTime() ? QStringLiteral("CEST") : QStringLiteral("CET")));

        QSignalSpy refreshed(m_controller.get(), &ConsoleController::refreshed);
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        utc->trigger();
        QCOMPARE(start.data().toString(), instant.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC"));
        QVERIFY(model->index(0, MaintenanceTableModel::End).data().toString().endsWith(QLatin1String(" UTC")));
        QVERIFY(QSettings().value(settings::kMaintenancesTimesInUtc).toBool());
        QTest::qWait(50);
        QCOMPARE(refreshed.size(), 0);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 0);
        (void)m_window->grab(); // the view repaints from the model, nothing else

        // The choice comes back with the next start.
        closeWindow();
        openWindow();
        utc = m_window->findChild<QAction *>(QStringLiteral("timesInUtc"));
        QVERIFY(utc->isChecked());
        QVERIFY(m_controller->maintenances()->index(0, MaintenanceTableModel::Start).data().toString().endsWith(QLatin1String(" UTC")));
        utc->trigger();
        QCOMPARE(m_controller->maintenances()->index(0, MaintenanceTableModel::Start).data().toString(), local);
        QVERIFY(!QSettings().value(settings::kMaintenancesTimesInUtc).toBool());
    }

    void spaceAcknowledgesTheWholeSelection()
    {
        auto *model = m_controller->maintenances();
        QTableView *view = pane()->view();
        QList<qint64> ids;
        view->clearSelection();
        for (int row = 0; row < shown()->rowCount() && ids.size() < 3; ++row) {
            const QModelIndex index = shown()->index(row, 0);
            if (index.data(RawRole).toBool())
                continue;
            ids << index.data(IdRole).toLongLong();
            view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        QCOMPARE(ids.size(), 3);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Space);
        for (qint64 id : std::as_const(ids))
            QTRY_VERIFY(model->at(model->rowOfId(id)).acknowledged);
        const Store store = Store::open(m_path, QStringLiteral("check"));
        for (const Maintenance &m : store.maintenances(ids)) {
            QVERIFY(m.acknowledged);
            QCOMPARE(m.acknowledgedBy, QStringLiteral("tester"));
        }

        // All of them acknowledged: Space takes it back from all of them.
        QTest::keyClick(view, Qt::Key_Space);
        for (qint64 id : std::as_const(ids))
            QTRY_VERIFY(!model->at(model->rowOfId(id)).acknowledged);
    }

    void screenshotWithFilterBar()
    {
        MaintenanceFilter f;
        f.statuses = {MaintenanceStatus::Confirmed, MaintenanceStatus::InProcess, MaintenanceStatus::Rescheduled,
                      MaintenanceStatus::Tentative};
        bar()->setFilter(f);
        bar()->saveFilterAs(QStringLiteral("Open work"));
        QVERIFY(shown()->rowCount() > 0);
        pane()->view()->selectRow(0);
        QTest::qWait(50);
        const QString dir = QStringLiteral(NOCDESK_BINARY_DIR "/screenshots");
        QDir().mkpath(dir);
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/maintenances-filter.png")));
        bar()->deleteSavedFilter(QStringLiteral("Open work"));
    }
};

int main(int argc, char *argv[])
{
    // A fixed zone, so "the operator's local time" has a known abbreviation.
    qputenv("TZ", "Europe/Berlin");
    QApplication app(argc, argv);
    TestMaintenanceFilterBar test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_maintenancefilterbar.moc"
