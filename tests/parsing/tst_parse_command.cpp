// The CLI contract: `parse --provider ID INPUT...`, JSON on stdout and 0, or a JSON error on
// stderr and 2.
#include "ParseCommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace nocdesk::parsing;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const QStringList &args)
{
    Run r;
    QTextStream out(&r.out), err(&r.err);
    r.code = runParseCommand(args, out, err);
    out.flush();
    err.flush();
    return r;
}

QString write(const QTemporaryDir &dir, const char *name, const QByteArray &bytes)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

QString fixturePath(const char *name)
{
    return QStringLiteral(NOCDESK_FIXTURES_DIR "/") + QLatin1String(name);
}
} // namespace

class TestParseCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rawICalendar()
    {
        const Run r = run({QStringLiteral("--provider"), QStringLiteral("genericprovider"),
                           QStringLiteral("ical=") + fixturePath("ical_two_events.ics")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.err.isEmpty());
        const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(a.size(), 2);
        const QJsonObject m = a.first().toObject();
        QCOMPARE(m.keys().size(), 12);
        QVERIFY(m.value(QStringLiteral("start")).isDouble());
        QCOMPARE(m.value(QStringLiteral("start")).toInteger(), 1709341200);
        QCOMPARE(m.value(QStringLiteral("sequence")).toInteger(), 3);
    }

    void wholeMessageWithAutoProvider()
    {
        QTemporaryDir dir;
        QByteArray msg = QByteArrayLiteral("From: NOC <noc@zayo.com>\r\nSubject: Zayo notice\r\n"
                                           "Date: Mon, 1 Apr 2024 00:00:00 +0000\r\nContent-Type: text/html\r\n\r\n");
        QFile f(fixturePath("zayo_two_windows.html"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        msg += f.readAll();
        const Run r = run({QStringLiteral("--provider"), QStringLiteral("auto"), write(dir, "z.eml", msg)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 2);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("no provider") << QStringList{fixturePath("ical_defaults.ics")} << QStringLiteral("provider");
        QTest::newRow("no input") << QStringList{QStringLiteral("--provider"), QStringLiteral("zayo")} << QStringLiteral("input");
        QTest::newRow("unknown provider")
            << QStringList{QStringLiteral("--provider"), QStringLiteral("nosuch"), QStringLiteral("ical=") + fixturePath("ical_defaults.ics")}
            << QStringLiteral("nosuch");
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("--provider"), QStringLiteral("zayo"), QStringLiteral("html=/nonexistent/x.html")}
            << QStringLiteral("/nonexistent/x.html");
        QTest::newRow("unparseable")
            << QStringList{QStringLiteral("--provider"), QStringLiteral("genericprovider"), QStringLiteral("ical=") + fixturePath("ical_no_start.ics")}
            << QStringLiteral("SimpleProcessor(ICal)");
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, fragment);
        const Run r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        const QJsonDocument doc = QJsonDocument::fromJson(r.err.toUtf8());
        QVERIFY2(doc.isObject(), qPrintable(r.err));
        QVERIFY(doc.object().contains(QStringLiteral("error")));
        QVERIFY2(r.err.contains(fragment), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestParseCommand)
#include "tst_parse_command.moc"
