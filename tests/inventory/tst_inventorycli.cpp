// nocdesk-cli inventory import|sync|list as scripts use it: a real process, exit codes and
// messages; the sync against a fake NetBox served from this process, the token kept in a real
// keyring (tests/secrets/with_private_keyring.sh runs this test with a private GNOME Keyring).
#include "FakeNetbox.h"
#include "InventorySync.h"
#include "KeychainSecretStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace nocdesk;

class TestInventoryCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // Like tests/common/CliRunner.h, but this thread keeps serving the fake NetBox meanwhile.
    Run cli(const QStringList &arguments, const QHash<QString, QString> &env = {})
    {
        QProcess process;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        for (auto it = env.constBegin(); it != env.constEnd(); ++it)
            e.insert(it.key(), it.value());
        process.setProcessEnvironment(e);
        process.start(QStringLiteral(NOCDESK_BINARY_DIR "/app/nocdesk-cli"), arguments);
        process.closeWriteChannel();
        QElapsedTimer timer;
        timer.start();
        while (process.state() != QProcess::NotRunning && timer.elapsed() < 120000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            process.waitForFinished(10);
        }
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_home.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(content);
        return path;
    }

    QString db(const QString &name) const { return QStringLiteral("--database=") + m_home.filePath(name); }

    static bool haveKeyring() { return qEnvironmentVariable("NOCDESK_PRIVATE_KEYRING") == QLatin1String("unlocked"); }

private slots:
    void importAndList()
    {
        const QString sites = write(QStringLiteral("sites.csv"), "\xEF\xBB\xBFname,time_zone\nFRA1,Europe/Berlin\n");
        const QString circuits = write(QStringLiteral("circuits.csv"), "provider,circuit_id,a_site\nzayo,ZY-1,FRA1\n");
        const QString providers = write(QStringLiteral("providers.json"), R"({"providers": [{"name": "zayo"}]})");
        Run r = cli({db(QStringLiteral("import.db")), QStringLiteral("inventory"), QStringLiteral("import"), sites, circuits, providers});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("3 rows read: 3 new")), qPrintable(r.out));

        r = cli({db(QStringLiteral("import.db")), QStringLiteral("inventory"), QStringLiteral("import"), sites, circuits, providers});
        QVERIFY2(r.out.contains(QStringLiteral("0 new, 0 changed, 3 unchanged")), qPrintable(r.out));

        r = cli({db(QStringLiteral("import.db")), QStringLiteral("inventory"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject inv = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(inv.value(QStringLiteral("circuits")).toArray().at(0).toObject().value(QStringLiteral("a_site")).toString(),
                 QStringLiteral("FRA1"));

        r = cli({db(QStringLiteral("import.db")), QStringLiteral("inventory"), QStringLiteral("list")});
        QVERIFY2(r.out.contains(QStringLiteral("zayo\tZY-1\t\tFRA1")), qPrintable(r.out));
    }

    void badRowExitsTwoAndWritesNothing()
    {
        const QString good = write(QStringLiteral("sites-ok.csv"), "name\nAMS1\n");
        const QString bad = write(QStringLiteral("devices.csv"), "name,site\nr1,AMS1\nr2,NOWHERE\n");
        const Run r = cli({db(QStringLiteral("bad.db")), QStringLiteral("inventory"), QStringLiteral("import"), good, bad});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(bad + QStringLiteral(":3:2: unknown site \"NOWHERE\"")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("Nothing was imported.")));
        const Run list = cli({db(QStringLiteral("bad.db")), QStringLiteral("inventory"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).object().value(QStringLiteral("sites")).toArray().size(), 0);
    }

    void usage()
    {
        QCOMPARE(cli({db(QStringLiteral("u.db")), QStringLiteral("inventory")}).exitCode, 64);
        QCOMPARE(cli({db(QStringLiteral("u.db")), QStringLiteral("inventory"), QStringLiteral("sync")}).exitCode, 64);
        const Run kind = cli({db(QStringLiteral("u.db")), QStringLiteral("inventory"), QStringLiteral("sync"),
                              QStringLiteral("--url"), QStringLiteral("https://netbox.example.net"), QStringLiteral("--kind"), QStringLiteral("racktables")});
        QCOMPARE(kind.exitCode, 64);
        QVERIFY(kind.err.contains(QStringLiteral("netbox or nautobot")));
    }

    // The token given once through the environment lands in the keychain when the sync
    // succeeds; the next sync needs only the URL. A refused token is not stored.
    void syncKeepsTheTokenInTheKeychain()
    {
        if (!haveKeyring())
            QSKIP("needs the private keyring (ctest runs this test through tests/secrets/with_private_keyring.sh)");
        FakeNetbox server;
        server.fillStandard();
        QVERIFY(server.listen());
        const QString url = server.baseUrl().toString();
        const QStringList sync = {db(QStringLiteral("sync.db")), QStringLiteral("inventory"), QStringLiteral("sync"), QStringLiteral("--url"), url};
        KeychainSecretStore keychain;
        keychain.remove(inventoryTokenKey(server.baseUrl()));

        Run r = cli(sync);
        QCOMPARE(r.exitCode, 64);
        QVERIFY2(r.err.contains(QStringLiteral("No token for")), qPrintable(r.err));
        QVERIFY(server.requests.isEmpty());

        r = cli(sync + QStringList{QStringLiteral("--token-env"), QStringLiteral("NB_TOKEN")}, {{QStringLiteral("NB_TOKEN"), QStringLiteral("wrong")}});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("refused the token")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("Nothing was changed.")));
        QCOMPARE(keychain.read(inventoryTokenKey(server.baseUrl())), std::nullopt);

        r = cli(sync + QStringList{QStringLiteral("--token-env"), QStringLiteral("NB_TOKEN")}, {{QStringLiteral("NB_TOKEN"), server.token}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("3 providers, 6 sites, 90 circuits, 12 devices, 120 interfaces")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("in the keychain")));
        QCOMPARE(keychain.read(inventoryTokenKey(server.baseUrl())), std::optional<QString>(server.token));

        server.requests.clear();
        r = cli(sync);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("0 new, 0 changed")), qPrintable(r.out));
        QVERIFY(!server.requests.isEmpty());
        for (const FakeNetbox::Request &req : std::as_const(server.requests))
            QCOMPARE(req.authorization, QByteArrayLiteral("Token ") + server.token.toUtf8());
        // Never in a settings file or the database.
        QProcess grep;
        grep.start(QStringLiteral("grep"), {QStringLiteral("-rl"), server.token, m_home.path()});
        QVERIFY(grep.waitForFinished());
        QCOMPARE(QString::fromUtf8(grep.readAllStandardOutput()), QString());
        keychain.remove(inventoryTokenKey(server.baseUrl()));
    }
};

QTEST_GUILESS_MAIN(TestInventoryCli)
#include "tst_inventorycli.moc"
