// The timeline and overlaps under the maintenances pane, on a real store seeded through the
// Store API with 200 maintenances across 50 sites: what it shows, a click on a bar selecting the
// maintenance in the pane, the overlap table listing what the store holds and leading to the
// chart, the overlap job running after an import, and screenshots for people to look at.
#include "BcopMail.h"
#include "ConsoleController.h"
#include "DetailPanel.h"
#include "MailController.h"
#include "MainWindow.h"
#include "MaintenanceTimelinePanel.h"
#include "MemorySecretStore.h"
#include "OverlapController.h"
#include "PaneWidget.h"
#include "SiteOverlapView.h"
#include "Store.h"
#include "TimelineData.h"
#include "items/ItemRoles.h"
#include "items/MaintenanceTableModel.h"
#include "items/SiteOverlapTableModel.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace nocdesk;

class TestTimelinePanel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    TimelineData m_data;
    std::unique_ptr<ConsoleController> m_controller;
    std::unique_ptr<MainWindow> m_window;

    MaintenanceTimelinePanel *panel() const { return m_window->timelinePanel(); }
    MaintenanceTimeline *timeline() const { return panel()->timeline(); }
    PaneWidget *pane() const { return m_window->pane(MainWindow::MaintenancesPane); }

    static void screenshot(QWidget *widget, const QString &name)
    {
        const QString dir = QStringLiteral(NOCDESK_BINARY_DIR "/screenshots");
        QDir().mkpath(dir);
        QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

    static QList<qint64> sorted(QList<qint64> ids)
    {
        std::sort(ids.begin(), ids.end());
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QCoreApplication::setOrganizationName(QStringLiteral("NocDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_timelinepanel"));
        m_path = m_dir.filePath(QStringLiteral("timeline.sqlite"));
        {
            Store store = Store::open(m_path, QStringLiteral("seed"));
            const QDateTime now = QDateTime::currentDateTimeUtc();
            m_data = TimelineData::make(50, 200, QDateTime(now.date(), QTime(now.time().hour(), 0), Qt::UTC));
            m_data.seed(store);
        }
        m_controller = std::make_unique<ConsoleController>(m_path, QStringLiteral("tester"));
        m_window = std::make_unique<MainWindow>(m_controller.get());
        m_window->resize(1440, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->showPane(MainWindow::MaintenancesPane);
        QSignalSpy found(m_controller->overlaps(), &OverlapController::finished);
        m_controller->refreshAll();
        QVERIFY(found.wait(30000));
        QTRY_COMPARE(timeline()->timelineLayout().barCount() > 0, true);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_controller.reset();
    }

    void showsEveryMaintenanceOfThePane()
    {
        const MaintenanceTimelineLayout &layout = timeline()->timelineLayout();
        QSet<qint64> sites;
        int windows = 0;
        for (const Maintenance &m : std::as_const(m_data.maintenances)) {
            sites.insert(m_data.circuits.at(int(m.impacts.constFirst().circuitId) - m_data.circuits.constFirst().id).aSiteId);
            windows += int(m.windows.size());
        }
        QCOMPARE(layout.rows().size(), sites.size());
        QCOMPARE(layout.barCount(), windows);
        for (const TimelineRow &row : layout.rows())
            QVERIFY(row.siteId != 0);

        // The pane's filter applies: one provider's maintenances only.
        pane()->filterField()->setText(QStringLiteral("Cogent"));
        QTRY_VERIFY(timeline()->timelineLayout().barCount() < windows);
        const MaintenanceTimelineLayout &filtered = timeline()->timelineLayout();
        for (const TimelineRow &row : filtered.rows()) {
            for (const TimelineBar &bar : row.bars)
                QVERIFY(bar.label.startsWith(QLatin1String("Cogent ")));
        }
        pane()->filterField()->clear();
        QTRY_COMPARE(timeline()->timelineLayout().barCount(), windows);
    }

    void screenshots()
    {
        timeline()->scrollToNow();
        QTest::qWait(50);
        screenshot(m_window.get(), QStringLiteral("timeline-window"));
        // The panel alone, as large as an operator would give it.
        auto *split = m_window->findChild<QSplitter *>(QStringLiteral("maintenancesSplit"));
        QVERIFY(split);
        split->setSizes({260, 640});
        QTest::qWait(50);
        timeline()->scrollToNow();
        screenshot(panel(), QStringLiteral("timeline"));
        // The worst overlap selected: scrolled to, its maintenances outlined.
        QTableView *overlaps = panel()->overlapView()->view();
        overlaps->selectRow(0);
        screenshot(panel(), QStringLiteral("timeline-overlap"));
        timeline()->setZoom(MaintenanceTimeline::Zoom::Day);
        timeline()->showOverlap(timeline()->shownOverlap());
        screenshot(panel(), QStringLiteral("timeline-overlap-day"));
        overlaps->clearSelection();
        pane()->view()->clearSelection();
        timeline()->setZoom(MaintenanceTimeline::Zoom::Day);
        timeline()->scrollToNow();
        screenshot(panel(), QStringLiteral("timeline-day"));
        timeline()->setZoom(MaintenanceTimeline::Zoom::Month);
        screenshot(panel(), QStringLiteral("timeline-month"));
        timeline()->setGrouping(TimelineGrouping::ByCircuit);
        (void)timeline()->timelineLayout();
        screenshot(panel(), QStringLiteral("timeline-circuits"));
        timeline()->setGrouping(TimelineGrouping::BySite);
        timeline()->setZoom(MaintenanceTimeline::Zoom::Week);
        split->setSizes({430, 470});
    }

    void clickingABarSelectsTheMaintenance()
    {
        timeline()->scrollToNow();
        const auto bars = timeline()->visibleBars();
        QVERIFY(!bars.isEmpty());
        // One that is wholly in view, so the click lands on it.
        const auto it = std::find_if(bars.cbegin(), bars.cend(), [this](const MaintenanceTimeline::VisibleBar &b) {
            return timeline()->chartRect().contains(b.rect) && b.rect.width() > 8;
        });
        QVERIFY(it != bars.cend());
        QTest::mouseClick(timeline()->viewport(), Qt::LeftButton, {}, it->rect.center());
        QCOMPARE(pane()->selectedIds(), QList<qint64>{it->maintenanceId});
        QCOMPARE(timeline()->selectedMaintenances(), QList<qint64>{it->maintenanceId});
        // The detail panel shows it, as if the operator had clicked the row.
        const Maintenance stored = Store::open(m_path, QStringLiteral("check")).maintenances({it->maintenanceId}).constFirst();
        QTRY_VERIFY(pane()->detailPanel()->toPlainText().contains(stored.maintenanceKey));

        // Selecting a row in the pane outlines its bars.
        const QModelIndex other = pane()->view()->model()->index(3, 0);
        pane()->view()->selectRow(3);
        QCOMPARE(timeline()->selectedMaintenances(), QList<qint64>{other.data(IdRole).toLongLong()});
    }

    void overlapViewListsWhatTheStoreHas()
    {
        const QList<SiteOverlap> stored = Store::open(m_path, QStringLiteral("check")).siteOverlaps();
        QVERIFY(!stored.isEmpty());
        QVERIFY(std::any_of(stored.cbegin(), stored.cend(), [](const SiteOverlap &o) { return o.kind != OverlapKind::Overlap; }));
        SiteOverlapTableModel *model = m_controller->overlaps()->model();
        QCOMPARE(model->rowCount(), stored.size());
        QTableView *table = panel()->overlapView()->view();
        QCOMPARE(table->model()->rowCount(), stored.size());
        for (const SiteOverlap &o : stored) {
            const int row = model->rowOfId(o.id);
            QVERIFY(row >= 0);
            QCOMPARE(model->at(row), o);
            QCOMPARE(model->index(row, SiteOverlapTableModel::Site).data().toString(), o.siteName);
            const QString names = model->index(row, SiteOverlapTableModel::Maintenances).data().toString();
            for (qint64 id : o.maintenanceIds()) {
                const Maintenance &m = m_data.maintenances.at(int(id - m_data.maintenances.constFirst().id));
                QVERIFY2(names.contains(m.maintenanceKey), qPrintable(names));
            }
            for (const OverlapCircuit &c : o.circuits)
                QVERIFY(model->index(row, SiteOverlapTableModel::Circuits).data().toString().contains(c.circuitRef));
        }
        // Worst first.
        QCOMPARE(table->model()->index(0, SiteOverlapTableModel::Kind).data(RawRole).toInt(),
                 int(std::max_element(stored.cbegin(), stored.cend(), [](const SiteOverlap &a, const SiteOverlap &b) {
                         return a.kind < b.kind;
                     })->kind));
    }

    void selectingAnOverlapShowsItAndItsMaintenances()
    {
        QTableView *table = panel()->overlapView()->view();
        table->selectRow(0);
        const qint64 id = table->model()->index(0, 0).data(IdRole).toLongLong();
        const SiteOverlapTableModel *model = m_controller->overlaps()->model();
        const SiteOverlap overlap = model->at(model->rowOfId(id));
        QCOMPARE(timeline()->shownOverlap(), id);
        QCOMPARE(sorted(pane()->selectedIds()), overlap.maintenanceIds());
        QCOMPARE(sorted(timeline()->selectedMaintenances()), overlap.maintenanceIds());
        // Scrolled to it: its band is in sight, in its site's row, painted on the chart.
        const MaintenanceTimelineLayout &layout = timeline()->timelineLayout();
        const QList<int> rows = layout.rowsOfOverlap(id);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(layout.rows().at(rows.constFirst()).label, overlap.siteName);
        QVERIFY(layout.rows().at(rows.constFirst()).hasOverlap);
        const auto [from, to] = timeline()->visibleRange();
        QVERIFY(from <= overlap.start && overlap.start <= to);
        screenshot(panel(), QStringLiteral("timeline-overlap-selected"));

        // And back: a click on the band selects the row.
        table->clearSelection();
        const int x = timeline()->xOf(overlap.start.toSecsSinceEpoch()) + 1;
        const TimelineRow &row = layout.rows().at(rows.constFirst());
        const QPoint band(x, timeline()->chartRect().top() + row.top - timeline()->verticalScrollBar()->value() + 1);
        QCOMPARE(timeline()->overlapAt(band), id);
        QTest::mouseClick(timeline()->viewport(), Qt::LeftButton, {}, band);
        QCOMPARE(panel()->overlapView()->selectedOverlap(), id);
    }

    void findOverlapsNowRunsTheJob()
    {
        QSignalSpy found(m_controller->overlaps(), &OverlapController::finished);
        panel()->findOverlapsAction()->trigger();
        QVERIFY(found.wait(30000));
    }

    void importRunsTheJobAfterwards()
    {
        // A site with two Arelion circuits, both taken down at once by two notices.
        {
            Store store = Store::open(m_path, QStringLiteral("inventory"));
            const qint64 provider = store.providerIdByName(QStringLiteral("arelion"));
            QVERIFY(provider > 0);
            const qint64 site = store.addSite({0, QStringLiteral("TST1"), {}, {}});
            store.addCircuit({0, provider, QStringLiteral("IC-A"), QStringLiteral("wave"), site, 0, {}});
            store.addCircuit({0, provider, QStringLiteral("IC-B"), QStringLiteral("wave"), site, 0, {}});
        }
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(2);
        QStringList files;
        for (const QString &circuit : {QStringLiteral("IC-A"), QStringLiteral("IC-B")}) {
            BcopNotice n;
            n.status = QStringLiteral("CONFIRMED");
            n.stamp = start.addDays(-5);
            n.windows = {{start, start.addSecs(4 * 3600)}};
            n.circuits = circuit + QStringLiteral("=OUTAGE");
            n.maintenanceId = QStringLiteral("TST-") + circuit;
            n.messageId = QStringLiteral("tst-%1@arelion.com").arg(circuit);
            const QString path = m_dir.filePath(circuit + QStringLiteral(".eml"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bcopMail(n));
            files << path;
        }
        const auto atTst1 = [this] {
            const SiteOverlapTableModel *model = m_controller->overlaps()->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->at(row).siteName == QLatin1String("TST1"))
                    return row;
            }
            return -1;
        };
        QCOMPARE(atTst1(), -1);

        MailController mail(m_controller.get(), std::make_shared<MemorySecretStore>());
        QSignalSpy imported(&mail, &MailController::importFinished);
        QSignalSpy found(m_controller->overlaps(), &OverlapController::finished);
        mail.importPaths(files);
        QVERIFY(imported.wait(30000));
        QCOMPARE(imported.constFirst().at(0).toInt(), 2);
        QVERIFY(found.wait(30000));
        const int row = atTst1();
        QVERIFY(row >= 0);
        QCOMPARE(m_controller->overlaps()->model()->at(row).kind, OverlapKind::RedundancyLost);
        // The timeline has the new site, with the band.
        QTRY_VERIFY(std::any_of(timeline()->timelineLayout().rows().cbegin(), timeline()->timelineLayout().rows().cend(),
                                [](const TimelineRow &r) { return r.label == QLatin1String("TST1") && r.hasOverlap; }));

        // A re-schedule moves IC-B's night two days on: the overlap is gone, and its bar shows
        // only the new window although the store keeps both on record.
        BcopNotice moved;
        moved.status = QStringLiteral("RE-SCHEDULED");
        moved.sequence = 2;
        moved.stamp = start.addDays(-4);
        moved.windows = {{start.addDays(2), start.addDays(2).addSecs(4 * 3600)}};
        moved.circuits = QStringLiteral("IC-B=OUTAGE");
        moved.maintenanceId = QStringLiteral("TST-IC-B");
        moved.messageId = QStringLiteral("tst-moved@arelion.com");
        const QString path = m_dir.filePath(QStringLiteral("moved.eml"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bcopMail(moved));
        }
        found.clear();
        mail.importPaths({path});
        QVERIFY(found.wait(30000));
        QCOMPARE(atTst1(), -1);
        const MaintenanceTableModel *model = m_controller->maintenances();
        int movedRow = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            movedRow = model->at(r).maintenanceKey == QLatin1String("TST-IC-B") ? r : movedRow;
        QVERIFY(movedRow >= 0);
        QCOMPARE(model->at(movedRow).windows.size(), 2);
        const qint64 id = model->at(movedRow).id;
        QTRY_VERIFY(!timeline()->timelineLayout().rowsOf(id).isEmpty()
                    && !timeline()->timelineLayout().rows().at(timeline()->timelineLayout().rowsOf(id).constFirst()).hasOverlap);
        const MaintenanceTimelineLayout &layout = timeline()->timelineLayout();
        QList<qint64> starts;
        for (const TimelineBar &bar : layout.rows().at(layout.rowsOf(id).constFirst()).bars) {
            if (bar.maintenanceId == id)
                starts << bar.start;
        }
        QCOMPARE(starts, QList<qint64>{start.addDays(2).toSecsSinceEpoch()});
    }
};

QTEST_MAIN(TestTimelinePanel)
#include "tst_timelinepanel.moc"
