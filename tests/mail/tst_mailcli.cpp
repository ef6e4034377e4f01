// The mail pipeline's command line, as scripts use it: import, notifications list, maintenances
// list, reparse, sources. A real nocdesk-cli process on real files.
#include "BcopMail.h"
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

BcopNotice notice(const QString &id, int sequence, const QString &status, const QString &circuits)
{
    BcopNotice n = sampleNotice(id, sequence);
    n.status = status;
    n.circuits = circuits;
    return n;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

} // namespace

class TestMailCli : public QObject
{
    Q_OBJECT

    CliRun cli(QStringList arguments, const QProcessEnvironment &env = {})
    {
        arguments.prepend(m_database);
        arguments.prepend(QStringLiteral("--database"));
        return runNocdeskCli(m_dir, arguments, env);
    }

    QJsonArray listJson(const QString &what)
    {
        const CliRun r = cli({what, QStringLiteral("list"), QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning() << r.err;
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = m_dir.filePath(QStringLiteral("mail.sqlite"));
    }

    void importMaildirAndFolderOfEml()
    {
        // A maildir: one notice delivered (new/), one read (cur/); tmp/ is still being written.
        const QString maildir = m_dir.filePath(QStringLiteral("Maildir"));
        QVERIFY(writeFile(maildir + QStringLiteral("/new/1700000000.1.host"),
                          bcopMail(notice(QStringLiteral("CHG-1"), 1, QStringLiteral("CONFIRMED"), QStringLiteral("IC-1=OUTAGE")))));
        QVERIFY(writeFile(maildir + QStringLiteral("/cur/1700000001.2.host:2,S"),
                          bcopMail(notice(QStringLiteral("CHG-2"), 1, QStringLiteral("TENTATIVE"), QStringLiteral("IC-2=DEGRADED")))));
        QVERIFY(writeFile(maildir + QStringLiteral("/tmp/1700000002.3.host"), "half a message"));
        // A folder of .eml files, one of them not a notice we can read.
        const QString folder = m_dir.filePath(QStringLiteral("exported"));
        QVERIFY(writeFile(folder + QStringLiteral("/update.eml"),
                          bcopMail(notice(QStringLiteral("CHG-1"), 2, QStringLiteral("CANCELLED"), QString()))));
        QVERIFY(writeFile(folder + QStringLiteral("/broken.eml"),
                          "From: maintenance@arelion.com\r\nSubject: x\r\nMessage-ID: <broken@arelion.com>\r\n\r\nnothing\r\n"));
        QVERIFY(writeFile(folder + QStringLiteral("/notes.txt"), "not a mail"));

        const CliRun r = cli({QStringLiteral("import"), maildir, folder});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count(QLatin1Char('\n')), 4);

        const QJsonArray notifications = listJson(QStringLiteral("notifications"));
        QCOMPARE(notifications.size(), 4);
        QStringList outcomes;
        for (const QJsonValue &n : notifications)
            outcomes << n[QStringLiteral("outcome")].toString();
        outcomes.sort();
        // No inventory yet: the maintenances are created and their circuits flagged as unknown;
        // the cancellation names no circuit, so it is simply parsed.
        QCOMPARE(outcomes, (QStringList{QStringLiteral("parsed"), QStringLiteral("parsing-failed"),
                                        QStringLiteral("unknown-cids"), QStringLiteral("unknown-cids")}));
        for (const QJsonValue &n : notifications) {
            QVERIFY(n[QStringLiteral("size")].toInt() > 0);
            QCOMPARE(n[QStringLiteral("sender")].toString(), QStringLiteral("maintenance@arelion.com"));
            if (n[QStringLiteral("outcome")].toString() == QLatin1String("parsing-failed"))
                QVERIFY(!n[QStringLiteral("error")].toString().isEmpty());
        }

        const QJsonArray maintenances = listJson(QStringLiteral("maintenances"));
        QCOMPARE(maintenances.size(), 2);
        const QJsonObject chg1 = maintenances.at(0)[QStringLiteral("maintenance_id")].toString() == QLatin1String("CHG-1")
            ? maintenances.at(0).toObject() : maintenances.at(1).toObject();
        QCOMPARE(chg1[QStringLiteral("status")].toString(), QStringLiteral("CANCELLED"));
        QCOMPARE(chg1[QStringLiteral("provider")].toString(), QStringLiteral("arelion"));
        QCOMPARE(chg1[QStringLiteral("start")].toString(), QStringLiteral("2026-12-04T00:00:00Z"));
        QCOMPARE(chg1[QStringLiteral("notices")].toInt(), 2);
        // The cancellation named no circuit: the outage stays on record.
        QCOMPARE(chg1[QStringLiteral("circuits")].toArray().size(), 1);
        QCOMPARE(chg1[QStringLiteral("circuits")][0][QStringLiteral("impact")].toString(), QStringLiteral("OUTAGE"));

        // The same files again: nothing is stored twice.
        const CliRun again = cli({QStringLiteral("import"), maildir, folder});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out.count(QStringLiteral("already stored")), 4);
        QCOMPARE(listJson(QStringLiteral("notifications")).size(), 4);
    }

    void importReportsMissingPathsAndGoesOn()
    {
        const QString file = m_dir.filePath(QStringLiteral("single.eml"));
        QVERIFY(writeFile(file, bcopMail(notice(QStringLiteral("CHG-3"), 1, QStringLiteral("CONFIRMED"), QStringLiteral("IC-3=OUTAGE")))));
        const CliRun r = cli({QStringLiteral("import"), m_dir.filePath(QStringLiteral("nowhere")), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("nowhere")));
        QVERIFY(r.out.contains(QLatin1String("unknown-cids (provider arelion), maintenances #")));
    }

    void unknownSenderIsAssignedByReparse()
    {
        BcopNotice n = notice(QStringLiteral("PF-9"), 1, QStringLiteral("CONFIRMED"), QStringLiteral("PF-1=OUTAGE"));
        n.from = QStringLiteral("Fibre Partner <changes@fibre-partner.example>");
        const QString file = m_dir.filePath(QStringLiteral("partner.eml"));
        QVERIFY(writeFile(file, bcopMail(n)));
        QVERIFY(cli({QStringLiteral("import"), file}).out.contains(QLatin1String("unknown-provider")));

        const CliRun list = cli({QStringLiteral("notifications"), QStringLiteral("list"), QStringLiteral("--json"),
                                 QStringLiteral("--outcome"), QStringLiteral("unknown-provider")});
        const QJsonArray queue = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(queue.size(), 1);
        const QString id = QString::number(queue.at(0)[QStringLiteral("id")].toInteger());

        QCOMPARE(cli({QStringLiteral("reparse"), id, QStringLiteral("--provider"), QStringLiteral("nonesuch")}).exitCode, 1);
        const CliRun assigned = cli({QStringLiteral("reparse"), id, QStringLiteral("--provider"), QStringLiteral("genericprovider"),
                                     QStringLiteral("--remember-sender")});
        QCOMPARE(assigned.exitCode, 0);
        QVERIFY2(assigned.out.contains(QLatin1String("unknown-cids (provider genericprovider)")), qPrintable(assigned.out + assigned.err));

        // Remembered: the next notice from that sender needs no help.
        n = notice(QStringLiteral("PF-9"), 2, QStringLiteral("COMPLETED"), QString());
        n.from = QStringLiteral("Fibre Partner <changes@fibre-partner.example>");
        QVERIFY(writeFile(file, bcopMail(n)));
        QVERIFY(cli({QStringLiteral("import"), file}).out.contains(QLatin1String("parsed (provider genericprovider)")));
    }

    void reparseEverything()
    {
        const int before = int(listJson(QStringLiteral("maintenances")).size());
        const CliRun r = cli({QStringLiteral("reparse"), QStringLiteral("--all")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(int(listJson(QStringLiteral("maintenances")).size()), before);
        QCOMPARE(cli({QStringLiteral("reparse")}).exitCode, 64);
        QCOMPARE(cli({QStringLiteral("reparse"), QStringLiteral("abc")}).exitCode, 64);
    }

    void sourcesAddListExportImportRemove()
    {
        QCOMPARE(cli({QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("noc"), QStringLiteral("--kind"),
                      QStringLiteral("imap"), QStringLiteral("--account"), QStringLiteral("noc")}).exitCode, 64); // no host
        const CliRun added = cli({QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("noc"),
                                  QStringLiteral("--kind"), QStringLiteral("imap"), QStringLiteral("--host"),
                                  QStringLiteral("imap.example.net"), QStringLiteral("--tls"), QStringLiteral("starttls"),
                                  QStringLiteral("--port"), QStringLiteral("143"), QStringLiteral("--account"),
                                  QStringLiteral("noc-notices"), QStringLiteral("--source-header"),
                                  QStringLiteral("X-Original-Sender"), QStringLiteral("--providers"), QStringLiteral("zayo,arelion")});
        QCOMPARE(added.exitCode, 0);
        const QJsonArray sources = listJson(QStringLiteral("sources"));
        QCOMPARE(sources.size(), 1);
        const QJsonObject s = sources.at(0).toObject();
        QCOMPARE(s[QStringLiteral("kind")].toString(), QStringLiteral("imap"));
        QCOMPARE(s[QStringLiteral("tls")].toString(), QStringLiteral("starttls"));
        QCOMPARE(s[QStringLiteral("port")].toInt(), 143);
        QCOMPARE(s[QStringLiteral("folder")].toString(), QStringLiteral("INBOX"));
        QCOMPARE(s[QStringLiteral("source_header")].toString(), QStringLiteral("X-Original-Sender"));
        QCOMPARE(s[QStringLiteral("attach_all_providers")].toBool(), false);
        QCOMPARE(s[QStringLiteral("providers")].toArray().size(), 2);

        const QString exported = m_dir.filePath(QStringLiteral("sources.json"));
        QCOMPARE(cli({QStringLiteral("sources"), QStringLiteral("export"), exported}).exitCode, 0);
        QFile f(exported);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray file = f.readAll();
        QVERIFY(file.contains("\"host\": \"imap.example.net\""));
        QVERIFY(!file.contains("password"));

        // A file carrying a secret is refused whole.
        QJsonObject withSecret = QJsonDocument::fromJson(file).object();
        QJsonArray entries = withSecret[QStringLiteral("sources")].toArray();
        QJsonObject entry = entries.at(0).toObject();
        entry.insert(QStringLiteral("name"), QStringLiteral("other"));
        entry.insert(QStringLiteral("password"), QStringLiteral("hunter2"));
        entries.append(entry);
        withSecret.insert(QStringLiteral("sources"), entries);
        const QString bad = m_dir.filePath(QStringLiteral("bad-sources.json"));
        QVERIFY(writeFile(bad, QJsonDocument(withSecret).toJson()));
        const CliRun refused = cli({QStringLiteral("sources"), QStringLiteral("import"), bad});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(QLatin1String("keychain")));
        QCOMPARE(listJson(QStringLiteral("sources")).size(), 1);

        QCOMPARE(cli({QStringLiteral("sources"), QStringLiteral("remove"), QStringLiteral("noc")}).exitCode, 0);
        QCOMPARE(listJson(QStringLiteral("sources")).size(), 0);
        QCOMPARE(cli({QStringLiteral("sources"), QStringLiteral("import"), exported}).exitCode, 0);
        QCOMPARE(listJson(QStringLiteral("sources")).at(0)[QStringLiteral("host")].toString(), QStringLiteral("imap.example.net"));
        QCOMPARE(cli({QStringLiteral("sources"), QStringLiteral("remove"), QStringLiteral("nonesuch")}).exitCode, 1);
    }

private:
    QTemporaryDir m_dir;
    QString m_database;
};

QTEST_GUILESS_MAIN(TestMailCli)
#include "tst_mailcli.moc"
