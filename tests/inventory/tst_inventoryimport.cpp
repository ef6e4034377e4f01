// Inventory import from CSV and JSON into a real store: columns in any order and spelling, BOM,
// quoted fields, one transaction for all files, errors that name file, line and column.
#include "InventoryImport.h"
#include "InventoryJson.h"
#include "Store.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace nocdesk;

class TestInventoryImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Store> m_store;
    int m_run = 0;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // Reads and writes in one go, as the CLI does; the error text, empty on success.
    QString import(const QStringList &paths, InventoryChanges *changes = nullptr)
    {
        InventoryImport import;
        try {
            for (const QString &path : paths)
                import.addFile(path);
            const InventoryChanges c = import.apply(*m_store);
            if (changes)
                *changes = c;
            return {};
        } catch (const InventoryInputError &e) {
            return e.text();
        }
    }

    QJsonObject circuitJson(const QString &circuitId) const
    {
        for (const QJsonValue &r : inventoryToJson(*m_store).value(QStringLiteral("circuits")).toArray()) {
            if (r.toObject().value(QStringLiteral("circuit_id")).toString() == circuitId)
                return r.toObject();
        }
        return {};
    }

    QByteArray snapshot() const { return QJsonDocument(inventoryToJson(*m_store)).toJson(QJsonDocument::Compact); }

    QStringList standardFiles()
    {
        return {
            write(QStringLiteral("providers.csv"),
                  "name,display_name,sender_addresses,time_zone\n"
                  "zayo,Zayo,mr@zayo.com;noc@zayo.com,America/Denver\n"
                  "colt,Colt,PlannedWorks@colt.net,Europe/London\n"),
            write(QStringLiteral("sites.csv"),
                  "name,description,time_zone\n"
                  "FRA1,\"Frankfurt, Hanauer Landstr.\",Europe/Berlin\n"
                  "AMS2,Amsterdam,Europe/Amsterdam\n"),
            write(QStringLiteral("circuits.csv"),
                  "provider,circuit_id,circuit_type,a_site,z_site,description\n"
                  "zayo,ZY-0001,Wavelength,FRA1,AMS2,100G wave\n"
                  "colt,C-77,Internet,FRA1,,\n"),
            write(QStringLiteral("devices.csv"),
                  "name,site,vendor,os,management_address\n"
                  "edge1.fra,FRA1,Juniper,Junos,192.0.2.1\n"),
            write(QStringLiteral("interfaces.csv"),
                  "device,name,circuit_provider,circuit_id,description\n"
                  "edge1.fra,et-0/0/1,zayo,ZY-0001,to AMS\n"
                  "edge1.fra,et-0/0/2,,,spare\n"),
        };
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store.reset();
        ++m_run;
        m_store.emplace(Store::open(m_dir.filePath(QStringLiteral("inv-%1.db").arg(m_run)), QStringLiteral("inv-%1").arg(m_run)));
    }
    void cleanup() { m_store.reset(); }

    void goodCsvFiles()
    {
        InventoryChanges changes;
        QCOMPARE(import(standardFiles(), &changes), QString());
        QCOMPARE(changes.inserted, 2 + 2 + 2 + 1 + 2);

        const QList<Provider> providers = m_store->providers();
        QCOMPARE(providers.size(), 2);
        const Provider zayo = providers.at(1);
        QCOMPARE(zayo.name, QStringLiteral("zayo"));
        QCOMPARE(zayo.senderAddresses, (QStringList{QStringLiteral("mr@zayo.com"), QStringLiteral("noc@zayo.com")}));
        QCOMPARE(zayo.timeZone, QStringLiteral("America/Denver"));

        const QJsonObject inv = inventoryToJson(*m_store);
        const QJsonObject wave = circuitJson(QStringLiteral("ZY-0001"));
        QCOMPARE(wave.value(QStringLiteral("circuit_id")).toString(), QStringLiteral("ZY-0001"));
        QCOMPARE(wave.value(QStringLiteral("a_site")).toString(), QStringLiteral("FRA1"));
        QCOMPARE(wave.value(QStringLiteral("z_site")).toString(), QStringLiteral("AMS2"));
        QCOMPARE(wave.value(QStringLiteral("circuit_type")).toString(), QStringLiteral("Wavelength"));
        const QJsonObject site = inv.value(QStringLiteral("sites")).toArray().at(1).toObject();
        QCOMPARE(site.value(QStringLiteral("description")).toString(), QStringLiteral("Frankfurt, Hanauer Landstr."));
        const QJsonArray ports = inv.value(QStringLiteral("interfaces")).toArray();
        QCOMPARE(ports.size(), 2);
        QCOMPARE(ports.at(0).toObject().value(QStringLiteral("circuit_id")).toString(), QStringLiteral("ZY-0001"));
        QCOMPARE(ports.at(1).toObject().value(QStringLiteral("circuit_id")).toString(), QString());
        const QJsonObject device = inv.value(QStringLiteral("devices")).toArray().at(0).toObject();
        QCOMPARE(device.value(QStringLiteral("management_address")).toString(), QStringLiteral("192.0.2.1"));
        QCOMPARE(device.value(QStringLiteral("site")).toString(), QStringLiteral("FRA1"));
    }

    // A spreadsheet saved as "CSV UTF-8" in a German locale: BOM, semicolons, CRLF, headers as
    // people type them, in another order; a quoted field with a newline and a separator.
    void spreadsheetExport()
    {
        import(standardFiles());
        const QString path = write(QStringLiteral("Circuits - Sheet1.csv"),
                                   "\xEF\xBB\xBF" "Circuit ID;Description;Provider;A Site\r\n"
                                   "ZY-0002;\"Köln; second\r\nline\";zayo;AMS2\r\n"
                                   "\r\n"
                                   "ZY-0003;third;zayo;FRA1\r\n");
        QCOMPARE(import({path}), QString());
        const QList<Circuit> circuits = m_store->circuits();
        QCOMPARE(circuits.size(), 4);
        const QJsonArray rows = inventoryToJson(*m_store).value(QStringLiteral("circuits")).toArray();
        QJsonObject second;
        for (const QJsonValue &r : rows) {
            if (r.toObject().value(QStringLiteral("circuit_id")).toString() == QLatin1String("ZY-0002"))
                second = r.toObject();
        }
        QCOMPARE(second.value(QStringLiteral("description")).toString(), QStringLiteral("Köln; second\r\nline"));
        QCOMPARE(second.value(QStringLiteral("a_site")).toString(), QStringLiteral("AMS2"));
    }

    // The line an error names is the file's line, also after a field that spans lines.
    void badRows_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected"); // the start of the error text

        QTest::newRow("unknown provider") << "circuits.csv"
            << QByteArray("provider,circuit_id\nzayo,A\n\"zayo\",\"B\"\nzayoo,C\n") << "circuits.csv:4:1: unknown provider \"zayoo\"";
        QTest::newRow("unknown site after a multi-line field") << "circuits.csv"
            << QByteArray("provider,description,circuit_id,z_site\nzayo,\"two\nlines\",A,AMS2\nzayo,x,B,NOWHERE\n")
            << "circuits.csv:4:4: unknown site \"NOWHERE\"";
        QTest::newRow("bad time zone") << "sites.csv"
            << QByteArray("name,time_zone\nX,Europe/Berlin\nY,Mars/Olympus\n") << "sites.csv:3:2: \"Mars/Olympus\" is not an IANA time zone";
        QTest::newRow("bad address") << "devices.csv"
            << QByteArray("site,name,management_address\nFRA1,r1,192.0.2.300\n") << "devices.csv:2:3: \"192.0.2.300\" is not an IP address";
        QTest::newRow("required empty") << "interfaces.csv"
            << QByteArray("device,name\nedge1.fra,\n") << "interfaces.csv:2:2: \"name\" is required";
        QTest::newRow("unknown column") << "sites.csv"
            << QByteArray("name,desc\nX,y\n") << "sites.csv:1:2: unknown column \"desc\"";
        QTest::newRow("required column missing") << "circuits.csv"
            << QByteArray("provider,description\nzayo,x\n") << "circuits.csv:1: the required column \"circuit_id\"";
        QTest::newRow("stray quote") << "sites.csv"
            << QByteArray("name,description\nX,ok\nY,\"say \"hi\" there\"\n") << "sites.csv:3:2: malformed quoting";
        QTest::newRow("unclosed quote") << "sites.csv"
            << QByteArray("name,description\nX,\"never closed\n") << "sites.csv:2:2: a quoted field is not closed";
        QTest::newRow("repeated row") << "circuits.csv"
            << QByteArray("provider,circuit_id\nzayo,ZY-9\nzayo,zy-9\n") << "circuits.csv:3:1: this circuits row repeats the one on line 2";
        QTest::newRow("not utf-8") << "sites.csv"
            << QByteArray("name,description\nX,caf\xE9\n") << "sites.csv:2:2: the text is not UTF-8";
        QTest::newRow("circuit without its provider") << "interfaces.csv"
            << QByteArray("device,name,circuit_id\nedge1.fra,et-1,ZY-0001\n") << "interfaces.csv:2:";
        QTest::newRow("too many cells") << "sites.csv"
            << QByteArray("name\nX,extra\n") << "sites.csv:2:2: this row has more cells";
    }

    void badRows()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QCOMPARE(import(standardFiles()), QString());
        const QByteArray before = snapshot();
        const QMap<QString, qint64> counts = m_store->tableCounts();

        // A good file given first is not written either: all or nothing.
        const QString good = write(QStringLiteral("sites-extra.csv"), "name\nNEW1\n");
        const QString error = import({good, write(file, content)});
        const QString wanted = m_dir.filePath(expected.section(QLatin1Char(':'), 0, 0)) + QLatin1Char(':') + expected.section(QLatin1Char(':'), 1);
        QVERIFY2(error.startsWith(wanted), qPrintable(error + QStringLiteral("\n  wanted: ") + wanted));
        QCOMPARE(snapshot(), before);
        QCOMPARE(m_store->tableCounts(), counts);
    }

    void importingTwiceChangesNothing()
    {
        const QStringList files = standardFiles();
        QCOMPARE(import(files), QString());
        const QByteArray first = snapshot();
        InventoryChanges again;
        QCOMPARE(import(files), QString());
        QCOMPARE(import(files, &again), QString());
        QCOMPARE(again.inserted, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, 9);
        QCOMPARE(snapshot(), first);
    }

    void circuitIdsMatchCaseInsensitivelyWithinAProvider()
    {
        QCOMPARE(import(standardFiles()), QString());
        InventoryChanges changes;
        const QString circuits = write(QStringLiteral("circuits-update.csv"),
                                       "provider,circuit_id,description\nzayo,zy-0001,renamed\ncolt,ZY-0001,another provider's\n");
        const QString ports = write(QStringLiteral("interfaces-update.csv"),
                                    "device,name,circuit_provider,circuit_id\nEDGE1.FRA,et-0/0/2,zayo,Zy-0001\n");
        QCOMPARE(import({circuits, ports}, &changes), QString());
        QCOMPARE(changes.inserted, 1); // colt's ZY-0001 is a different circuit
        QCOMPARE(changes.updated, 2);
        const QJsonObject inv = inventoryToJson(*m_store);
        const QJsonArray rows = inv.value(QStringLiteral("circuits")).toArray();
        QCOMPARE(rows.size(), 3);
        int zayoWaves = 0;
        for (const QJsonValue &r : rows) {
            const QJsonObject o = r.toObject();
            if (o.value(QStringLiteral("provider")).toString() == QLatin1String("zayo")
                && o.value(QStringLiteral("circuit_id")).toString().compare(QLatin1String("zy-0001"), Qt::CaseInsensitive) == 0) {
                ++zayoWaves;
                QCOMPARE(o.value(QStringLiteral("description")).toString(), QStringLiteral("renamed"));
                QCOMPARE(o.value(QStringLiteral("a_site")).toString(), QStringLiteral("FRA1")); // not in the file: kept
            }
        }
        QCOMPARE(zayoWaves, 1);
        const QJsonArray ifaces = inv.value(QStringLiteral("interfaces")).toArray();
        QCOMPARE(ifaces.at(1).toObject().value(QStringLiteral("circuit_id")).toString(), QStringLiteral("ZY-0001"));
    }

    // A column left out keeps what an operator set elsewhere; an empty cell clears it.
    void absentColumnsKeepStoredValues()
    {
        QCOMPARE(import(standardFiles()), QString());
        QCOMPARE(import({write(QStringLiteral("providers-names.csv"), "name,display_name\nzayo,Zayo Group\n")}), QString());
        const Provider zayo = m_store->providers().at(1);
        QCOMPARE(zayo.displayName, QStringLiteral("Zayo Group"));
        QCOMPARE(zayo.senderAddresses.size(), 2);
        QCOMPARE(import({write(QStringLiteral("circuits-clear.csv"), "provider,circuit_id,z_site\nzayo,ZY-0001,\n")}), QString());
        const QJsonObject wave = circuitJson(QStringLiteral("ZY-0001"));
        QCOMPARE(wave.value(QStringLiteral("z_site")).toString(), QString());
        QCOMPARE(wave.value(QStringLiteral("a_site")).toString(), QStringLiteral("FRA1"));
    }

    void jsonDocument()
    {
        const QString path = write(QStringLiteral("inventory.json"), R"({
  "interfaces": [{"device": "r1", "name": "xe-0/0/0", "circuit_provider": "zayo", "circuit_id": "zy-1"}],
  "providers": [{"name": "zayo", "display_name": "Zayo", "sender_domains": ["zayo.com"]}],
  "sites": [{"name": "FRA1", "time_zone": "Europe/Berlin"}],
  "circuits": [{"provider": "zayo", "circuit_id": "ZY-1", "a_site": "FRA1", "description": null}],
  "devices": [{"name": "r1", "site": "FRA1", "management_address": "2001:db8::1"}]
})");
        InventoryChanges changes;
        QCOMPARE(import({path}, &changes), QString());
        QCOMPARE(changes.inserted, 5);
        QCOMPARE(m_store->providers().at(0).senderDomains, QStringList{QStringLiteral("zayo.com")});
        QCOMPARE(m_store->interfaces().at(0).circuitId, m_store->circuits().at(0).id);
    }

    void jsonErrorsNameLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syntax") << QByteArray("{\n  \"sites\": [\n    {\"name\": \"X\",}\n  ]\n}\n") << "inventory.json:3:";
        QTest::newRow("unknown site in the second circuit")
            << QByteArray("{\"providers\": [{\"name\": \"p\"}],\n \"circuits\": [\n  {\"provider\": \"p\", \"circuit_id\": \"1\"},\n   {\"provider\": \"p\", \"circuit_id\": \"2\", \"a_site\": \"NOPE\"}\n]}\n")
            << "inventory.json:4:4: unknown site \"NOPE\"";
        QTest::newRow("unknown field") << QByteArray("{\"sites\": [{\"name\": \"X\", \"tz\": \"UTC\"}]}") << "inventory.json:1:12: sites[0]: unknown field \"tz\"";
        QTest::newRow("unknown list") << QByteArray("{\"racks\": []}") << "inventory.json: unknown list \"racks\"";
        // A byte order mark is not a character an editor shows: lines and columns count after it.
        QTest::newRow("unknown site after a BOM")
            << QByteArray("\xEF\xBB\xBF{\"providers\": [{\"name\": \"p\"}],\n \"circuits\": [\n  {\"provider\": \"p\", \"circuit_id\": \"1\"},\n   {\"provider\": \"p\", \"circuit_id\": \"2\", \"a_site\": \"NOPE\"}\n]}\n")
            << "inventory.json:4:4: unknown site \"NOPE\"";
        QTest::newRow("syntax on line two") << QByteArray("{\"sites\":\n [}") << "inventory.json:2:4:";
        QTest::newRow("syntax after a BOM") << QByteArray("\xEF\xBB\xBF{\"sites\":\n [}") << "inventory.json:2:4:";
    }

    void jsonErrorsNameLineAndColumn()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString error = import({write(QStringLiteral("inventory.json"), content)});
        QVERIFY2(error.startsWith(m_dir.filePath(expected)), qPrintable(error));
        QCOMPARE(m_store->sites().size(), 0);
        QCOMPARE(m_store->providers().size(), 0);
    }

    // What `inventory list --json` prints imports again without a change.
    void listJsonImportsBackUnchanged()
    {
        QCOMPARE(import(standardFiles()), QString());
        const QByteArray before = snapshot();
        InventoryChanges changes;
        QCOMPARE(import({write(QStringLiteral("export.json"), QJsonDocument(inventoryToJson(*m_store)).toJson())}, &changes), QString());
        QCOMPARE(changes.inserted + changes.updated, 0);
        QCOMPARE(snapshot(), before);
    }

    void fileKindFromName()
    {
        QCOMPARE(InventoryImport::kindFromName(QStringLiteral("Circuits - Sheet1.csv")), std::optional(InventoryKind::Circuits));
        QCOMPARE(InventoryImport::kindFromName(QStringLiteral("site_list.csv")), std::optional(InventoryKind::Sites));
        const QString error = import({write(QStringLiteral("export.csv"), "name\nX\n")});
        QVERIFY2(error.contains(QStringLiteral("cannot tell which inventory")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestInventoryImport)
#include "tst_inventoryimport.moc"
