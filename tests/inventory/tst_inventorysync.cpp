// The NetBox/Nautobot sync against a fake NetBox (Qt HttpServer, tests/inventory/FakeNetbox)
// into a real store: paging, both circuit-termination shapes, Nautobot's differences, and every
// failure leaving the store as it was.
#include "FakeNetbox.h"
#include "InventoryJson.h"
#include "InventorySync.h"
#include "NetboxClient.h"
#include "Store.h"
#include "TaskRunner.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace nocdesk;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(FakeNetbox::Flavor)

class TestInventorySync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    int m_run = 0;

    // The client blocks in its own event loop, so it runs on another thread while this one
    // serves the fake; the store is opened there too (a connection belongs to its thread).
    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        QString error;
        InventorySyncReport report;
    };
    Outcome runSync(FakeNetbox &server, InventoryServerKind kind, const QString &token,
                    const std::function<void(InventorySync &)> &configure = {}, QUrl url = {})
    {
        if (url.isEmpty())
            url = server.baseUrl();
        Outcome o;
        std::unique_ptr<QThread> thread(QThread::create([&o, &configure, url, kind, token, path = m_path] {
            InventorySync sync(url, kind, token);
            sync.setRetryDelay(20ms);
            sync.setPageSize(100); // more than the server's MAX_PAGE_SIZE: it caps, "next" goes on
            if (configure)
                configure(sync);
            Store store = Store::forCurrentThread(path);
            try {
                o.report = sync.run(store);
                o.ok = true;
            } catch (const InventorySyncError &e) {
                o.error = e.message();
            } catch (const StoreError &e) {
                o.error = e.message();
            } catch (const TaskCancelled &) {
                o.cancelled = true;
            }
        }));
        thread->start();
        while (!thread->isFinished())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        thread->wait();
        return o;
    }

    QJsonObject inventory() const { return inventoryToJson(Store::forCurrentThread(m_path)); }
    QByteArray snapshot() const { return QJsonDocument(inventory()).toJson(QJsonDocument::Compact); }

    static QJsonObject find(const QJsonObject &inv, const QString &list, const QString &field, const QString &value)
    {
        for (const QJsonValue &v : inv.value(list).toArray()) {
            if (v.toObject().value(field).toString() == value)
                return v.toObject();
        }
        return {};
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("sync-%1.db").arg(++m_run));
        (void)Store::open(m_path, QStringLiteral("sync-open-%1").arg(m_run));
    }

    void mirrorsTheServer_data()
    {
        QTest::addColumn<FakeNetbox::Flavor>("flavor");
        QTest::addColumn<InventoryServerKind>("kind");
        QTest::newRow("NetBox 4.1: termination.site") << FakeNetbox::Flavor::NetBox41 << InventoryServerKind::NetBox;
        QTest::newRow("NetBox 4.2: termination_type/termination") << FakeNetbox::Flavor::NetBox42 << InventoryServerKind::NetBox;
        QTest::newRow("Nautobot 2: locations, UUIDs, depth=1") << FakeNetbox::Flavor::Nautobot2 << InventoryServerKind::Nautobot;
    }

    void mirrorsTheServer()
    {
        QFETCH(FakeNetbox::Flavor, flavor);
        QFETCH(InventoryServerKind, kind);
        FakeNetbox server(flavor);
        server.fillStandard();
        QVERIFY(server.listen());

        const Outcome o = runSync(server, kind, server.token);
        QVERIFY2(o.ok, qPrintable(o.error));
        const QJsonObject inv = inventory();
        QCOMPARE(inv.value(QStringLiteral("providers")).toArray().size(), 3);
        QCOMPARE(inv.value(QStringLiteral("sites")).toArray().size(), 6);
        QCOMPARE(inv.value(QStringLiteral("circuits")).toArray().size(), 90);
        QCOMPARE(inv.value(QStringLiteral("devices")).toArray().size(), 12); // the unnamed one left out
        QCOMPARE(inv.value(QStringLiteral("interfaces")).toArray().size(), 120);
        QVERIFY(o.report.notes.join(QLatin1Char('\n')).contains(QStringLiteral("without a name")));

        // Provider keys as the parser registry names providers (NetBox's slug; a slug made from
        // Nautobot's name).
        QVERIFY(!find(inv, QStringLiteral("providers"), QStringLiteral("name"), QStringLiteral("telia-carrier")).isEmpty());
        QCOMPARE(find(inv, QStringLiteral("providers"), QStringLiteral("name"), QStringLiteral("zayo"))
                     .value(QStringLiteral("display_name")).toString(), QStringLiteral("Zayo"));

        // Circuit 7: A end at FRA2 (7 % 6 + 1), Z end at FRA3, cabled to edge8.fra et-0/0/1.
        const QJsonObject c7 = find(inv, QStringLiteral("circuits"), QStringLiteral("circuit_id"), QStringLiteral("ZY-0007"));
        QCOMPARE(c7.value(QStringLiteral("provider")).toString(), QStringLiteral("lumen"));
        QCOMPARE(c7.value(QStringLiteral("a_site")).toString(), QStringLiteral("FRA2"));
        QCOMPARE(c7.value(QStringLiteral("z_site")).toString(), QStringLiteral("FRA3"));
        QCOMPARE(c7.value(QStringLiteral("circuit_type")).toString(), QStringLiteral("Transit"));
        // The last circuit's Z end is a provider network, not a site.
        const QJsonObject c89 = find(inv, QStringLiteral("circuits"), QStringLiteral("circuit_id"), QStringLiteral("ZY-0089"));
        QCOMPARE(c89.value(QStringLiteral("a_site")).toString(), QStringLiteral("FRA6"));
        QCOMPARE(c89.value(QStringLiteral("z_site")).toString(), QString());

        int cabled = 0;
        for (const QJsonValue &v : inv.value(QStringLiteral("interfaces")).toArray()) {
            const QJsonObject i = v.toObject();
            if (i.value(QStringLiteral("circuit_id")).toString().isEmpty())
                continue;
            ++cabled;
            if (i.value(QStringLiteral("device")).toString() == QLatin1String("edge8.fra")) {
                QCOMPARE(i.value(QStringLiteral("name")).toString(), QStringLiteral("et-0/0/1"));
                QCOMPARE(i.value(QStringLiteral("circuit_id")).toString(), QStringLiteral("ZY-0007"));
                QCOMPARE(i.value(QStringLiteral("circuit_provider")).toString(), QStringLiteral("lumen"));
            }
        }
        QCOMPARE(cabled, 12);

        const QJsonObject edge = find(inv, QStringLiteral("devices"), QStringLiteral("name"), QStringLiteral("edge3.fra"));
        QCOMPARE(edge.value(QStringLiteral("site")).toString(), QStringLiteral("FRA3"));
        QCOMPARE(edge.value(QStringLiteral("os")).toString(), QStringLiteral("Junos"));
        QCOMPARE(edge.value(QStringLiteral("management_address")).toString(), QStringLiteral("192.0.2.3"));
        // NetBox nests the manufacturer in the device type; Nautobot at depth 1 does not.
        QCOMPARE(edge.value(QStringLiteral("vendor")).toString(),
                 kind == InventoryServerKind::NetBox ? QStringLiteral("Juniper") : QString());
        QCOMPARE(find(inv, QStringLiteral("sites"), QStringLiteral("name"), QStringLiteral("FRA1")).value(QStringLiteral("time_zone")).toString(),
                 QStringLiteral("Europe/Berlin"));

        // Every request carried the token; 180 terminations at 40 a page are 5 pages.
        int terminationPages = 0;
        for (const FakeNetbox::Request &r : std::as_const(server.requests)) {
            QCOMPARE(r.authorization, QByteArrayLiteral("Token ") + server.token.toUtf8());
            if (r.path == QLatin1String("/api/circuits/circuit-terminations/"))
                ++terminationPages;
            QCOMPARE(r.query.contains(QStringLiteral("depth=1")), kind == InventoryServerKind::Nautobot);
            QVERIFY(r.path != QLatin1String(kind == InventoryServerKind::Nautobot ? "/api/dcim/sites/" : "/api/dcim/locations/"));
        }
        QCOMPARE(terminationPages, 5);
    }

    void syncingTwiceChangesNothing()
    {
        FakeNetbox server;
        server.fillStandard();
        QVERIFY(server.listen());
        QVERIFY(runSync(server, InventoryServerKind::NetBox, server.token).ok);
        const QByteArray first = snapshot();
        const Outcome again = runSync(server, InventoryServerKind::NetBox, server.token);
        QVERIFY(again.ok);
        QCOMPARE(again.report.changes.inserted, 0);
        QCOMPARE(again.report.changes.updated, 0);
        QCOMPARE(snapshot(), first);
    }

    // What an operator set by hand (sender addresses, a site's time zone NetBox leaves null)
    // survives a sync.
    void keepsWhatTheServerDoesNotKnow()
    {
        FakeNetbox server;
        server.fillStandard();
        QVERIFY(server.listen());
        {
            Store store = Store::forCurrentThread(m_path);
            store.addProvider({0, QStringLiteral("zayo"), QStringLiteral("Zayo"), {QStringLiteral("mr@zayo.com")}, {}, QStringLiteral("America/Denver")});
            store.addSite({0, QStringLiteral("FRA6"), QString(), QStringLiteral("Europe/Berlin")});
        }
        QVERIFY(runSync(server, InventoryServerKind::NetBox, server.token).ok);
        const QJsonObject inv = inventory();
        const QJsonObject zayo = find(inv, QStringLiteral("providers"), QStringLiteral("name"), QStringLiteral("zayo"));
        QCOMPARE(zayo.value(QStringLiteral("sender_addresses")).toArray().size(), 1);
        QCOMPARE(zayo.value(QStringLiteral("time_zone")).toString(), QStringLiteral("America/Denver"));
        QCOMPARE(find(inv, QStringLiteral("sites"), QStringLiteral("name"), QStringLiteral("FRA6")).value(QStringLiteral("time_zone")).toString(),
                 QStringLiteral("Europe/Berlin"));
    }

    void refusedTokenWritesNothing_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("token");
        QTest::newRow("403 Invalid token (NetBox)") << 403 << QStringLiteral("wrong");
        QTest::newRow("401") << 401 << QStringLiteral("wrong");
    }

    void refusedTokenWritesNothing()
    {
        QFETCH(int, status);
        QFETCH(QString, token);
        FakeNetbox server;
        server.fillStandard();
        server.refusalStatus = status;
        QVERIFY(server.listen());
        const Outcome o = runSync(server, InventoryServerKind::NetBox, token);
        QVERIFY(!o.ok);
        QVERIFY2(o.error.contains(QStringLiteral("refused the token (HTTP %1: Invalid token)").arg(status)), qPrintable(o.error));
        QCOMPARE(inventory().value(QStringLiteral("providers")).toArray().size(), 0);
    }

    void serverErrorThenOk()
    {
        FakeNetbox server;
        server.fillStandard();
        server.failures.insert(QStringLiteral("/api/circuits/circuits/"), 1);
        QVERIFY(server.listen());
        const Outcome o = runSync(server, InventoryServerKind::NetBox, server.token);
        QVERIFY2(o.ok, qPrintable(o.error));
        QCOMPARE(inventory().value(QStringLiteral("circuits")).toArray().size(), 90);
        int firstPages = 0;
        for (const FakeNetbox::Request &r : std::as_const(server.requests)) {
            if (r.path == QLatin1String("/api/circuits/circuits/") && !r.query.contains(QStringLiteral("offset")))
                ++firstPages;
        }
        QCOMPARE(firstPages, 2); // the 500, then the same request again
    }

    // The last list fails after everything else was read: still nothing written.
    void lastingFailuresWriteNothing_data()
    {
        QTest::addColumn<QString>("failure");
        QTest::addColumn<QString>("expected");
        QTest::newRow("5xx") << "500" << "answered HTTP 500 after 3 attempts";
        QTest::newRow("bad JSON") << "json" << "did not answer with a NetBox/Nautobot list";
    }

    void lastingFailuresWriteNothing()
    {
        QFETCH(QString, failure);
        QFETCH(QString, expected);
        FakeNetbox server;
        server.fillStandard();
        (failure == QLatin1String("500") ? server.failures : server.brokenJson).insert(QStringLiteral("/api/dcim/interfaces/"), 99);
        QVERIFY(server.listen());
        const Outcome o = runSync(server, InventoryServerKind::NetBox, server.token);
        QVERIFY(!o.ok);
        QVERIFY2(o.error.contains(expected), qPrintable(o.error));
        QVERIFY2(o.error.contains(QStringLiteral("/api/dcim/interfaces/")), qPrintable(o.error));
        const QJsonObject inv = inventory();
        QCOMPARE(inv.value(QStringLiteral("providers")).toArray().size(), 0);
        QCOMPARE(inv.value(QStringLiteral("circuits")).toArray().size(), 0);
    }

    void wrongKindSaysSo()
    {
        FakeNetbox server(FakeNetbox::Flavor::Nautobot2);
        server.fillStandard();
        QVERIFY(server.listen());
        const Outcome o = runSync(server, InventoryServerKind::NetBox, server.token);
        QVERIFY(!o.ok);
        QVERIFY2(o.error.contains(QStringLiteral("/api/dcim/sites/ was not found (HTTP 404)")), qPrintable(o.error));
    }

    void cancelWritesNothing()
    {
        FakeNetbox server;
        server.fillStandard();
        QVERIFY(server.listen());
        // Cancelled once the circuits are being read.
        std::atomic<bool> cancel = false;
        const Outcome o = runSync(server, InventoryServerKind::NetBox, server.token, [&cancel](InventorySync &sync) {
            sync.setProgress([&cancel](qint64 step, qint64, const QString &) {
                if (step >= 2)
                    cancel = true;
            });
            sync.setCancelCheck([&cancel] { return cancel.load(); });
        });
        QVERIFY(o.cancelled);
        QCOMPARE(inventory().value(QStringLiteral("providers")).toArray().size(), 0);
        QVERIFY(server.requests.size() < 10);
    }

    // A NetBox behind a proxy that ends TLS names itself in "next" with another scheme and
    // host; the token still goes only to the server the operator named.
    void nextLinksStayOnTheNamedServer()
    {
        FakeNetbox server;
        server.fillStandard();
        server.nextHost = QStringLiteral("netbox-internal.invalid");
        QVERIFY(server.listen());
        QUrl url = server.baseUrl();
        url.setHost(QStringLiteral("localhost")); // the name the operator typed
        const Outcome o = runSync(server, InventoryServerKind::NetBox, server.token, {}, url);
        QVERIFY2(o.ok, qPrintable(o.error));
        for (const FakeNetbox::Request &r : std::as_const(server.requests))
            QVERIFY2(r.host.startsWith("localhost:"), r.host.constData());
        QCOMPARE(inventory().value(QStringLiteral("circuits")).toArray().size(), 90);
    }

    void badAddressOrNoToken()
    {
        FakeNetbox server;
        QVERIFY(server.listen());
        Outcome o = runSync(server, InventoryServerKind::NetBox, server.token, {}, QUrl(QStringLiteral("netbox.example.net")));
        QVERIFY2(o.error.contains(QStringLiteral("is not a server address")), qPrintable(o.error));
        o = runSync(server, InventoryServerKind::NetBox, QString());
        QVERIFY2(o.error.contains(QStringLiteral("No API token")), qPrintable(o.error));
        QVERIFY(server.requests.isEmpty());
    }

    void tokenKeyPerServer()
    {
        QCOMPARE(inventoryTokenKey(QUrl(QStringLiteral("https://netbox.example.net/"))),
                 QStringLiteral("inventory/https://netbox.example.net/token"));
        QVERIFY(inventoryTokenKey(QUrl(QStringLiteral("https://netbox.example.net/")))
                != inventoryTokenKey(QUrl(QStringLiteral("https://netbox-test.example.net/"))));
    }
};

QTEST_GUILESS_MAIN(TestInventorySync)
#include "tst_inventorysync.moc"
