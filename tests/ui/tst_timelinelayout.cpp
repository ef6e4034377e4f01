// The maintenance timeline without a store: its row layout (rows per site or circuit, bars per
// window, lanes for windows that run at once), what a paint visits (only what is visible), the
// zoom's scale, axis labels that never collide, tooltips, and the overlap bands, down to the
// pixels they paint.
#include "DisplayText.h"
#include "MaintenanceTimeline.h"
#include "MaintenanceTimelineAxis.h"
#include "MaintenanceTimelineLayout.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace nocdesk;

namespace {

// Next Monday-ish: a fixed day so the data does not drift with the calendar.
const QDateTime kDay0 = QDateTime(QDate(2026, 12, 7), QTime(0, 0)).toUTC();

QDateTime at(int day, int hour) { return kDay0.addDays(day).addSecs(qint64(hour) * 3600); }

Maintenance maintenance(qint64 id, const QString &key, QList<MaintenanceWindow> windows, QList<CircuitImpact> impacts)
{
    Maintenance m;
    m.id = id;
    m.providerName = QStringLiteral("zayo");
    m.providerLabel = QStringLiteral("Zayo");
    m.maintenanceKey = key;
    m.summary = QStringLiteral("Fibre splice");
    m.windows = windows;
    m.start = windows.constFirst().start;
    m.end = windows.constLast().end;
    m.impacts = impacts;
    return m;
}

// FRA1 has IC-1 (to AMS1) and IC-2; AMS1 has IC-3 too. CHG-1 takes IC-1 down on two nights,
// CHG-2 degrades IC-2 while CHG-1's first night runs, CHG-3 names a circuit nobody knows.
TimelineInput sample()
{
    TimelineInput in;
    in.sites = {{1, QStringLiteral("FRA1"), {}, {}}, {2, QStringLiteral("AMS1"), {}, {}}};
    in.circuits = {{11, 1, QStringLiteral("IC-1"), {}, 1, 2, {}},
                   {12, 1, QStringLiteral("IC-2"), {}, 1, 0, {}},
                   {13, 1, QStringLiteral("IC-3"), {}, 2, 0, {}}};
    in.maintenances = {
        maintenance(1, QStringLiteral("CHG-1"), {{at(1, 0), at(1, 4)}, {at(8, 0), at(8, 4)}},
                    {{QStringLiteral("IC-1"), 11, QStringLiteral("FRA1"), Impact::Outage}}),
        maintenance(2, QStringLiteral("CHG-2"), {{at(1, 2), at(1, 6)}},
                    {{QStringLiteral("IC-2"), 12, QStringLiteral("FRA1"), Impact::Degraded}}),
        maintenance(3, QStringLiteral("CHG-3"), {{at(2, 1), at(2, 3)}},
                    {{QStringLiteral("X-9"), 0, {}, Impact::Outage}}),
    };
    return in;
}

SiteOverlap reducedAtFra1()
{
    SiteOverlap o;
    o.id = 50;
    o.siteId = 1;
    o.siteName = QStringLiteral("FRA1");
    o.kind = OverlapKind::RedundancyReduced;
    o.start = at(1, 2);
    o.end = at(1, 4);
    o.siteCircuitCount = 3;
    o.circuits = {{1, 11, QStringLiteral("IC-1"), Impact::Outage}, {2, 12, QStringLiteral("IC-2"), Impact::Degraded}};
    return o;
}

int rowNamed(const MaintenanceTimelineLayout &layout, const QString &label)
{
    for (int i = 0; i < layout.rows().size(); ++i) {
        if (layout.rows().at(i).label == label)
            return i;
    }
    return -1;
}

QList<qint64> idsOf(const TimelineRow &row, const QList<int> &bars)
{
    QList<qint64> ids;
    for (int i : bars)
        ids << row.bars.at(i).maintenanceId;
    return ids;
}

} // namespace

class TestTimelineLayout : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<MaintenanceTimeline> m_timeline;

    MaintenanceTimeline *timeline(const TimelineInput &in, MaintenanceTimeline::Zoom zoom = MaintenanceTimeline::Zoom::Week)
    {
        m_timeline = std::make_unique<MaintenanceTimeline>();
        m_timeline->resize(1000, 400);
        m_timeline->setNow(at(0, 12));
        m_timeline->setZoom(zoom);
        m_timeline->setInventory(in.sites, in.circuits);
        m_timeline->setOverlaps(in.overlaps);
        m_timeline->setMaintenances(in.maintenances);
        m_timeline->show();
        (void)m_timeline->timelineLayout();
        return m_timeline.get();
    }

private Q_SLOTS:
    void cleanup() { m_timeline.reset(); }

    void oneRowPerSiteOneBarPerWindow()
    {
        const auto layout = MaintenanceTimelineLayout::build(sample(), TimelineGrouping::BySite, {20, 4});
        QCOMPARE(layout.rows().size(), 3);
        // By name, the circuit nobody knows last.
        QCOMPARE(layout.rows().at(0).label, QStringLiteral("AMS1"));
        QCOMPARE(layout.rows().at(1).label, QStringLiteral("FRA1"));
        QCOMPARE(layout.rows().at(2).label, QStringLiteral("No known site"));
        // IC-1 ends at AMS1 too: CHG-1's two windows show in both rows.
        const TimelineRow &ams = layout.rows().at(0);
        QCOMPARE(ams.bars.size(), 2);
        QCOMPARE(ams.lanes, 1);
        const TimelineRow &fra = layout.rows().at(1);
        QCOMPARE(fra.bars.size(), 3);
        QCOMPARE(idsOf(fra, {0, 1, 2}), (QList<qint64>{1, 2, 1}));
        // CHG-2 runs during CHG-1's first night: a second lane, and the row is taller.
        QCOMPARE(fra.lanes, 2);
        QCOMPARE(fra.bars.at(0).lane, 0);
        QCOMPARE(fra.bars.at(1).lane, 1);
        QCOMPARE(fra.bars.at(2).lane, 0);
        QCOMPARE(fra.height, 2 * 20 + 2 * 4);
        QCOMPARE(fra.top, ams.height);
        QCOMPARE(fra.bars.at(0).impact, Impact::Outage);
        QCOMPARE(fra.bars.at(1).impact, Impact::Degraded);
        QCOMPARE(fra.bars.at(0).label, QStringLiteral("Zayo CHG-1"));
        QCOMPARE(fra.bars.at(0).start, at(1, 0).toSecsSinceEpoch());
        QCOMPARE(fra.bars.at(0).end, at(1, 4).toSecsSinceEpoch());
        QCOMPARE(layout.barCount(), 6);
        QCOMPARE(layout.totalHeight(), ams.height + fra.height + layout.rows().at(2).height);
        QCOMPARE(layout.rowsOf(1), (QList<int>{0, 1}));
        QCOMPARE(layout.firstTime(), at(1, 0).toSecsSinceEpoch());
        QCOMPARE(layout.lastTime(), at(8, 4).toSecsSinceEpoch());
    }

    void oneRowPerCircuit()
    {
        const auto layout = MaintenanceTimelineLayout::build(sample(), TimelineGrouping::ByCircuit, {20, 4});
        QStringList labels;
        for (const TimelineRow &r : layout.rows())
            labels << r.label;
        // Grouped by site (AMS1 – FRA1 sorts before FRA1), unknown circuits last.
        QCOMPARE(labels, (QStringList{QStringLiteral("IC-2"), QStringLiteral("IC-1"), QStringLiteral("X-9")}));
        QCOMPARE(layout.rows().at(1).bars.size(), 2);
        QCOMPARE(layout.rows().at(1).detail, QStringLiteral("Zayo · FRA1 – AMS1"));
        QCOMPARE(layout.rows().at(0).lanes, 1);
    }

    void rowsAndBarsFoundBySearch()
    {
        const auto layout = MaintenanceTimelineLayout::build(sample(), TimelineGrouping::BySite, {20, 4});
        const int fra = rowNamed(layout, QStringLiteral("FRA1"));
        const TimelineRow &row = layout.rows().at(fra);
        QCOMPARE(layout.rowAt(row.top), fra);
        QCOMPARE(layout.rowAt(row.top + row.height - 1), fra);
        QCOMPARE(layout.rowAt(-1), -1);
        QCOMPARE(layout.rowAt(layout.totalHeight()), -1);
        QCOMPARE(layout.rowsIn(row.top + 1, row.top + 2), std::make_pair(fra, fra));
        QCOMPARE(layout.rowsIn(0, layout.totalHeight()), std::make_pair(0, 2));
        // Only bars reaching into the range; one that started before it counts.
        QCOMPARE(idsOf(row, layout.barsIn(fra, at(1, 5).toSecsSinceEpoch(), at(1, 7).toSecsSinceEpoch())), (QList<qint64>{2}));
        QCOMPARE(idsOf(row, layout.barsIn(fra, at(1, 3).toSecsSinceEpoch(), at(1, 3).toSecsSinceEpoch())), (QList<qint64>{1, 2}));
        QVERIFY(layout.barsIn(fra, at(2, 0).toSecsSinceEpoch(), at(7, 23).toSecsSinceEpoch()).isEmpty());
        // Touching ends count.
        QCOMPARE(idsOf(row, layout.barsIn(fra, at(8, 4).toSecsSinceEpoch(), at(9, 0).toSecsSinceEpoch())), (QList<qint64>{1}));
    }

    // New data is laid out on a pool thread: until that layout is in, a paint shows the one
    // there is (it never waits), and anything that asks about rows and bars waits for the new
    // one. Changes that come in while a layout is built get one more, with the latest data.
    void rebuildsInTheBackground()
    {
        MaintenanceTimeline *t = timeline(sample(), MaintenanceTimeline::Zoom::Day);
        t->scrollToTime(at(1, 0));
        QVERIFY(t->isLayoutCurrent());
        const QImage before = t->renderFrame();
        const QRect chg1 = t->barRect(1);
        QVERIFY(t->chartRect().contains(chg1.center()));

        TimelineInput fewer = sample();
        fewer.maintenances.removeFirst(); // CHG-1 goes: its bars leave AMS1 and FRA1
        QSignalSpy updated(t, &MaintenanceTimeline::layoutUpdated);
        t->setMaintenances(fewer.maintenances);
        QVERIFY(!t->isLayoutCurrent());
        // Only this thread installs a layout, so this frame is still the old one, and a click
        // or a tooltip is about what it shows: CHG-1, gone from the data but still on screen.
        QCOMPARE(t->renderFrame(), before);
        QCOMPARE(t->maintenanceAt(chg1.center()), qint64(1));
        QVERIFY(t->toolTipAt(chg1.center()).contains(QStringLiteral("CHG-1")));
        QVERIFY(!t->isLayoutCurrent());
        QVERIFY(updated.wait(10000));
        QVERIFY(t->isLayoutCurrent());
        QCOMPARE(t->timelineLayout().barCount(), 2);
        QVERIFY(t->renderFrame() != before);

        // Two changes in a row while it builds: the last one wins.
        TimelineInput one = sample();
        one.maintenances = {one.maintenances.at(2)};
        t->setMaintenances(sample().maintenances);
        QCoreApplication::processEvents(); // the build of the whole sample starts
        t->setMaintenances(one.maintenances);
        QTRY_VERIFY(t->isLayoutCurrent());
        QCOMPARE(t->timelineLayout().barCount(), 1);
        QCOMPARE(t->timelineLayout().rowsOf(3).size(), 1);

        // A first layout still being built says so rather than "no maintenances".
        {
            MaintenanceTimeline fresh;
            fresh.resize(1000, 300);
            fresh.setNow(at(0, 12));
            fresh.setMaintenances(sample().maintenances);
            fresh.show();
            QVERIFY(!fresh.isLayoutCurrent());
            const QImage laying = fresh.renderFrame();
            QDir().mkpath(QStringLiteral(NOCDESK_BINARY_DIR "/screenshots"));
            QVERIFY(laying.save(QStringLiteral(NOCDESK_BINARY_DIR "/screenshots/timeline-laying-out.png")));
            (void)fresh.timelineLayout();
            QVERIFY(fresh.renderFrame() != laying);
        }

        // Asking about bars while a build runs waits for it.
        t->setMaintenances(sample().maintenances);
        QCoreApplication::processEvents();
        QCOMPARE(t->timelineLayout().barCount(), 6);
        QVERIFY(t->isLayoutCurrent());
    }

    void paintsOnlyWhatIsVisible()
    {
        MaintenanceTimeline *t = timeline(sample(), MaintenanceTimeline::Zoom::Day);
        t->scrollToTime(at(1, 0));
        const auto [from, to] = t->visibleRange();
        QVERIFY(from <= at(1, 0) && to >= at(1, 6));
        QVERIFY(to < at(8, 0));
        QSet<qint64> shown;
        for (const auto &bar : t->visibleBars()) {
            shown.insert(bar.maintenanceId);
            QVERIFY(bar.rect.intersects(t->chartRect()));
        }
        QCOMPARE(shown, (QSet<qint64>{1, 2}));
        // Three bars on the first night (CHG-1 at AMS1 and FRA1, CHG-2); the second night's
        // two are off to the right and not visited.
        QCOMPARE(t->visibleBars().size(), 3);
        t->scrollToTime(at(8, 0));
        QCOMPARE(t->visibleBars().size(), 2);
    }

    void zoomChangesTheScale()
    {
        MaintenanceTimeline *t = timeline(sample(), MaintenanceTimeline::Zoom::Week);
        QSignalSpy zoomed(t, &MaintenanceTimeline::zoomChanged);
        const double week = t->pixelsPerSecond();
        const int weekWidth = t->barRect(2).width();
        QCOMPARE(double(t->chartRect().width()), week * 7 * 24 * 3600);
        t->setZoom(MaintenanceTimeline::Zoom::Day);
        QCOMPARE(zoomed.size(), 1);
        QVERIFY(qAbs(t->pixelsPerSecond() / week - 7.0) < 1e-9);
        QVERIFY(qAbs(t->barRect(2).width() - 7 * weekWidth) <= 7);
        t->setZoom(MaintenanceTimeline::Zoom::Month);
        QVERIFY(qAbs(week / t->pixelsPerSecond() - 31.0 / 7.0) < 1e-9);
        // The middle of the chart keeps its time across zooms.
        const qint64 middle = t->timeAt(t->chartRect().center().x());
        t->setZoom(MaintenanceTimeline::Zoom::Week);
        QVERIFY(qAbs(t->timeAt(t->chartRect().center().x()) - middle) < 3600);
    }

    void axisLabelsNeverCollide_data()
    {
        QTest::addColumn<double>("daysAcross");
        QTest::newRow("day") << 1.0;
        QTest::newRow("week") << 7.0;
        QTest::newRow("month") << 31.0;
        QTest::newRow("narrow month") << 93.0;
    }

    void axisLabelsNeverCollide()
    {
        QFETCH(double, daysAcross);
        const double pps = 1000.0 / (daysAcross * 86400);
        const int minWidth = 50;
        const auto axis = MaintenanceTimelineAxis::compute(at(0, 0).toSecsSinceEpoch(), at(40, 0).toSecsSinceEpoch(), pps, minWidth);
        QVERIFY(!axis.major().isEmpty());
        QVERIFY(axis.minor().size() > 1);
        for (int i = 1; i < axis.minor().size(); ++i) {
            const double gap = double(axis.minor().at(i).at - axis.minor().at(i - 1).at) * pps;
            QVERIFY2(gap >= minWidth - 1, qPrintable(QStringLiteral("%1 px").arg(gap)));
            QVERIFY(!axis.minor().at(i).label.isEmpty());
        }
        for (const auto &tick : axis.major())
            QVERIFY(!tick.label.isEmpty());
    }

    void clickAndToolTipFindTheBar()
    {
        MaintenanceTimeline *t = timeline(sample(), MaintenanceTimeline::Zoom::Day);
        t->scrollToTime(at(1, 0));
        QSignalSpy clicked(t, &MaintenanceTimeline::maintenanceClicked);
        const QRect bar = t->barRect(2);
        QVERIFY(t->chartRect().contains(bar.center()));
        QTest::mouseClick(t->viewport(), Qt::LeftButton, Qt::ControlModifier, bar.center());
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.constFirst().at(0).toLongLong(), 2);
        QCOMPARE(clicked.constFirst().at(1).value<Qt::KeyboardModifiers>(), Qt::KeyboardModifiers(Qt::ControlModifier));
        const QString tip = t->toolTipAt(bar.center());
        QVERIFY2(tip.contains(QLatin1String("Zayo CHG-2")), qPrintable(tip));
        QVERIFY(tip.contains(QLatin1String("IC-2")));
        QVERIFY(tip.contains(DisplayText::name(Impact::Degraded)));
        QVERIFY(tip.contains(DisplayText::time(at(1, 2))));
        QVERIFY(tip.contains(DisplayText::time(at(1, 6))));
        // Empty chart: nothing.
        QCOMPARE(t->maintenanceAt(QPoint(t->chartRect().right() - 2, t->chartRect().bottom() - 2)), 0);
        QVERIFY(t->toolTipAt(QPoint(t->chartRect().right() - 2, t->chartRect().bottom() - 2)).isEmpty());
    }

    void reducedRedundancyIsHighlighted()
    {
        TimelineInput in = sample();
        in.overlaps = {reducedAtFra1()};
        const auto layout = MaintenanceTimelineLayout::build(in, TimelineGrouping::BySite, {20, 4});
        const TimelineRow &fra = layout.rows().at(rowNamed(layout, QStringLiteral("FRA1")));
        QCOMPARE(fra.bands.size(), 1);
        QVERIFY(fra.hasOverlap);
        QCOMPARE(fra.worstOverlap, OverlapKind::RedundancyReduced);
        QVERIFY(layout.rows().at(rowNamed(layout, QStringLiteral("AMS1"))).bands.isEmpty());
        // Per circuit, both circuits' rows carry it.
        const auto byCircuit = MaintenanceTimelineLayout::build(in, TimelineGrouping::ByCircuit, {20, 4});
        QCOMPARE(byCircuit.rowsOfOverlap(50).size(), 2);

        // And it paints: in the padding above the bars, inside the span, the row is tinted
        // with the overlap's colour; without the overlap it is not.
        MaintenanceTimeline *t = timeline(in, MaintenanceTimeline::Zoom::Day);
        t->scrollToTime(at(1, 0));
        const int row = rowNamed(t->timelineLayout(), QStringLiteral("FRA1"));
        const TimelineRow &r = t->timelineLayout().rows().at(row);
        const QPoint probe((t->xOf(at(1, 2).toSecsSinceEpoch()) + t->xOf(at(1, 4).toSecsSinceEpoch())) / 2,
                           t->chartRect().top() + r.top - t->verticalScrollBar()->value() + 2);
        QCOMPARE(t->overlapAt(probe), 50);
        QVERIFY(t->toolTipAt(probe).contains(DisplayText::name(OverlapKind::RedundancyReduced)));
        const QColor tinted = t->renderFrame().pixelColor(probe);
        t->setOverlaps({});
        (void)t->timelineLayout();
        const QColor plain = t->renderFrame().pixelColor(probe);
        QVERIFY2(tinted != plain, qPrintable(tinted.name() + QLatin1Char(' ') + plain.name()));
        // Towards the overlap's amber: more red than blue.
        QVERIFY(tinted.red() - tinted.blue() > plain.red() - plain.blue());
    }

    void selectionIsOutlinedAndRevealed()
    {
        MaintenanceTimeline *t = timeline(sample(), MaintenanceTimeline::Zoom::Day);
        t->scrollToTime(at(20, 0));
        QVERIFY(!t->chartRect().intersects(t->barRect(3)));
        t->setSelectedMaintenances({3}, true);
        QVERIFY(t->chartRect().intersects(t->barRect(3)));
        QCOMPARE(t->selectedMaintenances(), (QList<qint64>{3}));
    }
};

QTEST_MAIN(TestTimelineLayout)
#include "tst_timelinelayout.moc"
