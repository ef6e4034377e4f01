// Dates as people write them in notices, including US zone abbreviations (daylight saving
// aware) and places resolved through the shipped offline table.
#include "TimeParsing.h"

#include <QTest>

using namespace nocdesk::parsing;

class TestTimeParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loose_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("epoch");
        QTest::newRow("iso gmt") << QStringLiteral("2024-03-02 01:00:00 GMT") << qint64(1709341200);
        QTest::newRow("day-mon-year") << QStringLiteral("02-Mar-2024 01:00") << qint64(1709341200);
        QTest::newRow("month name first") << QStringLiteral("Mar 2, 2024 01:00 UTC") << qint64(1709341200);
        QTest::newRow("utc in parentheses") << QStringLiteral("02-Mar-2024 01:00:00(UTC)") << qint64(1709341200);
        QTest::newRow("offset") << QStringLiteral("2024-03-02 09:00 +08:00") << qint64(1709341200);
        QTest::newRow("ET in summer") << QStringLiteral("July 10, 2024 2:00 PM ET") << qint64(1720634400);
        QTest::newRow("ET in winter") << QStringLiteral("January 10, 2024 2:00 PM ET") << qint64(1704913200);
        QTest::newRow("EDT fixed") << QStringLiteral("2024-07-10 14:00 EDT") << qint64(1720634400);
        QTest::newRow("PT") << QStringLiteral("07/10/2024 09:30 AM PT") << qint64(1720629000);
        QTest::newRow("date only") << QStringLiteral("07-Sep-2020") << qint64(1599436800);
    }

    void loose()
    {
        QFETCH(QString, text);
        QFETCH(qint64, epoch);
        const auto t = parseLooseDateTime(text);
        QVERIFY2(t.has_value(), qPrintable(text));
        QCOMPARE(*t, epoch);
    }

    void unreadable_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("words") << QStringLiteral("sometime next week");
        QTest::newRow("bad day") << QStringLiteral("2024-02-31 10:00 UTC");
    }

    void unreadable()
    {
        QFETCH(QString, text);
        QVERIFY(!parseLooseDateTime(text).has_value());
    }

    void emailDate()
    {
        QCOMPARE(parseEmailDate(QStringLiteral("Mon, 1 Feb 2021 09:33:34 +0000")).value_or(0), qint64(1612172014));
    }

    void places_data()
    {
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("zone");
        QTest::newRow("city, state") << QStringLiteral("San Jose, CA") << QStringLiteral("America/Los_Angeles");
        QTest::newRow("state decides") << QStringLiteral("Smallville, KS") << QStringLiteral("America/Chicago");
        QTest::newRow("city") << QStringLiteral("Frankfurt") << QStringLiteral("Europe/Berlin");
        QTest::newRow("city, country") << QStringLiteral("Singapore, Singapore") << QStringLiteral("Asia/Singapore");
    }

    void places()
    {
        QFETCH(QString, place);
        QFETCH(QString, zone);
        const QTimeZone z = zoneForPlace(place);
        QVERIFY2(z.isValid(), qPrintable(place));
        QCOMPARE(QString::fromLatin1(z.id()), zone);
    }

    void unknownPlace()
    {
        QVERIFY(!zoneForPlace(QStringLiteral("Nowhere Special")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestTimeParsing)
#include "tst_time_parsing.moc"
