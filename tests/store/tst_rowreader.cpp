// RowReader reads through SQLite's C API when the Qt driver shares our SQLite library (always,
// on Debian) and through Qt SQL otherwise. No connection here takes the second path by itself,
// so each row is read both ways and the two must agree on every value: NULLs, empty and
// non-ASCII text, integers at their limits, times.
#include "RowReader.h"
#include "SqlQuery.h"
#include "SqliteHandle.h"
#include "StoreError.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace nocdesk;

class TestRowReader : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QSqlDatabase m_db;

    struct Row
    {
        bool nullText = false;
        QString text;
        QByteArray utf8;
        bool utf8IsNull = false;
        qint64 integer = 0;
        bool nullInteger = false;
        QDateTime time;
    };

    QList<Row> readAll(RowReader::Access access)
    {
        QList<Row> rows;
        RowReader r(m_db, QStringLiteral("SELECT label, number, at FROM samples ORDER BY id"), access);
        while (r.next()) {
            Row row;
            row.nullText = r.isNull(0);
            row.text = r.text(0);
            const QByteArray utf8 = r.utf8(0);
            row.utf8IsNull = utf8.isNull();
            row.utf8 = QByteArray(utf8.constData(), utf8.size()); // the view dies with next()
            row.nullInteger = r.isNull(1);
            row.integer = r.integer(1);
            row.time = r.seconds(2);
            rows.append(row);
        }
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rowreader"));
        m_db.setDatabaseName(m_dir.filePath(QStringLiteral("r.sqlite")));
        QVERIFY(m_db.open());
        SqlQuery(m_db, QStringLiteral("CREATE TABLE samples (id INTEGER PRIMARY KEY, label TEXT, number INTEGER, at INTEGER)")).exec();
        SqlQuery insert(m_db, QStringLiteral("INSERT INTO samples (label, number, at) VALUES (?, ?, ?)"));
        const QVariant null;
        insert.bindAll({QStringLiteral("FRA1 – AMS1"), 42, QVariant::fromValue(qint64(1'796'083'200))}).exec();
        insert.bindAll({null, null, null}).exec();
        insert.bindAll({QString(QLatin1String("")), 0, 0}).exec();
        insert.bindAll({QStringLiteral("İZMİR Straße 東京 😀"), QVariant::fromValue(std::numeric_limits<qint64>::max()), -86400}).exec();
        insert.bindAll({QStringLiteral("zayo"), QVariant::fromValue(std::numeric_limits<qint64>::min()), QVariant::fromValue(qint64(4'102'444'800))}).exec();
    }

    void cleanupTestCase()
    {
        m_db.close();
        m_db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("rowreader"));
    }

    void bothPathsReadTheSame()
    {
        // Otherwise Fastest falls back to Qt SQL and both reads below take the same path.
        QVERIFY(sqliteHandle(m_db) != nullptr);
        const QList<Row> fast = readAll(RowReader::Access::Fastest);
        const QList<Row> qt = readAll(RowReader::Access::QtSql);
        QCOMPARE(fast.size(), 5);
        QCOMPARE(qt.size(), fast.size());
        for (qsizetype i = 0; i < fast.size(); ++i) {
            const Row &a = fast.at(i);
            const Row &b = qt.at(i);
            QCOMPARE(a.nullText, b.nullText);
            QCOMPARE(a.text, b.text);
            QCOMPARE(a.text.isNull(), b.text.isNull());
            QCOMPARE(a.utf8IsNull, b.utf8IsNull);
            QCOMPARE(a.utf8, b.utf8);
            QCOMPARE(a.nullInteger, b.nullInteger);
            QCOMPARE(a.integer, b.integer);
            QCOMPARE(a.time, b.time);
            QCOMPARE(a.time.isValid(), b.time.isValid());
        }
        // And what they read is what was stored.
        QCOMPARE(fast.at(0).text, QStringLiteral("FRA1 – AMS1"));
        QCOMPARE(fast.at(0).utf8, QStringLiteral("FRA1 – AMS1").toUtf8());
        QCOMPARE(fast.at(0).time, QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC));
        QVERIFY(fast.at(1).nullText);
        QVERIFY(fast.at(1).text.isNull());
        QVERIFY(fast.at(1).utf8IsNull);
        QVERIFY(fast.at(1).nullInteger);
        QVERIFY(!fast.at(1).time.isValid());
        QVERIFY(!fast.at(2).nullText);
        QVERIFY(fast.at(2).text.isEmpty());
        QCOMPARE(fast.at(3).text, QStringLiteral("İZMİR Straße 東京 😀"));
        QCOMPARE(fast.at(3).integer, std::numeric_limits<qint64>::max());
        QCOMPARE(fast.at(3).time, QDateTime(QDate(1969, 12, 31), QTime(0, 0), Qt::UTC));
        QCOMPARE(fast.at(4).integer, std::numeric_limits<qint64>::min());
    }

    void badStatementThrowsOnBothPaths()
    {
        for (const auto access : {RowReader::Access::Fastest, RowReader::Access::QtSql}) {
            bool threw = false;
            try {
                RowReader r(m_db, QStringLiteral("SELECT nothing FROM nowhere"), access);
                r.next();
            } catch (const StoreError &) {
                threw = true;
            }
            QVERIFY(threw);
        }
    }
};

QTEST_GUILESS_MAIN(TestRowReader)
#include "tst_rowreader.moc"
