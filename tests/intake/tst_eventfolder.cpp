// Folding: identical lines within the window become one event with a count; an interface
// that keeps going down and up becomes one flapping event. Rows already stored get counts.
#include "DomainPrinters.h"
#include "EventFolder.h"

#include <QTest>

using namespace nocdesk;

namespace {

const QDateTime kT0(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);

// Rows as the store would write these events.
EventRow line(int ms, const QString &host, const QString &kind, const QString &interface, const QString &message = {})
{
    Event e;
    e.receivedAt = kT0.addMSecs(ms);
    e.host = host;
    e.code = QStringLiteral("LINEPROTO-5-UPDOWN");
    e.kind = kind;
    e.message = message.isEmpty() ? QStringLiteral("Line protocol on Interface %1, changed state to %2")
                                        .arg(interface, kind == QLatin1String("INTERFACE_UP") ? QStringLiteral("up") : QStringLiteral("down"))
                                  : message;
    if (!interface.isEmpty())
        e.values.insert(QStringLiteral("interface"), interface);
    return EventRow::fromEvent(e);
}

QString text(const EventRow &row, EventRow::Field field) { return QString::fromUtf8(row.field(field)); }

EventRow config(int ms, const QString &host)
{
    return line(ms, host, QString(), QString(), QStringLiteral("Configured from console by noc on vty0"));
}

} // namespace

class TestEventFolder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void identicalLinesFold_data()
    {
        QTest::addColumn<QList<int>>("times");
        QTest::addColumn<QList<int>>("counts");
        QTest::addRow("one") << QList<int>{0} << QList<int>{1};
        QTest::addRow("three within the window") << QList<int>{0, 1000, 9000} << QList<int>{3};
        QTest::addRow("window counts from the first") << QList<int>{0, 6000, 10500} << QList<int>{2, 1};
        QTest::addRow("far apart") << QList<int>{0, 30000} << QList<int>{1, 1};
    }

    void identicalLinesFold()
    {
        QFETCH(QList<int>, times);
        QFETCH(QList<int>, counts);
        EventFolder folder;
        for (int t : times)
            folder.add(config(t, QStringLiteral("r1")));
        const QList<EventRow> rows = folder.takeRows();
        QList<int> got;
        for (const EventRow &e : rows)
            got << e.count;
        QCOMPARE(got, counts);
        QCOMPARE(folder.folded(), quint64(times.size() - counts.size()));
    }

    void otherDevicesDoNotFold()
    {
        EventFolder folder;
        folder.add(config(0, QStringLiteral("r1")));
        folder.add(config(10, QStringLiteral("r2")));
        QCOMPARE(folder.takeRows().size(), 2);
    }

    void repeatsOfStoredRowsBecomeIncrements()
    {
        EventFolder folder;
        folder.add(config(0, QStringLiteral("r1")));
        QCOMPARE(folder.takeRows().size(), 1);
        // Still on its way to the store: a repeat cannot be counted into it, so it is a row.
        folder.add(config(100, QStringLiteral("r1")));
        QCOMPARE(folder.takeRows().size(), 1);
        folder.rowsStored({41});
        folder.rowsStored({42});
        // Both stored now; the newest row for that line takes the repeats.
        folder.add(config(200, QStringLiteral("r1")));
        folder.add(config(300, QStringLiteral("r1")));
        QCOMPARE(folder.takeRows().size(), 0);
        QCOMPARE(folder.takeIncrements(), (QHash<qint64, int>{{42, 2}}));
        QCOMPARE(folder.takeIncrements(), (QHash<qint64, int>{}));
    }

    // An entry nothing can fold into any more goes, and its slot is taken by the next new line:
    // the old line coming back is a new row, not a count for the row the slot used to hold,
    // and each row's repeats count into its own id.
    void aReusedSlotCountsIntoItsOwnRow()
    {
        EventFolder folder(EventFoldConfig{30000, 4, 60000, 200000});
        folder.add(config(0, QStringLiteral("r1")));
        QCOMPARE(folder.takeRows().size(), 1);
        folder.rowsStored({41});
        // r1's window is over: its entry goes, and r2's line takes its slot.
        folder.add(config(31000, QStringLiteral("r2")));
        QCOMPARE(folder.takeRows().size(), 1);
        folder.add(config(31100, QStringLiteral("r1")));
        const QList<EventRow> again = folder.takeRows();
        QCOMPARE(again.size(), 1);
        QCOMPARE(text(again.constFirst(), EventRow::Host), QStringLiteral("r1"));
        QVERIFY(folder.takeIncrements().isEmpty());
        folder.rowsStored({42}); // r2
        folder.rowsStored({43}); // r1 again
        folder.add(config(32000, QStringLiteral("r2")));
        folder.add(config(32100, QStringLiteral("r1")));
        folder.add(config(32200, QStringLiteral("r1")));
        QCOMPARE(folder.takeRows().size(), 0);
        QCOMPARE(folder.takeIncrements(), (QHash<qint64, int>{{42, 1}, {43, 2}}));
    }

    // A storm of distinct lines: past maxTracked, a new line is stored but not remembered, so
    // its repeats are rows of their own; lines already remembered still fold; once the window
    // frees room, new lines are remembered again. Nothing is lost on either side.
    void rememberedLinesAreBounded()
    {
        EventFolder folder(EventFoldConfig{10000, 4, 60000, 3});
        for (int i = 1; i <= 5; ++i)
            folder.add(config(i, QStringLiteral("r%1").arg(i)));
        folder.add(config(10, QStringLiteral("r1"))); // remembered: folds
        folder.add(config(11, QStringLiteral("r5"))); // not remembered: a row of its own
        const QList<EventRow> rows = folder.takeRows();
        QStringList hosts;
        QList<int> counts;
        for (const EventRow &e : rows) {
            hosts << text(e, EventRow::Host);
            counts << e.count;
        }
        QCOMPARE(hosts, (QStringList{QStringLiteral("r1"), QStringLiteral("r2"), QStringLiteral("r3"), QStringLiteral("r4"),
                                     QStringLiteral("r5"), QStringLiteral("r5")}));
        QCOMPARE(counts, (QList<int>{2, 1, 1, 1, 1, 1}));
        folder.rowsStored({1, 2, 3, 4, 5, 6});
        folder.add(config(20, QStringLiteral("r2")));
        QCOMPARE(folder.takeIncrements(), (QHash<qint64, int>{{2, 1}}));
        // An interface going down and up while full is an ordinary line, not lost.
        folder.add(line(30, QStringLiteral("r9"), QStringLiteral("INTERFACE_DOWN"), QStringLiteral("Gi0/1")));
        QCOMPARE(folder.takeRows().size(), 1);
        folder.rowsStored({7});

        // The window over, the three entries go: r5 is remembered now and folds.
        folder.add(config(20000, QStringLiteral("r5")));
        folder.add(config(20100, QStringLiteral("r5")));
        const QList<EventRow> later = folder.takeRows();
        QCOMPARE(later.size(), 1);
        QCOMPARE(later.constFirst().count, 2);
    }

    void aFailedBatchLeavesNoStaleIds()
    {
        EventFolder folder;
        folder.add(config(0, QStringLiteral("r1")));
        (void)folder.takeRows();
        folder.rowsStored({}); // the store could not take it
        folder.add(config(100, QStringLiteral("r1")));
        QCOMPARE(folder.takeRows().size(), 1);
        QVERIFY(folder.takeIncrements().isEmpty());
    }

    void flappingInterfaceBecomesOneEvent()
    {
        EventFolder folder({10000, 4, 60000});
        const QString down = QStringLiteral("INTERFACE_DOWN");
        const QString up = QStringLiteral("INTERFACE_UP");
        folder.add(line(0, QStringLiteral("r1"), down, QStringLiteral("Gi0/1")));
        folder.add(line(5000, QStringLiteral("r1"), up, QStringLiteral("Gi0/1")));
        folder.add(line(9000, QStringLiteral("r1"), down, QStringLiteral("Gi0/1")));
        // Another interface on the same device is not part of it.
        folder.add(line(9500, QStringLiteral("r1"), down, QStringLiteral("Gi0/2")));
        folder.add(line(12000, QStringLiteral("r1"), up, QStringLiteral("Gi0/1"))); // the 4th: flapping
        for (int i = 0; i < 10; ++i)
            folder.add(line(13000 + i * 1000, QStringLiteral("r1"), i % 2 ? up : down, QStringLiteral("Gi0/1")));
        const QList<EventRow> rows = folder.takeRows();
        // The two identical downs fold into one row; then the up, Gi0/2, and the flapping event.
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).count, 2);
        const EventRow &flapping = rows.constLast();
        QCOMPARE(text(flapping, EventRow::Kind), QStringLiteral("INTERFACE_FLAPPING"));
        QCOMPARE(flapping.count, 11); // the 4th transition and the 10 after it
        QCOMPARE(text(flapping, EventRow::Values), QStringLiteral(R"({"interface":"Gi0/1","transitions":4})"));
        QCOMPARE(text(flapping, EventRow::Host), QStringLiteral("r1"));
        QVERIFY(text(flapping, EventRow::Message).contains(QLatin1String("4 times")));
        QCOMPARE(folder.folded(), quint64(11));

        // Quiet for longer than the window: the next transition is an ordinary event again.
        folder.add(line(200000, QStringLiteral("r1"), down, QStringLiteral("Gi0/1")));
        const QList<EventRow> later = folder.takeRows();
        QCOMPARE(later.size(), 1);
        QCOMPARE(text(later.constFirst(), EventRow::Kind), down);
    }
};

QTEST_GUILESS_MAIN(TestEventFolder)
#include "tst_eventfolder.moc"
