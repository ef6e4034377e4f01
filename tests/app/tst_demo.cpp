// The demo data set: every pane has something to show, and maintenances sit in the past, now
// and the future relative to the moment the demo is seeded.
#include "DomainPrinters.h"
#include "DemoSeeder.h"
#include "Store.h"

#include <QTemporaryDir>
#include <QSet>
#include <QTest>

using namespace nocdesk;

class TestDemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedsEveryPane()
    {
        QTemporaryDir dir;
        Store store = Store::open(dir.filePath(QStringLiteral("demo.sqlite")), QStringLiteral("t"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        int lastDone = -1;
        int lastTotal = 0;
        DemoSeeder::seed(store, now, [&](int done, int total) {
            QVERIFY(done >= lastDone);
            lastDone = done;
            lastTotal = total;
        });
        QCOMPARE(lastDone, lastTotal);

        const QMap<QString, qint64> counts = store.tableCounts();
        for (const char *table : {"providers", "sites", "circuits", "devices", "interfaces", "raw_notifications",
                                  "parsed_notifications", "maintenances", "events", "alarms"})
            QVERIFY2(counts.value(QLatin1String(table)) > 0, table);

        int past = 0, running = 0, upcoming = 0;
        for (const Maintenance &m : store.maintenances()) {
            QVERIFY(m.end > m.start);
            QVERIFY(!m.impacts.isEmpty());
            // A re-scheduled maintenance was built by two notices and keeps both windows.
            QCOMPARE(m.noticeCount, m.status == MaintenanceStatus::Rescheduled ? 2 : 1);
            QCOMPARE(m.windows.size(), m.status == MaintenanceStatus::Rescheduled ? 2 : 1);
            if (m.end <= now)
                ++past;
            else if (m.start <= now)
                ++running;
            else
                ++upcoming;
        }
        QVERIFY(past > 0);
        QVERIFY(running > 0);
        QVERIFY(upcoming > 0);

        // Each notice is a whole mail carrying the BCOP calendar it was parsed from.
        const QList<Notification> notifications = store.notifications();
        QVERIFY(notifications.size() > store.maintenances().size()); // plus the ones that failed
        QSet<NotificationOutcome> outcomes;
        for (const Notification &n : notifications) {
            const QByteArray raw = store.rawNotification(n.id);
            QVERIFY(raw.startsWith("From: "));
            if (n.outcome == NotificationOutcome::Parsed)
                QVERIFY(raw.contains("X-MAINTNOTE-MAINTENANCE-ID:"));
            else
                QVERIFY2(n.outcome == NotificationOutcome::Ignored || !n.error.isEmpty(), qPrintable(n.subject));
            outcomes.insert(n.outcome);
        }
        // The problem mails went through the real pipeline and got its verdicts.
        QVERIFY(outcomes.contains(NotificationOutcome::UnknownProvider));
        QVERIFY(outcomes.contains(NotificationOutcome::ParsingFailed));
        QVERIFY(outcomes.contains(NotificationOutcome::Ignored));

        // Events of a circuit under maintenance now are suppressed with the reason.
        bool sawSuppressed = false;
        for (const Event &e : store.recentEvents(1000)) {
            if (e.status == EventStatus::Suppressed) {
                sawSuppressed = true;
                QVERIFY(e.result.startsWith(QLatin1String("Under Maintenance")));
            }
            QVERIFY(!e.raw.isEmpty());
        }
        QVERIFY(sawSuppressed);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
