// BCOP iCalendar edge cases on the project's own fixtures, through the "genericprovider"
// provider (the ICal processor alone).
#include "NoticeParser.h"

#include <QFile>
#include <QTest>

using namespace nocdesk::parsing;

namespace {
QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(NOCDESK_FIXTURES_DIR "/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

ParseOutcome parseIcs(const char *name)
{
    return parseNotice(QStringLiteral("genericprovider"),
                       buildNotification({{QStringLiteral("ical"), fixture(name)}}));
}
} // namespace

class TestICalParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void severalEventsAndObjectImpacts()
    {
        const ParseOutcome out = parseIcs("ical_two_events.ics");
        QVERIFY2(out.ok, qPrintable(out.error));
        QCOMPARE(out.maintenances.size(), 2);
        const Maintenance &a = out.maintenances.at(0);
        QCOMPARE(a.provider, QStringLiteral("fixture.net"));
        QCOMPARE(a.account, QStringLiteral("ACC-7"));
        QCOMPARE(a.maintenanceId, QStringLiteral("MX-100"));
        QCOMPARE(a.status, Status::Confirmed);
        QCOMPARE(a.start, 1709341200);
        QCOMPARE(a.end, 1709348400);
        QCOMPARE(a.stamp, 1708430400);
        QCOMPARE(a.sequence, 3);
        QCOMPARE(a.uid, QStringLiteral("fx-1"));
        QCOMPARE(a.organizer, QStringLiteral("mailto:noc@fixture.net"));
        // the event's impact applies unless an object carries its own
        const QList<Circuit> expected{{QStringLiteral("circ-a"), Impact::Degraded},
                                      {QStringLiteral("circ-b"), Impact::NoImpact}};
        QCOMPARE(a.circuits, expected);
        const Maintenance &b = out.maintenances.at(1);
        QCOMPARE(b.maintenanceId, QStringLiteral("MX-101"));
        QCOMPARE(b.status, Status::Tentative);
        QCOMPARE(b.summary, QStringLiteral("Second window"));
        QCOMPARE(b.organizer, QStringLiteral("unknown")); // the provider's default
    }

    void missingStatusAndSequence()
    {
        const ParseOutcome out = parseIcs("ical_defaults.ics");
        QVERIFY2(out.ok, qPrintable(out.error));
        QCOMPARE(out.maintenances.size(), 1);
        const Maintenance &m = out.maintenances.first();
        QCOMPARE(m.status, Status::NoChange);
        QCOMPARE(m.sequence, -1);
        QCOMPARE(m.summary, QStringLiteral("No status, no sequence"));
        QCOMPARE(m.circuits.first().impact, Impact::Outage);
    }

    void timeZonesHonoured()
    {
        const ParseOutcome out = parseIcs("ical_timezones.ics");
        QVERIFY2(out.ok, qPrintable(out.error));
        const Maintenance &m = out.maintenances.first();
        QCOMPARE(m.start, 1721098800); // VTIMEZONE in the calendar (EDT, -4)
        QCOMPARE(m.end, 1721109600);   // an IANA TZID with no VTIMEZONE (CEST, +2)
        QCOMPARE(m.status, Status::InProcess);
        QCOMPARE(m.sequence, 0);
    }

    void cancelledMayHaveNoCircuits()
    {
        const ParseOutcome out = parseIcs("ical_cancelled.ics");
        QVERIFY2(out.ok, qPrintable(out.error));
        QCOMPARE(out.maintenances.first().status, Status::Cancelled);
        QVERIFY(out.maintenances.first().circuits.isEmpty());
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reasonFragment");
        QTest::newRow("no DTSTART") << QStringLiteral("ical_no_start.ics") << QStringLiteral("DTSTART");
        QTest::newRow("unknown status") << QStringLiteral("ical_bad_status.ics") << QStringLiteral("MAYBE");
        QTest::newRow("not iCalendar") << QString() << QStringLiteral("ICal");
    }

    void rejected()
    {
        QFETCH(QString, file);
        QFETCH(QString, reasonFragment);
        const ParseOutcome out = file.isEmpty()
            ? parseNotice(QStringLiteral("genericprovider"),
                          buildNotification({{QStringLiteral("ical"), QByteArrayLiteral("hello")}}))
            : parseIcs(file.toLatin1().constData());
        QVERIFY(!out.ok);
        QVERIFY(out.maintenances.isEmpty());
        QCOMPARE(out.failures.size(), 1);
        QCOMPARE(out.failures.first().processor, QStringLiteral("SimpleProcessor(ICal)"));
        QVERIFY2(out.failures.first().reason.contains(reasonFragment), qPrintable(out.failures.first().reason));
    }
};

QTEST_GUILESS_MAIN(TestICalParser)
#include "tst_ical_parser.moc"
