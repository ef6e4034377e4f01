// An IMAP source end to end, as an operator scripts it: a real dovecot with a test CA, mail
// appended to it, nocdesk-cli sources validate and fetch into a real database.
#include "BcopMail.h"
#include "CliRunner.h"
#include "DovecotServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QByteArray notice(const QString &id, int sequence, const QString &from = {})
{
    return bcopMail(sampleNotice(id, sequence, from));
}

} // namespace

class TestMailFetch : public QObject
{
    Q_OBJECT

    CliRun cli(QStringList arguments, const QString &password = DovecotServer::password())
    {
        arguments.prepend(m_database);
        arguments.prepend(QStringLiteral("--database"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("NOCDESK_TEST_SECRET"), password);
        return runNocdeskCli(m_dir, arguments, env);
    }

    QJsonObject fetch(const QString &source, int *exitCode = nullptr)
    {
        const CliRun r = cli({QStringLiteral("fetch"), QStringLiteral("--source"), source, QStringLiteral("--secret-env"),
                              QStringLiteral("NOCDESK_TEST_SECRET"), QStringLiteral("--json")});
        if (exitCode)
            *exitCode = r.exitCode;
        return QJsonDocument::fromJson(r.out.toUtf8()).array().at(0).toObject();
    }

    QJsonObject validate(const QString &source, const QString &password = DovecotServer::password())
    {
        const CliRun r = cli({QStringLiteral("sources"), QStringLiteral("validate"), source, QStringLiteral("--secret-env"),
                              QStringLiteral("NOCDESK_TEST_SECRET"), QStringLiteral("--json")}, password);
        QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        o.insert(QStringLiteral("exit"), r.exitCode);
        return o;
    }

    void addSource(const QString &name, const QStringList &extra)
    {
        const CliRun r = cli(QStringList{QStringLiteral("sources"), QStringLiteral("add"), name, QStringLiteral("--kind"),
                                         QStringLiteral("imap"), QStringLiteral("--host"), QStringLiteral("localhost"),
                                         QStringLiteral("--account"), DovecotServer::user()}
                             + extra);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    int notificationCount()
    {
        const CliRun r = cli({QStringLiteral("notifications"), QStringLiteral("list"), QStringLiteral("--json")});
        return int(QJsonDocument::fromJson(r.out.toUtf8()).array().size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString missing = DovecotServer::missingTools(); !missing.isEmpty())
            QSKIP(qPrintable(QStringLiteral("dovecot is not installed (%1); scripts/install-deps installs it").arg(missing)));
        QVERIFY(m_dir.isValid());
        m_database = m_dir.filePath(QStringLiteral("fetch.sqlite"));
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY2(m_server.createFolder(QStringLiteral("Notices"), &error), qPrintable(error));
        for (const QByteArray &mail : {notice(QStringLiteral("CHG-1"), 1), notice(QStringLiteral("CHG-2"), 1),
                                       notice(QStringLiteral("CHG-1"), 2),
                                       notice(QStringLiteral("X-1"), 1, QStringLiteral("Someone <a@unknown.example>"))})
            QVERIFY2(m_server.append(QStringLiteral("Notices"), mail, &error), qPrintable(error));

        const QString port = QString::number(m_server.imapsPort());
        addSource(QStringLiteral("noc"), {QStringLiteral("--port"), port, QStringLiteral("--folder"), QStringLiteral("Notices"),
                                          QStringLiteral("--ca-file"), m_server.caFile()});
        addSource(QStringLiteral("noc-starttls"), {QStringLiteral("--port"), QString::number(m_server.imapPort()),
                                                   QStringLiteral("--tls"), QStringLiteral("starttls"), QStringLiteral("--folder"),
                                                   QStringLiteral("Notices"), QStringLiteral("--ca-file"), m_server.caFile()});
        addSource(QStringLiteral("no-ca"), {QStringLiteral("--port"), port});
        addSource(QStringLiteral("wrong-folder"), {QStringLiteral("--port"), port, QStringLiteral("--folder"),
                                                   QStringLiteral("Nope"), QStringLiteral("--ca-file"), m_server.caFile()});
    }

    void cleanupTestCase() { m_server.stop(); }

    void validateSaysWhatItFound()
    {
        const QJsonObject ok = validate(QStringLiteral("noc"));
        QCOMPARE(ok[QStringLiteral("exit")].toInt(), 0);
        QVERIFY(ok[QStringLiteral("ok")].toBool());
        QVERIFY2(ok[QStringLiteral("message")].toString().contains(QLatin1String("4")), qPrintable(ok[QStringLiteral("message")].toString()));
        QVERIFY(ok[QStringLiteral("details")].toArray().size() > 0); // the server's capabilities

        QVERIFY(validate(QStringLiteral("noc-starttls"))[QStringLiteral("ok")].toBool());
    }

    void validateSaysExactlyWhatFailed()
    {
        const QJsonObject wrong = validate(QStringLiteral("noc"), QStringLiteral("not the password"));
        QCOMPARE(wrong[QStringLiteral("exit")].toInt(), 1);
        QCOMPARE(wrong[QStringLiteral("failure")].toString(), QStringLiteral("login-rejected"));

        const QJsonObject untrusted = validate(QStringLiteral("no-ca"));
        QCOMPARE(untrusted[QStringLiteral("failure")].toString(), QStringLiteral("tls-untrusted"));
        const QString details = untrusted[QStringLiteral("details")].toVariant().toStringList().join(QLatin1Char('\n'));
        QVERIFY2(details.contains(m_server.certificateFingerprint(), Qt::CaseInsensitive), qPrintable(details));

        QCOMPARE(validate(QStringLiteral("wrong-folder"))[QStringLiteral("failure")].toString(), QStringLiteral("folder-missing"));
    }

    void fetchStoresEveryMailAndLeavesItUnread()
    {
        int exit = -1;
        const QJsonObject first = fetch(QStringLiteral("noc"), &exit);
        QCOMPARE(exit, 0);
        QCOMPARE(first[QStringLiteral("stored")].toInt(), 4);
        const QJsonObject outcomes = first[QStringLiteral("outcomes")].toObject();
        QCOMPARE(outcomes[QStringLiteral("unknown-provider")].toInt(), 1);
        QCOMPARE(outcomes[QStringLiteral("unknown-cids")].toInt(), 3); // no inventory in this database
        for (quint32 uid = 1; uid <= 4; ++uid)
            QVERIFY(!m_server.flags(QStringLiteral("Notices"), uid).contains(QStringLiteral("\\Seen")));

        const CliRun list = cli({QStringLiteral("maintenances"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray maintenances = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(maintenances.size(), 2);

        // Nothing new: nothing stored.
        QCOMPARE(fetch(QStringLiteral("noc"))[QStringLiteral("stored")].toInt(), 0);
        QCOMPARE(notificationCount(), 4);

        // One new mail: only it is fetched.
        QVERIFY(m_server.append(QStringLiteral("Notices"), notice(QStringLiteral("CHG-3"), 1)));
        const QJsonObject next = fetch(QStringLiteral("noc"));
        QCOMPARE(next[QStringLiteral("offered")].toInt(), 1);
        QCOMPARE(next[QStringLiteral("stored")].toInt(), 1);
        QCOMPARE(notificationCount(), 5);
    }

    void unreachableServerIsAFetchErrorNotAMail()
    {
        m_server.stop();
        int exit = -1;
        const QJsonObject down = fetch(QStringLiteral("noc"), &exit);
        QCOMPARE(exit, 1);
        QCOMPARE(down[QStringLiteral("failure")].toString(), QStringLiteral("connection-refused"));
        QCOMPARE(notificationCount(), 5);
        const CliRun sources = cli({QStringLiteral("sources"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY(sources.out.contains(QLatin1String("\"last_error\": \"")));

        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QCOMPARE(fetch(QStringLiteral("noc"))[QStringLiteral("stored")].toInt(), 0);
        QCOMPARE(notificationCount(), 5);
    }

    void recreatedFolderStoresNothingTwice()
    {
        const quint32 before = m_server.uidValidity(QStringLiteral("Notices"));
        QString error;
        QVERIFY2(m_server.deleteFolder(QStringLiteral("Notices"), &error), qPrintable(error));
        QVERIFY2(m_server.createFolder(QStringLiteral("Notices"), &error), qPrintable(error));
        QVERIFY(m_server.uidValidity(QStringLiteral("Notices")) != before);
        QVERIFY(m_server.append(QStringLiteral("Notices"), notice(QStringLiteral("CHG-1"), 1)));
        QVERIFY(m_server.append(QStringLiteral("Notices"), notice(QStringLiteral("CHG-4"), 1)));
        const QJsonObject r = fetch(QStringLiteral("noc"));
        QCOMPARE(r[QStringLiteral("offered")].toInt(), 2);
        QCOMPARE(r[QStringLiteral("duplicates")].toInt(), 1);
        QCOMPARE(r[QStringLiteral("stored")].toInt(), 1);
        QCOMPARE(notificationCount(), 6);
    }

    void thePasswordIsNowhereOnDisk()
    {
        QFile db(m_database);
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.readAll().contains(DovecotServer::password().toUtf8()));
        QFile wal(m_database + QStringLiteral("-wal"));
        if (wal.open(QIODevice::ReadOnly))
            QVERIFY(!wal.readAll().contains(DovecotServer::password().toUtf8()));
        const CliRun exported = cli({QStringLiteral("sources"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY(!exported.out.contains(DovecotServer::password()));
    }

private:
    QTemporaryDir m_dir;
    QString m_database;
    DovecotServer m_server;
};

QTEST_GUILESS_MAIN(TestMailFetch)
#include "tst_mailfetch.moc"
