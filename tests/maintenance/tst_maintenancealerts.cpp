// What the desktop notifications announce, decided without a tray: new maintenances, status
// changes, and unacknowledged ones starting within the lead time (once per window); then the
// same decisions fed from a real MaintenanceTableModel the way the console updates it.
#include "MaintenanceAlertWatcher.h"
#include "MaintenanceAlerts.h"
#include "items/MaintenanceTableModel.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(nocdesk::Maintenance)

using namespace nocdesk;

namespace {

const QDateTime kNow(QDate(2026, 12, 4), QTime(8, 0), Qt::UTC);

Maintenance maintenance(qint64 id, int startsInMinutes, MaintenanceStatus status = MaintenanceStatus::Confirmed)
{
    Maintenance m;
    m.id = id;
    m.providerName = QStringLiteral("zayo");
    m.providerLabel = QStringLiteral("Zayo");
    m.maintenanceKey = QStringLiteral("TTN-%1").arg(id);
    m.status = status;
    m.start = kNow.addSecs(qint64(startsInMinutes) * 60);
    m.end = m.start.addSecs(4 * 3600);
    m.windows = {{m.start, m.end}};
    m.impacts = {{QStringLiteral("IC-1"), 1, QStringLiteral("FRA1"), Impact::Outage}};
    return m;
}

QList<MaintenanceAlert::Kind> kinds(const QList<MaintenanceAlert> &alerts)
{
    QList<MaintenanceAlert::Kind> out;
    for (const MaintenanceAlert &a : alerts)
        out << a.kind;
    return out;
}

QList<qint64> ids(const QList<MaintenanceAlert> &alerts)
{
    QList<qint64> out;
    for (const MaintenanceAlert &a : alerts)
        out << a.maintenanceId;
    return out;
}

} // namespace

class TestMaintenanceAlerts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createdOnlyAfterTheBaseline()
    {
        MaintenanceAlerts alerts;
        alerts.setBaseline({maintenance(1, 600), maintenance(2, 900)});
        QVERIFY(alerts.update({maintenance(1, 600), maintenance(2, 900)}).isEmpty());
        const QList<MaintenanceAlert> created = alerts.update({maintenance(3, 1200)});
        QCOMPARE(kinds(created), QList<MaintenanceAlert::Kind>{MaintenanceAlert::Kind::Created});
        QCOMPARE(created.constFirst().maintenanceId, 3);
        QVERIFY2(created.constFirst().title.contains(QLatin1String("Zayo TTN-3")), qPrintable(created.constFirst().title));
        // Seen once: the next update of it is not new again.
        QVERIFY(alerts.update({maintenance(3, 1200)}).isEmpty());
    }

    void statusChangeAnnouncedOtherChangesNot()
    {
        MaintenanceAlerts alerts;
        alerts.setBaseline({maintenance(1, 600)});
        Maintenance acked = maintenance(1, 600);
        acked.acknowledged = true;
        acked.acknowledgedBy = QStringLiteral("alice");
        acked.noteCount = 2;
        QVERIFY(alerts.update({acked}).isEmpty());
        Maintenance cancelled = acked;
        cancelled.status = MaintenanceStatus::Cancelled;
        const QList<MaintenanceAlert> changed = alerts.update({cancelled});
        QCOMPARE(kinds(changed), QList<MaintenanceAlert::Kind>{MaintenanceAlert::Kind::StatusChanged});
        QVERIFY2(changed.constFirst().title.contains(QLatin1String("Cancelled")), qPrintable(changed.constFirst().title));
        QVERIFY2(changed.constFirst().body.contains(QLatin1String("Confirmed")), qPrintable(changed.constFirst().body));
        QVERIFY(alerts.update({cancelled}).isEmpty());
    }

    void startingSoon_data()
    {
        QTest::addColumn<Maintenance>("m");
        QTest::addColumn<int>("leadHours");
        QTest::addColumn<bool>("announced");
        QTest::newRow("in 3 h, lead 4 h") << maintenance(1, 180) << 4 << true;
        QTest::newRow("exactly at the lead") << maintenance(1, 240) << 4 << true;
        QTest::newRow("a minute past the lead") << maintenance(1, 241) << 4 << false;
        QTest::newRow("in 3 h, lead 2 h") << maintenance(1, 180) << 2 << false;
        QTest::newRow("starting now") << maintenance(1, 0) << 4 << true;
        QTest::newRow("started already") << maintenance(1, -1) << 4 << false;
        Maintenance acked = maintenance(1, 60);
        acked.acknowledged = true;
        QTest::newRow("acknowledged") << acked << 4 << false;
        QTest::newRow("cancelled") << maintenance(1, 60, MaintenanceStatus::Cancelled) << 4 << false;
        QTest::newRow("completed") << maintenance(1, 60, MaintenanceStatus::Completed) << 4 << false;
        QTest::newRow("tentative") << maintenance(1, 60, MaintenanceStatus::Tentative) << 4 << true;
        Maintenance second = maintenance(1, 2000);
        second.windows.append({kNow.addSecs(30 * 60), kNow.addSecs(90 * 60)});
        QTest::newRow("its second window") << second << 4 << true;
    }

    void startingSoon()
    {
        QFETCH(Maintenance, m);
        QFETCH(int, leadHours);
        QFETCH(bool, announced);
        MaintenanceAlerts alerts;
        alerts.setBaseline({m});
        const QList<MaintenanceAlert> soon = alerts.startingSoon(kNow, leadHours);
        QCOMPARE(soon.size(), announced ? 1 : 0);
        if (announced) {
            QCOMPARE(soon.constFirst().kind, MaintenanceAlert::Kind::StartingSoon);
            QVERIFY2(soon.constFirst().title.contains(QLatin1String("Not acknowledged")), qPrintable(soon.constFirst().title));
        }
    }

    void everyMaintenanceDue()
    {
        MaintenanceAlerts alerts;
        alerts.setBaseline({maintenance(1, 120), maintenance(2, 180), maintenance(3, 600)});
        QList<qint64> due = ids(alerts.startingSoon(kNow, 4));
        std::sort(due.begin(), due.end());
        QCOMPARE(due, (QList<qint64>{1, 2}));
    }

    void notTwiceButAgainForANewWindow()
    {
        MaintenanceAlerts alerts;
        alerts.setBaseline({maintenance(1, 120)});
        QCOMPARE(alerts.startingSoon(kNow, 4).size(), 1);
        QVERIFY(alerts.startingSoon(kNow, 4).isEmpty());
        QVERIFY(alerts.startingSoon(kNow.addSecs(600), 4).isEmpty());
        // Re-scheduled an hour later: a new window, worth a new warning.
        Maintenance moved = maintenance(1, 180, MaintenanceStatus::Rescheduled);
        QCOMPARE(kinds(alerts.update({moved})), QList<MaintenanceAlert::Kind>{MaintenanceAlert::Kind::StatusChanged});
        QCOMPARE(ids(alerts.startingSoon(kNow, 4)), QList<qint64>{1});
        QVERIFY(alerts.startingSoon(kNow, 4).isEmpty());
    }

    void acknowledgedLaterIsNotAnnounced()
    {
        MaintenanceAlerts alerts;
        alerts.setBaseline({maintenance(1, 600)});
        QVERIFY(alerts.startingSoon(kNow, 4).isEmpty()); // ten hours out
        Maintenance acked = maintenance(1, 600);
        acked.acknowledged = true;
        QVERIFY(alerts.update({acked}).isEmpty());
        QVERIFY(alerts.startingSoon(kNow.addSecs(7 * 3600), 4).isEmpty());
    }

    void forgottenIsNotAnnounced()
    {
        MaintenanceAlerts alerts;
        alerts.setBaseline({maintenance(1, 60)});
        alerts.forget(1);
        QVERIFY(alerts.startingSoon(kNow, 4).isEmpty());
        QCOMPARE(alerts.knownCount(), 0);
    }

    void settingsRoundTrip()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        const MaintenanceAlerts::Settings defaults = MaintenanceAlerts::Settings::load(settings);
        QCOMPARE(defaults.enabled, true);
        QCOMPARE(defaults.leadHours, 4);
        MaintenanceAlerts::Settings s;
        s.enabled = false;
        s.leadHours = 12;
        s.save(settings);
        const MaintenanceAlerts::Settings loaded = MaintenanceAlerts::Settings::load(settings);
        QCOMPARE(loaded.enabled, false);
        QCOMPARE(loaded.leadHours, 12);
        settings.setValue(QStringLiteral("notifications/startingSoonHours"), QStringLiteral("soon"));
        QCOMPARE(MaintenanceAlerts::Settings::load(settings).leadHours, 4); // unreadable: the default
    }

    // The watcher on the model the console keeps: the first load is the baseline, then what
    // fetches and acks upsert is announced.
    void watcherFollowsTheModel()
    {
        MaintenanceTableModel model;
        model.replaceAll({maintenance(1, 600), maintenance(2, 60)});
        MaintenanceAlertWatcher watcher(&model);
        QSignalSpy spy(&watcher, &MaintenanceAlertWatcher::alertsReady);
        model.upsert({maintenance(3, 900)}); // before prime: still the console's first load
        QVERIFY(spy.isEmpty());

        watcher.prime();
        // Priming looks at what starts soon straight away; that is about wall-clock "now", so
        // only the explicit checks below are asserted.
        spy.clear();

        model.upsert({maintenance(4, 1000)});
        QCOMPARE(spy.size(), 1);
        QCOMPARE(kinds(spy.takeFirst().at(0).value<QList<MaintenanceAlert>>()),
                 QList<MaintenanceAlert::Kind>{MaintenanceAlert::Kind::Created});

        model.upsert({maintenance(1, 600, MaintenanceStatus::InProcess)});
        QCOMPARE(spy.size(), 1);
        QCOMPARE(kinds(spy.takeFirst().at(0).value<QList<MaintenanceAlert>>()),
                 QList<MaintenanceAlert::Kind>{MaintenanceAlert::Kind::StatusChanged});

        // Maintenance 2 starts in an hour, unacknowledged; 3 in 15 hours.
        watcher.checkStartingSoon(kNow);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(ids(spy.takeFirst().at(0).value<QList<MaintenanceAlert>>()), QList<qint64>{2});
        watcher.checkStartingSoon(kNow.addSecs(60));
        QVERIFY(spy.isEmpty());

        // Off: nothing is announced, and nothing is marked, so turning on warns of what is near.
        MaintenanceAlerts::Settings off;
        off.enabled = false;
        watcher.setSettings(off);
        model.upsert({maintenance(5, 30)});
        watcher.checkStartingSoon(kNow);
        QVERIFY(spy.isEmpty());
        MaintenanceAlerts::Settings on;
        on.leadHours = 4;
        watcher.setSettings(on);
        spy.clear(); // setSettings checks against the wall clock
        watcher.checkStartingSoon(kNow);
        QCOMPARE(ids(spy.takeFirst().at(0).value<QList<MaintenanceAlert>>()), QList<qint64>{5});

        // A removed row is forgotten.
        model.replaceAll({maintenance(1, 600, MaintenanceStatus::InProcess)});
        model.upsert({maintenance(4, 1000)});
        QCOMPARE(kinds(spy.takeFirst().at(0).value<QList<MaintenanceAlert>>()),
                 QList<MaintenanceAlert::Kind>{MaintenanceAlert::Kind::Created});
    }
};

QTEST_GUILESS_MAIN(TestMaintenanceAlerts)
#include "tst_maintenancealerts.moc"
