// nocdesk-cli as scripts run it: a real process, real files.
#include "CliRunner.h"
#include "Migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT
private:
    using Run = CliRun;

    Run cli(const QStringList &arguments) { return runNocdeskCli(m_dir, arguments); }

    static QByteArray hash(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void version()
    {
        const Run r = cli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("nocdesk")));
    }

    void infoCreatesAndMigrates()
    {
        const QString path = m_dir.filePath(QStringLiteral("fresh.sqlite"));
        const Run r = cli({QStringLiteral("--database"), path, QStringLiteral("info")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Schema version: %1").arg(nocdesk::currentSchemaVersion())));
        QVERIFY(r.out.contains(QLatin1String("maintenances")));
        QVERIFY(QFile::exists(path));
    }

    void seedDemoOnceOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("seeded.sqlite"));
        QCOMPARE(cli({QStringLiteral("--database"), path, QStringLiteral("seed-demo")}).exitCode, 0);
        const Run info = cli({QStringLiteral("--database"), path, QStringLiteral("info")});
        QVERIFY(info.out.contains(QRegularExpression(QStringLiteral("maintenances\\s+12\\b"))));
        const Run again = cli({QStringLiteral("--database"), path, QStringLiteral("seed-demo")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QLatin1String("already holds maintenances")));
    }

    void demoOptionUsesItsOwnFile()
    {
        const Run r = cli({QStringLiteral("--demo"), QStringLiteral("info")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("demo.sqlite")), qPrintable(r.out));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("data/NocDesk/nocdesk/demo.sqlite"))));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("data/NocDesk/nocdesk/nocdesk.sqlite"))));
    }

    void refusesFilesThatAreNotOurs_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::addRow("text") << QByteArray("hello\n") << QStringLiteral("not a NocDesk database");
        QTest::addRow("newer") << QByteArray() << QStringLiteral("newer NocDesk");
    }

    void refusesFilesThatAreNotOurs()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(QStringLiteral("bad-%1.sqlite").arg(QString::fromLatin1(QTest::currentDataTag())));
        if (content.isEmpty()) {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (x)")));
                QVERIFY(q.exec(QStringLiteral("PRAGMA application_id=%1").arg(nocdesk::kApplicationId)));
                QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=99")));
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        } else {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const QByteArray before = hash(path);
        const Run r = cli({QStringLiteral("--database"), path, QStringLiteral("info")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(hash(path), before);
    }

    void unknownCommandIsUsageError()
    {
        const Run r = cli({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 64);
        QVERIFY(r.err.contains(QLatin1String("Unknown command")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
