// Folding: identical lines within the window become one event with a count; an interface
// that keeps going down and up becomes one flapping event. Rows already stored get counts.
#include "CompactJson.h"
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
        // Still on its way to the store: repeats wait for its id, and are not rows.
        folder.add(config(100, QStringLiteral("r1")));
        folder.add(config(150, QStringLiteral("r1")));
        QCOMPARE(folder.takeRows().size(), 0);
        QVERIFY(!folder.hasIncrements());
        QCOMPARE(folder.rowsStored({41}), quint64(0));
        QCOMPARE(folder.takeIncrements(), (QHash<qint64, int>{{41, 2}}));
        // Stored now: repeats count into it at once.
        folder.add(config(200, QStringLiteral("r1")));
        folder.add(config(300, QStringLiteral("r1")));
        QCOMPARE(folder.takeRows().size(), 0);
        QCOMPARE(folder.takeIncrements(), (QHash<qint64, int>{{41, 2}}));
        QCOMPARE(folder.takeIncrements(), (QHash<qint64, int>{}));
        QCOMPARE(folder.folded(), quint64(4));
    }

    // A batch the store could not take: the repeats that waited for its ids are lost with it
    // (and said so), and the next line starts a row again.
    void repeatsOfALostBatchAreCounted()
    {
        EventFolder folder;
        folder.add(config(0, QStringLiteral("r1")));
        folder.add(config(10, QStringLiteral("r2")));
        (void)folder.takeRows();
        folder.add(config(100, QStringLiteral("r1")));
        folder.add(config(110, QStringLiteral("r2")));
        folder.add(config(120, QStringLiteral("r2")));
        QCOMPARE(folder.rowsStored({}), quint64(3));
        QVERIFY(!folder.hasIncrements());
        folder.add(config(200, QStringLiteral("r1")));
        QCOMPARE(folder.takeRows().size(), 1);
        folder.rowsStored({7});
        folder.add(config(300, QStringLiteral("r1")));
        QCOMPARE(folder.takeIncrements(), (QHash<qint64, int>{{7, 1}}));
    }

    // A line's row on its way and, its window over, a newer row for the same line: each
    // row's repeats count into that row's own id.
    void repeatsWaitForTheirOwnRow()
    {
        EventFolder folder(EventFoldConfig{1000, 4, 60000, 200000});
        folder.add(config(0, QStringLiteral("r1")));
        (void)folder.takeRows();
        folder.add(config(500, QStringLiteral("r1")));  // into the first row, on its way
        folder.add(config(1500, QStringLiteral("r1"))); // window over: a new row
        folder.add(config(1600, QStringLiteral("r1"))); // into the new one, still waiting here
        const QList<EventRow> second = folder.takeRows();
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.constFirst().count, 2);
        folder.add(config(1700, QStringLiteral("r1"))); // into the new one, on its way
        folder.rowsStored({10});
        QCOMPARE(folder.takeIncrements(), (QHash<qint64, int>{{10, 1}}));
        folder.rowsStored({11});
        QCOMPARE(folder.takeIncrements(), (QHash<qint64, int>{{11, 1}}));
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

    // Distinct lines whose hashes agree (all of them here) are still told apart by the line,
    // and each is forgotten on its own time wherever it sits among them: first, last or
    // between others.
    void linesSharingAHashStayApart()
    {
        EventFoldConfig allOneHash;
        allOneHash.hashMask = 0;
        EventFolder folder(allOneHash);
        const auto hostsAndCounts = [](const QList<EventRow> &rows) {
            QStringList out;
            for (const EventRow &r : rows)
                out << QStringLiteral("%1:%2").arg(text(r, EventRow::Host)).arg(r.count);
            return out;
        };
        for (int i = 1; i <= 4; ++i)
            folder.add(config((i - 1) * 1000, QStringLiteral("r%1").arg(i)));
        folder.add(config(3500, QStringLiteral("r2")));
        folder.add(config(3600, QStringLiteral("r4")));
        QCOMPARE(hostsAndCounts(folder.takeRows()),
                 (QStringList{QStringLiteral("r1:1"), QStringLiteral("r2:2"), QStringLiteral("r3:1"), QStringLiteral("r4:2")}));
        folder.rowsStored({1, 2, 3, 4});

        // r1's and r2's windows are over (the oldest two of the four), r3's and r4's are not.
        folder.add(config(11500, QStringLiteral("r3")));
        folder.add(config(11600, QStringLiteral("r1")));
        folder.add(config(11700, QStringLiteral("r4")));
        folder.add(config(11800, QStringLiteral("r2")));
        QCOMPARE(folder.takeIncrements(), (QHash<qint64, int>{{3, 1}, {4, 1}}));
        QCOMPARE(hostsAndCounts(folder.takeRows()), (QStringList{QStringLiteral("r1:1"), QStringLiteral("r2:1")}));
        folder.rowsStored({5, 6});

        // Now r3's and r4's are over, and the new r1 and r2 still fold.
        folder.add(config(13500, QStringLiteral("r4")));
        folder.add(config(13600, QStringLiteral("r1")));
        folder.add(config(13700, QStringLiteral("r3")));
        folder.add(config(13800, QStringLiteral("r2")));
        QCOMPARE(folder.takeIncrements(), (QHash<qint64, int>{{5, 1}, {6, 1}}));
        QCOMPARE(hostsAndCounts(folder.takeRows()), (QStringList{QStringLiteral("r4:1"), QStringLiteral("r3:1")}));
        folder.rowsStored({7, 8});

        // All four over; each line starts a row again, and repeats fold into it.
        for (const char *host : {"r2", "r1", "r4", "r3", "r1", "r2", "r3", "r4"})
            folder.add(config(30000, QString::fromLatin1(host)));
        QCOMPARE(hostsAndCounts(folder.takeRows()),
                 (QStringList{QStringLiteral("r2:2"), QStringLiteral("r1:2"), QStringLiteral("r4:2"), QStringLiteral("r3:2")}));
        QCOMPARE(folder.folded(), quint64(2 + 2 + 2 + 4));

        // A line that starts a new row while its old one waits for an id keeps its entry, and
        // so outlives a newer line's: that one goes first, out of the middle of the look-up.
        EventFolder waiting(allOneHash);
        waiting.add(config(0, QStringLiteral("r1")));
        (void)waiting.takeRows(); // on its way to the store
        waiting.add(config(1000, QStringLiteral("r2")));
        waiting.add(config(10500, QStringLiteral("r1")));
        QCOMPARE(hostsAndCounts(waiting.takeRows()), (QStringList{QStringLiteral("r2:1"), QStringLiteral("r1:1")}));
        waiting.rowsStored({1});
        waiting.rowsStored({2, 3});
        waiting.add(config(11500, QStringLiteral("r2"))); // r2's window is over
        waiting.add(config(11600, QStringLiteral("r1"))); // r1's new one is not
        QCOMPARE(waiting.takeIncrements(), (QHash<qint64, int>{{3, 1}}));
        QCOMPARE(hostsAndCounts(waiting.takeRows()), (QStringList{QStringLiteral("r2:1")}));
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

    // The flapping row keeps the last transition's values, as the store writes any values.
    void flappingKeepsTheTransitionsValues()
    {
        EventFolder folder({10000, 4, 60000});
        QVariantMap values{{QStringLiteral("interface"), QStringLiteral("Gi0/1")},
                           {QStringLiteral("state"), QStringLiteral("down")},
                           {QStringLiteral("reason"), QStringLiteral("Link \"failure\" – Störung\t")}};
        for (int i = 0; i < 4; ++i) {
            Event e;
            e.receivedAt = kT0.addMSecs(i * 1000);
            e.host = QStringLiteral("r1");
            e.code = QStringLiteral("LINK-3-UPDOWN");
            e.kind = i % 2 ? QStringLiteral("INTERFACE_UP") : QStringLiteral("INTERFACE_DOWN");
            e.message = QStringLiteral("Interface Gi0/1, changed state %1").arg(i);
            e.values = values;
            folder.add(EventRow::fromEvent(e));
        }
        const QList<EventRow> rows = folder.takeRows();
        QCOMPARE(rows.size(), 4);
        values.insert(QStringLiteral("transitions"), 4);
        QCOMPARE(rows.constLast().field(EventRow::Values), QByteArrayView(compactJson(values)));
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
