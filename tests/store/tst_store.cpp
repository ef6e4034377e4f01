// The store: schema migrations from every version, refusal of files that are not ours, and the
// round trips the panes and the pipeline rely on.
#include "DomainPrinters.h"
#include "Migrations.h"
#include "SqlQuery.h"
#include "EventRepeats.h"
#include "Store.h"
#include "TransactionGuard.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace nocdesk;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Builds a database at exactly schema version `version` by running the migration steps up to
// it, the way a NocDesk release of that version left it.
void createAtVersion(const QString &path, int version)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const Migration &m : migrations()) {
            if (m.version > version)
                break;
            for (const QString &s : m.statements)
                QVERIFY2(q.exec(s), qPrintable(s));
        }
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=%1").arg(version)));
        if (version >= 1) {
            QVERIFY(q.exec(QStringLiteral("INSERT INTO providers (name, display_name) VALUES ('zayo', 'Zayo')")));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
}

// Devices, codes, kinds and severities that repeat, some rarely, for the events summary.
Event summaryEvent(int i)
{
    Event e;
    e.receivedAt = QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC).addMSecs(i);
    e.host = i % 97 == 0 ? QStringLiteral("lon1-core-01") : QStringLiteral("fra1-edge-%1").arg(i % 5);
    e.severity = Severity(i % 97 == 0 ? 2 : 3 + i % 4);
    e.code = QStringLiteral("LINK-%1-UPDOWN").arg(int(e.severity));
    e.kind = i % 3 == 0 ? QString() : QStringLiteral("INTERFACE_DOWN");
    e.message = QStringLiteral("line %1").arg(i);
    e.raw = e.message.toUtf8();
    return e;
}

// The summary's rows (EventSummary) and the same computed from the events table: equal when
// the summary is right.
QStringList rowsOf(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return {q.lastError().text()};
    QStringList rows;
    while (q.next()) {
        QStringList fields;
        for (int c = 0; c < q.record().count(); ++c)
            fields << q.value(c).toString();
        rows << fields.join(QLatin1Char('|'));
    }
    return rows;
}

void compareSummaryWithTable(const QSqlDatabase &db)
{
    const QStringList hosts
        = rowsOf(db, QStringLiteral("SELECT host, first_id, last_id, row_count, severities FROM event_hosts ORDER BY 1"));
    QCOMPARE(hosts, rowsOf(db, QStringLiteral("SELECT host, min(id), max(id), count(*), sum(DISTINCT 1 << severity) FROM events"
                                              " GROUP BY host ORDER BY 1")));
    const QStringList classes = rowsOf(
        db, QStringLiteral("SELECT code, kind, severity, first_id, last_id, row_count FROM event_classes ORDER BY 1, 2, 3"));
    QCOMPARE(classes, rowsOf(db, QStringLiteral("SELECT code, kind, severity, min(id), max(id), count(*) FROM events"
                                                " GROUP BY code, kind, severity ORDER BY 1, 2, 3")));
    QVERIFY(!hosts.isEmpty() && !classes.isEmpty());
}

Maintenance sampleMaintenance()
{
    Maintenance m;
    m.providerName = QStringLiteral("zayo");
    m.maintenanceKey = QStringLiteral("TTN-1");
    m.summary = QStringLiteral("fiber splice");
    m.status = MaintenanceStatus::Confirmed;
    m.start = QDateTime(QDate(2026, 11, 22), QTime(1, 0), Qt::UTC);
    m.end = m.start.addSecs(4 * 3600);
    m.impacts = {{QStringLiteral("zyo-fra-1"), 0, {}, Impact::Outage}, {QStringLiteral("UNKNOWN-9"), 0, {}, Impact::NoImpact}};
    return m;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void cleanup()
    {
        for (const QString &name : QSqlDatabase::connectionNames())
            QSqlDatabase::removeDatabase(name);
    }

    void newFileGetsCurrentSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("sub/dir/new.sqlite"));
        {
            const Store store = Store::open(path, QStringLiteral("t"));
            QCOMPARE(store.schemaVersion(), currentSchemaVersion());
            const QStringList tables = store.tableCounts().keys();
            for (const char *table : {"providers", "sites", "circuits", "devices", "interfaces", "notification_sources",
                                      "raw_notifications", "parsed_notifications", "maintenances", "maintenance_windows",
                                      "maintenance_impacts", "maintenance_notes", "maintenance_history", "events",
                                      "remediation_runs", "alarms", "alarm_history", "outbox"})
                QVERIFY2(tables.contains(QLatin1String(table)), table);
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        }
        QCOMPARE(Store::inspectSchemaVersion(path), currentSchemaVersion());
    }

    void emptyFileBecomesDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const Store store = Store::open(path, QStringLiteral("t"));
        QCOMPARE(store.schemaVersion(), currentSchemaVersion());
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (const Migration &m : migrations()) {
            if (m.version < currentSchemaVersion())
                QTest::addRow("v%d", m.version) << m.version;
        }
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        const QString path = m_dir.filePath(QStringLiteral("v%1.sqlite").arg(from));
        createAtVersion(path, from);
        QCOMPARE(Store::inspectSchemaVersion(path), from);
        Store store = Store::open(path, QStringLiteral("t"));
        QCOMPARE(store.schemaVersion(), currentSchemaVersion());
        // Data written by the old version survives the upgrade.
        QCOMPARE(store.providerIdByName(QStringLiteral("zayo")) > 0, true);
        // And the new tables work.
        Event e;
        e.host = QStringLiteral("r1");
        e.message = QStringLiteral("hello");
        QCOMPARE(store.addEvents({e}).size(), 1);
        QCOMPARE(store.recentEvents(10).constFirst().message, QStringLiteral("hello"));
    }

    void reopeningIsIdempotent()
    {
        const QString path = m_dir.filePath(QStringLiteral("again.sqlite"));
        { Store::open(path, QStringLiteral("a")).addSite({0, QStringLiteral("FRA1"), {}, {}}); }
        QSqlDatabase::removeDatabase(QStringLiteral("a"));
        const Store store = Store::open(path, QStringLiteral("b"));
        QCOMPARE(store.sites().size(), 1);
    }

    void refusesForeignFiles_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::addColumn<int>("expected");
        QTest::addRow("text file") << QByteArray("text") << int(StoreError::Kind::NotADatabase);
        QTest::addRow("truncated sqlite") << QByteArray("truncated") << int(StoreError::Kind::NotADatabase);
        QTest::addRow("other application's sqlite") << QByteArray("foreign") << int(StoreError::Kind::NotNocDesk);
        QTest::addRow("newer nocdesk") << QByteArray("newer") << int(StoreError::Kind::TooNew);
    }

    void refusesForeignFiles()
    {
        QFETCH(QByteArray, kind);
        QFETCH(int, expected);
        const QString path = m_dir.filePath(QString::fromLatin1(kind) + QStringLiteral(".db"));
        if (kind == "text" || kind == "truncated") {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kind == "text" ? QByteArray("these are my notes, not a database\n")
                                   : QByteArray("SQLite format 3\0", 16) + QByteArray(100, '\x07'));
        } else {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            if (kind == "foreign") {
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")));
            } else {
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE future (id INTEGER)")));
                QVERIFY(q.exec(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId)));
                QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=%1").arg(currentSchemaVersion() + 1)));
            }
            q.finish();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("other"));
        }
        const QByteArray before = fileHash(path);
        try {
            (void)Store::open(path, QStringLiteral("t"));
            QFAIL("Store::open accepted a file that is not a NocDesk database of a readable version");
        } catch (const StoreError &e) {
            QCOMPARE(int(e.kind()), expected);
            QVERIFY(e.message().contains(path));
        }
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void maintenanceRoundTrip()
    {
        Store store = Store::open(m_dir.filePath(QStringLiteral("m.sqlite")), QStringLiteral("t"));
        const qint64 providerId = store.addProvider({0, QStringLiteral("zayo"), QStringLiteral("Zayo"), {}, {}, {}});
        const qint64 site = store.addSite({0, QStringLiteral("FRA1"), {}, {}});
        store.addCircuit({0, providerId, QStringLiteral("ZYO-FRA-1"), QStringLiteral("Transport"), site, 0, {}});

        const qint64 id = store.createMaintenance(sampleMaintenance(), QStringLiteral("tester"));
        QList<Maintenance> all = store.maintenances();
        QCOMPARE(all.size(), 1);
        const Maintenance &m = all.constFirst();
        QCOMPARE(m.id, id);
        QCOMPARE(m.status, MaintenanceStatus::Confirmed);
        QCOMPARE(m.windows.size(), 1);
        QCOMPARE(m.impacts.size(), 2);
        // Circuit ids match the inventory case-insensitively; unknown ones stay unresolved.
        QVERIFY(m.impacts.at(0).circuitId > 0);
        QCOMPARE(m.impacts.at(0).siteName, QStringLiteral("FRA1"));
        QCOMPARE(m.impacts.at(1).circuitId, 0);
        QCOMPARE(m.worstImpact(), Impact::Outage);

        QCOMPARE(store.setAcknowledged({id}, true, QStringLiteral("alice")), QList<qint64>{id});
        QCOMPARE(store.setAcknowledged({id}, true, QStringLiteral("alice")), QList<qint64>{}); // no change, no history
        const Maintenance acked = store.maintenances({id}).constFirst();
        QVERIFY(acked.acknowledged);
        QCOMPARE(acked.acknowledgedBy, QStringLiteral("alice"));
        QVERIFY(acked.acknowledgedAt.isValid());
        const auto history = store.maintenanceHistory(id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(1).action, QStringLiteral("acknowledged"));
        QCOMPARE(history.at(1).actor, QStringLiteral("alice"));
    }

    // The list the pane opens on is read table by table and put together in C++: what it holds
    // and its order must be what one joined, ordered statement gave.
    void maintenanceListIsAssembledInOrder()
    {
        Store store = Store::open(m_dir.filePath(QStringLiteral("list.sqlite")), QStringLiteral("t"));
        const qint64 zayo = store.addProvider({0, QStringLiteral("zayo"), QStringLiteral("Zayo Group"), {}, {}, {}});
        store.addProvider({0, QStringLiteral("lumen"), {}, {}, {}, {}});
        const qint64 fra = store.addSite({0, QStringLiteral("FRA1"), {}, {}});
        store.addCircuit({0, zayo, QStringLiteral("ZYO-FRA-1"), QStringLiteral("Transport"), fra, 0, {}});

        const QDateTime base(QDate(2026, 12, 1), QTime(2, 0), Qt::UTC);
        Maintenance late = sampleMaintenance();
        late.maintenanceKey = QStringLiteral("LATE");
        late.start = base.addDays(3);
        late.end = late.start.addSecs(3600);
        // Stored out of order: the list gives a maintenance's windows by start.
        late.windows = {{base.addDays(5), base.addDays(5).addSecs(3600)}, {late.start, late.end}};
        Maintenance early = sampleMaintenance();
        early.maintenanceKey = QStringLiteral("EARLY");
        early.start = base;
        early.end = base.addSecs(7200);
        early.status = MaintenanceStatus::Tentative;
        Maintenance first;
        first.providerName = QStringLiteral("lumen");
        first.maintenanceKey = QStringLiteral("FIRST");
        first.status = MaintenanceStatus::Cancelled;
        first.start = base.addDays(-1);
        first.end = base;
        Maintenance sameStart = early;
        sameStart.maintenanceKey = QStringLiteral("EARLY-TOO");
        const qint64 lateId = store.createMaintenance(late, QStringLiteral("t"));
        const qint64 earlyId = store.createMaintenance(early, QStringLiteral("t"));
        const qint64 firstId = store.createMaintenance(first, QStringLiteral("t"));
        const qint64 sameId = store.createMaintenance(sameStart, QStringLiteral("t"));
        store.addNote(earlyId, {0, MaintenanceNote::Level::Info, QStringLiteral("a"), QStringLiteral("one"), {}, {}, {}});
        store.addNote(earlyId, {0, MaintenanceNote::Level::Warning, QStringLiteral("b"), QStringLiteral("two"), {}, {}, {}});
        store.setAcknowledged({lateId}, true, QStringLiteral("alice"));

        const QList<Maintenance> all = store.maintenances();
        QList<qint64> order;
        for (const Maintenance &m : all)
            order << m.id;
        // By start, then by id.
        QCOMPARE(order, (QList<qint64>{firstId, earlyId, sameId, lateId}));

        const Maintenance &e = all.at(1);
        QCOMPARE(e.maintenanceKey, QStringLiteral("EARLY"));
        QCOMPARE(e.providerName, QStringLiteral("zayo"));
        QCOMPARE(e.providerLabel, QStringLiteral("Zayo Group"));
        QCOMPARE(e.status, MaintenanceStatus::Tentative);
        QCOMPARE(e.summary, QStringLiteral("fiber splice"));
        QCOMPARE(e.noteCount, 2);
        QCOMPARE(e.start, base);
        QCOMPARE(e.end, base.addSecs(7200));
        QCOMPARE(e.impacts.size(), 2);
        QCOMPARE(e.impacts.at(0).circuitRef, QStringLiteral("zyo-fra-1"));
        QCOMPARE(e.impacts.at(0).siteName, QStringLiteral("FRA1"));
        QCOMPARE(e.impacts.at(0).impact, Impact::Outage);
        QCOMPARE(e.impacts.at(1).circuitId, 0);
        QCOMPARE(e.impacts.at(1).siteName, QString());
        QCOMPARE(e.impacts.at(1).impact, Impact::NoImpact);

        QCOMPARE(all.at(0).providerLabel, QStringLiteral("lumen")); // no display name: the name
        QCOMPARE(all.at(0).status, MaintenanceStatus::Cancelled);
        QVERIFY(all.at(0).impacts.isEmpty());
        QCOMPARE(all.at(0).noteCount, 0);

        const Maintenance &last = all.at(3);
        QCOMPARE(last.windows.size(), 2);
        QCOMPARE(last.windows.at(0).start, late.start);
        QCOMPARE(last.windows.at(1).start, base.addDays(5));
        QVERIFY(last.acknowledged);
        QCOMPARE(last.acknowledgedBy, QStringLiteral("alice"));

        // A few by id read the same as in the whole list, in the same order.
        const QList<Maintenance> some = store.maintenances({lateId, firstId});
        QCOMPARE(some.size(), 2);
        QCOMPARE(some.at(0), all.at(0));
        QCOMPARE(some.at(1), all.at(3));
    }

    // The whole list is read on two connections at once (the maintenances on the caller's,
    // their windows and impacts on a pool thread's). That must give exactly what one
    // connection reads; and inside the caller's transaction, whose writes the other connection
    // cannot see, it must be read on the caller's alone.
    void wholeListReadAlongsideEqualsOneConnection()
    {
        Store store = Store::open(m_dir.filePath(QStringLiteral("alongside.sqlite")), QStringLiteral("t"));
        const qint64 zayo = store.addProvider({0, QStringLiteral("zayo"), QStringLiteral("Zayo Group"), {}, {}, {}});
        const qint64 fra = store.addSite({0, QStringLiteral("FRA1"), {}, {}});
        store.addCircuit({0, zayo, QStringLiteral("ZYO-FRA-1"), QStringLiteral("Transport"), fra, 0, {}});
        const QDateTime base(QDate(2026, 12, 1), QTime(2, 0), Qt::UTC);
        QList<qint64> ids;
        for (int i = 0; i < 40; ++i) {
            Maintenance m = sampleMaintenance();
            m.maintenanceKey = QStringLiteral("CHG-%1").arg(i);
            m.start = base.addSecs(3600LL * (i % 7));
            m.end = m.start.addSecs(7200);
            m.windows = {{m.start, m.end}, {m.start.addDays(1), m.end.addDays(1)}};
            ids << store.createMaintenance(m, QStringLiteral("t"));
        }
        const QList<Maintenance> all = store.maintenances();
        QCOMPARE(all.size(), 40);
        QCOMPARE(store.maintenances(ids), all); // by id: on one connection
        QCOMPARE(all.at(0).impacts.size(), 2);
        QCOMPARE(all.at(0).impacts.at(0).siteName, QStringLiteral("FRA1"));
        QCOMPARE(all.at(0).windows.size(), 2);

        {
            TransactionGuard transaction(store.database());
            Maintenance added = sampleMaintenance();
            added.maintenanceKey = QStringLiteral("UNCOMMITTED");
            added.start = base.addDays(-2);
            added.end = added.start.addSecs(600);
            store.createMaintenance(added, QStringLiteral("t"));
            const QList<Maintenance> inside = store.maintenances();
            QCOMPARE(inside.size(), 41);
            QCOMPARE(inside.at(0).maintenanceKey, QStringLiteral("UNCOMMITTED"));
            QCOMPARE(inside.at(0).impacts.size(), 2);  // written in this transaction
            QCOMPARE(inside.at(0).windows.size(), 1);
        } // rolled back
        QCOMPARE(store.maintenances(), all);
    }

    void failedJobLeavesNothing()
    {
        Store store = Store::open(m_dir.filePath(QStringLiteral("tx.sqlite")), QStringLiteral("t"));
        store.addProvider({0, QStringLiteral("zayo"), {}, {}, {}, {}});
        try {
            TransactionGuard outer(store.database());
            store.createMaintenance(sampleMaintenance(), QStringLiteral("t")); // nested: a savepoint
            Maintenance broken = sampleMaintenance();
            broken.providerName = QStringLiteral("nobody");
            store.createMaintenance(broken, QStringLiteral("t"));
            outer.commit();
            QFAIL("an unknown provider was accepted");
        } catch (const StoreError &) {
        }
        QCOMPARE(store.maintenances().size(), 0);
        QCOMPARE(store.tableCounts().value(QStringLiteral("maintenance_impacts")), 0);
        // The connection is usable afterwards, outside any transaction.
        store.createMaintenance(sampleMaintenance(), QStringLiteral("t"));
        QCOMPARE(store.maintenances().size(), 1);
    }

    void eventsStoreTheSameOnBothPaths()
    {
        // A batch on its own goes through SQLite's API; inside a larger job through QtSql.
        Store store = Store::open(m_dir.filePath(QStringLiteral("e.sqlite")), QStringLiteral("t"));
        Event e;
        e.receivedAt = QDateTime(QDate(2026, 11, 21), QTime(10, 0, 0, 250), Qt::UTC);
        e.eventTime = e.receivedAt.addMSecs(-40);
        e.host = QStringLiteral("fra1-edge-01");
        e.os = QStringLiteral("iosxr");
        e.facility = 23;
        e.severity = Severity::Error;
        e.code = QStringLiteral("PKT_INFRA-LINK-3-UPDOWN");
        e.kind = QStringLiteral("INTERFACE_DOWN");
        e.message = QStringLiteral("Interface TenGigE0/0/0/1, changed state to Down \"quoted\" – ü");
        e.values = {{QStringLiteral("interface"), QStringLiteral("TenGigE0/0/0/1")}, {QStringLiteral("truncated"), true}};
        e.raw = QByteArray("<187>raw \xff bytes", 16);
        e.parseError = QStringLiteral("");
        const qint64 fast = store.addEvents({e}).constFirst();
        qint64 nested = 0;
        {
            TransactionGuard job(store.database());
            nested = store.addEvents({e}).constFirst();
            job.commit();
        }
        QList<Event> both = store.events({fast, nested});
        QCOMPARE(both.size(), 2);
        both[0].id = both[1].id = 0;
        QCOMPARE(both.at(0), both.at(1));
        e.id = 0;
        QCOMPARE(both.at(0), e);
    }

    // The pane's summary of the events table stays what a GROUP BY over the table says, on
    // both write paths, when events fold and when their status changes.
    void eventSummaryFollowsTheTable()
    {
        Store store = Store::open(m_dir.filePath(QStringLiteral("summary.sqlite")), QStringLiteral("t"));
        QList<Event> batch;
        for (int i = 0; i < 5000; ++i)
            batch << summaryEvent(i);
        const QList<qint64> first = store.addEvents(batch); // the writer's path
        compareSummaryWithTable(store.database());
        batch.clear();
        for (int i = 5000; i < 5300; ++i)
            batch << summaryEvent(i);
        {
            TransactionGuard job(store.database()); // inside a larger job: QtSql's path
            store.addEvents(batch);
            job.commit();
        }
        compareSummaryWithTable(store.database());
        store.addEvents({}, {{first.at(0), 3}, {first.at(97), 1}});
        QSqlQuery handled(store.database());
        QVERIFY(handled.exec(QStringLiteral("UPDATE events SET status = 'SUPPRESSED' WHERE id % 7 = 0")));
        compareSummaryWithTable(store.database());

        // A batch that fails leaves neither rows nor summary behind.
        batch = {summaryEvent(6000)};
        batch[0].host = QStringLiteral("never-stored");
        {
            TransactionGuard job(store.database());
            store.addEvents(batch);
        } // rolled back
        compareSummaryWithTable(store.database());
        QVERIFY(!store.eventValues(EventSortKey::Host, 100).contains(QStringLiteral("never-stored")));

        // What the filter's lists offer comes from it.
        QCOMPARE(store.eventValues(EventSortKey::Host, 100),
                 (QStringList{QStringLiteral("fra1-edge-0"), QStringLiteral("fra1-edge-1"), QStringLiteral("fra1-edge-2"),
                              QStringLiteral("fra1-edge-3"), QStringLiteral("fra1-edge-4"), QStringLiteral("lon1-core-01")}));
        QCOMPARE(store.eventValues(EventSortKey::Kind, 100), QStringList{QStringLiteral("INTERFACE_DOWN")});
        QCOMPARE(store.eventValues(EventSortKey::Code, 2),
                 (QStringList{QStringLiteral("LINK-2-UPDOWN"), QStringLiteral("LINK-3-UPDOWN")}));
    }

    // A batch with repeats of rows stored before is one transaction on both write paths: its
    // rows and counts land exactly, and a failure anywhere in it (an insert, or a count) leaves
    // neither its rows, nor its counts, nor its summary behind.
    void foldCountsCommitWithTheirBatch_data()
    {
        QTest::addColumn<bool>("insideJob");
        QTest::newRow("SQLite API") << false;
        QTest::newRow("QtSql inside a job") << true;
    }
    void foldCountsCommitWithTheirBatch()
    {
        QFETCH(bool, insideJob);
        Store store = Store::open(m_dir.filePath(QStringLiteral("folds-%1.sqlite").arg(insideJob)), QStringLiteral("t"));
        // Runs one batch the way the test row says; false when it threw.
        auto add = [&store, insideJob](const QList<Event> &batch, const QHash<qint64, int> &increments, QList<qint64> *ids) {
            try {
                if (!insideJob) {
                    *ids = store.addEvents(batch, increments);
                    return true;
                }
                TransactionGuard job(store.database());
                *ids = store.addEvents(batch, increments);
                job.commit();
                return true;
            } catch (const StoreError &) {
                return false;
            }
        };
        auto counts = [&store] {
            return rowsOf(store.database(), QStringLiteral("SELECT id, ") + QLatin1String(eventrepeats::kCount)
                                                + QStringLiteral(" FROM events ORDER BY id"));
        };
        QList<Event> batch;
        for (int i = 0; i < 300; ++i)
            batch << summaryEvent(i);
        QList<qint64> first;
        QVERIFY(add(batch, {}, &first));
        QCOMPARE(first.size(), 300);

        // Counts for rows of the first batch, with new rows: both land, exactly.
        batch.clear();
        for (int i = 300; i < 400; ++i)
            batch << summaryEvent(i);
        batch[5].count = 4; // a new row that already folded repeats of its own
        QList<qint64> second;
        QVERIFY(add(batch, {{first.at(0), 3}, {first.at(299), 1}, {first.at(7), 12}}, &second));
        QCOMPARE(second.size(), 100);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT sum(") + QLatin1String(eventrepeats::kCount) + QStringLiteral("), count(*) FROM events"))
                && q.next());
        QCOMPARE(q.value(0).toLongLong(), 300 + 100 + 3 + 1 + 12 + 3);
        QCOMPARE(q.value(1).toLongLong(), 400);
        q.finish(); // no statement left open on the writer's connection
        QCOMPARE(store.events({first.at(0)}).constFirst().count, 4);
        QCOMPARE(store.events({first.at(7)}).constFirst().count, 13);
        QCOMPARE(store.events({first.at(299)}).constFirst().count, 2);
        QCOMPARE(store.events({second.at(5)}).constFirst().count, 4);
        compareSummaryWithTable(store.database());

        // Counts alone (a storm of repeats and nothing new): one transaction of counts.
        QList<qint64> none;
        QVERIFY(add({}, {{first.at(1), 2}}, &none));
        QVERIFY(none.isEmpty());
        QCOMPARE(store.events({first.at(1)}).constFirst().count, 3);

        const QStringList countsBefore = counts();
        const QStringList hostsBefore = rowsOf(store.database(), QStringLiteral("SELECT * FROM event_hosts ORDER BY 1"));
        const QStringList classesBefore = rowsOf(store.database(), QStringLiteral("SELECT * FROM event_classes ORDER BY 1, 2, 3"));

        // An insert fails after some rows of the batch were stepped and before its counts.
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER poison BEFORE INSERT ON events WHEN NEW.host = 'poison'"
                                      " BEGIN SELECT RAISE(ABORT, 'poisoned row'); END")));
        batch.clear();
        for (int i = 400; i < 450; ++i)
            batch << summaryEvent(i);
        batch[40].host = QStringLiteral("poison");
        batch[0].host = QStringLiteral("only-in-the-failed-batch");
        QList<qint64> failed;
        QVERIFY(!add(batch, {{first.at(0), 100}}, &failed));
        QCOMPARE(counts(), countsBefore);

        // A count fails after every row of the batch was stepped.
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER poison")));
        // Counts added later go to event_repeats: a new row there, or one that grows.
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER poison BEFORE INSERT ON event_repeats WHEN NEW.event_id = %1"
                                      " BEGIN SELECT RAISE(ABORT, 'poisoned count'); END").arg(first.at(50))));
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER poison_growth BEFORE UPDATE ON event_repeats WHEN NEW.event_id = %1"
                                      " BEGIN SELECT RAISE(ABORT, 'poisoned count'); END").arg(first.at(50))));
        batch[40].host = QStringLiteral("fra1-edge-0");
        QVERIFY(!add(batch, {{first.at(0), 100}, {first.at(50), 1}, {first.at(60), 100}}, &failed));
        QCOMPARE(counts(), countsBefore);
        QCOMPARE(rowsOf(store.database(), QStringLiteral("SELECT * FROM event_hosts ORDER BY 1")), hostsBefore);
        QCOMPARE(rowsOf(store.database(), QStringLiteral("SELECT * FROM event_classes ORDER BY 1, 2, 3")), classesBefore);
        QVERIFY(!store.eventValues(EventSortKey::Host, 100).contains(QStringLiteral("only-in-the-failed-batch")));

        // The same batch again, once the cause is gone (the intake's retry): stored once, exactly.
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER poison")));
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER poison_growth")));
        QList<qint64> retried;
        QVERIFY(add(batch, {{first.at(0), 100}, {first.at(50), 1}, {first.at(60), 100}}, &retried));
        QCOMPARE(retried.size(), 50);
        QCOMPARE(store.events({first.at(0)}).constFirst().count, 104);
        QCOMPARE(store.events({first.at(50)}).constFirst().count, 2);
        QCOMPARE(store.events({first.at(60)}).constFirst().count, 101);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM events")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), 450);
        compareSummaryWithTable(store.database());
    }

    // Counts the summary answers alone are the table's: one device, code, kind or severity.
    void eventCountsFromTheSummary()
    {
        Store store = Store::open(m_dir.filePath(QStringLiteral("counts.sqlite")), QStringLiteral("t"));
        QList<Event> batch;
        for (int i = 0; i < 3000; ++i)
            batch << summaryEvent(i);
        store.addEvents(batch);
        QSqlQuery handled(store.database());
        QVERIFY(handled.exec(QStringLiteral("UPDATE events SET status = 'FAILED' WHERE id % 11 = 0")));
        auto tableCount = [&store](const QString &where) {
            QSqlQuery q(store.database());
            return q.exec(QStringLiteral("SELECT count(*) FROM events WHERE ") + where) && q.next() ? q.value(0).toLongLong() : -1;
        };
        EventFilter f;
        f.host = QStringLiteral("lon1-core-01");
        QCOMPARE(store.countEvents(f), tableCount(QStringLiteral("host = 'lon1-core-01'")));
        QVERIFY(store.countEvents(f) > 0);
        f.host = QStringLiteral("fra1-*");
        QCOMPARE(store.countEvents(f), tableCount(QStringLiteral("host GLOB 'fra1-*'")));
        f.host = QStringLiteral("nowhere");
        QCOMPARE(store.countEvents(f), 0);
        f.host = QStringLiteral("lon1-core-01"); // only critical rows
        f.severity = Severity::Warning;
        f.severityOrWorse = false;
        QCOMPARE(store.countEvents(f), 0);
        f.severity = Severity::Critical;
        QCOMPARE(store.countEvents(f), tableCount(QStringLiteral("host = 'lon1-core-01' AND severity = 2")));
        f.severity.reset();
        f = {};
        f.code = QStringLiteral("LINK-4-UPDOWN");
        QCOMPARE(store.countEvents(f), tableCount(QStringLiteral("code = 'LINK-4-UPDOWN'")));
        f.severity = Severity::Error; // that code is a warning: none
        QCOMPARE(store.countEvents(f), 0);
        f = {};
        f.severity = Severity::Warning;
        f.kind = QStringLiteral("INTERFACE_DOWN");
        QCOMPARE(store.countEvents(f), tableCount(QStringLiteral("severity <= 4 AND kind = 'INTERFACE_DOWN'")));
        // With terms the summary does not hold, the table counts, within the summary's range.
        f.status = EventStatus::Failed;
        QCOMPARE(store.countEvents(f), tableCount(QStringLiteral("severity <= 4 AND kind = 'INTERFACE_DOWN' AND status = 'FAILED'")));
        f = {};
        f.host = QStringLiteral("fra1-edge-2");
        f.code = QStringLiteral("LINK-5-UPDOWN");
        QCOMPARE(store.countEvents(f), tableCount(QStringLiteral("host = 'fra1-edge-2' AND code = 'LINK-5-UPDOWN'")));
        // Up to an id: the rows after it are left out.
        f = {};
        f.code = QStringLiteral("LINK-3-UPDOWN");
        QCOMPARE(store.countEvents(f, 1000), tableCount(QStringLiteral("code = 'LINK-3-UPDOWN' AND id <= 1000")));
        QCOMPARE(store.countEvents({}), 3000);
    }

    // Upgrading a store that has events builds the summary for them.
    void upgradeSummarisesStoredEvents()
    {
        const QString path = m_dir.filePath(QStringLiteral("v8-events.sqlite"));
        createAtVersion(path, 8);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (int i = 0; i < 500; ++i) {
                const Event e = summaryEvent(i);
                QVERIFY(q.prepare(QStringLiteral("INSERT INTO events (received_at, host, severity, code, kind, message)"
                                                 " VALUES (?, ?, ?, ?, coalesce(?, ''), ?)")));
                q.addBindValue(e.receivedAt.toMSecsSinceEpoch());
                q.addBindValue(e.host);
                q.addBindValue(int(e.severity));
                q.addBindValue(e.code);
                q.addBindValue(e.kind);
                q.addBindValue(e.message);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        Store store = Store::open(path, QStringLiteral("t"));
        QCOMPARE(store.schemaVersion(), currentSchemaVersion());
        compareSummaryWithTable(store.database());
        store.addEvents({summaryEvent(500), summaryEvent(501)});
        compareSummaryWithTable(store.database());
    }

    void notificationsKeepWholeMail()
    {
        Store store = Store::open(m_dir.filePath(QStringLiteral("n.sqlite")), QStringLiteral("t"));
        store.addProvider({0, QStringLiteral("zayo"), {}, {}, {}, {}});
        QByteArray raw = "From: mr@zayo.com\r\nSubject: x\r\n\r\n" + QByteArray(3 * 1024 * 1024, 'a') + QByteArray("\0end", 4);
        const qint64 id = store.addIncomingMail({{}, QDateTime::currentDateTimeUtc(), QStringLiteral("<1@z>"),
                                                 QStringLiteral("mr@zayo.com"), QStringLiteral("x"), raw, {}});
        store.setNotificationOutcome(id, NotificationOutcome::ParsingFailed, QStringLiteral("zayo"), QStringLiteral("no table"));
        QCOMPARE(store.rawNotification(id), raw);
        const Notification n = store.notifications({id}).constFirst();
        QCOMPARE(n.outcome, NotificationOutcome::ParsingFailed);
        QCOMPARE(n.providerName, QStringLiteral("zayo"));
        QCOMPARE(n.error, QStringLiteral("no table"));
        QCOMPARE(n.size, raw.size());
    }

    void alarmsKeepHistory()
    {
        Store store = Store::open(m_dir.filePath(QStringLiteral("a.sqlite")), QStringLiteral("t"));
        Alarm a;
        a.objectRef = QStringLiteral("site FRA1");
        a.alarmType = QStringLiteral("redundancy-lost");
        a.severity = AlarmSeverity::Critical;
        const qint64 id = store.raiseAlarm(a, QStringLiteral("nocdesk"));
        QCOMPARE(store.setAlarmState({id}, AlarmState::Acknowledged, QStringLiteral("bob")), QList<qint64>{id});
        QCOMPARE(store.alarms({id}).constFirst().state, AlarmState::Acknowledged);
        const auto history = store.alarmHistory(id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(1).actor, QStringLiteral("bob"));
    }

    // A sync that owns a type of alarm reads only those, in the states it asks for, and asks
    // whether one with the same identity is already there.
    void alarmsByTypeStateAndIdentity()
    {
        Store store = Store::open(m_dir.filePath(QStringLiteral("alarm-types.sqlite")), QStringLiteral("alarm-types"));
        const auto raise = [&](const char *type, const char *object, const char *text) {
            Alarm a;
            a.alarmType = QString::fromLatin1(type);
            a.objectRef = QString::fromLatin1(object);
            a.text = QString::fromLatin1(text);
            return store.raiseAlarm(a, QStringLiteral("nocdesk"));
        };
        const qint64 lost = raise("redundancy-lost", "site FRA1", "all 2 circuits");
        const qint64 reduced = raise("redundancy-reduced", "site AMS1", "2 circuits");
        const qint64 closed = raise("redundancy-lost", "site FRA1", "all 3 circuits");
        const qint64 other = raise("link-down", "site FRA1", "all 2 circuits");
        store.setAlarmState({reduced}, AlarmState::Acknowledged, QStringLiteral("bob"));
        store.setAlarmState({closed}, AlarmState::Closed, QStringLiteral("bob"));
        store.setAlarmState({other}, AlarmState::Closed, QStringLiteral("bob"));

        const auto ids = [](const QList<Alarm> &alarms) {
            QList<qint64> result;
            for (const Alarm &a : alarms)
                result << a.id;
            return result;
        };
        const QStringList overlapTypes{QStringLiteral("redundancy-lost"), QStringLiteral("redundancy-reduced")};
        QCOMPARE(ids(store.alarms(overlapTypes, {AlarmState::Active, AlarmState::Acknowledged})), (QList<qint64>{lost, reduced}));
        QCOMPARE(ids(store.alarms(overlapTypes, {AlarmState::Closed})), QList<qint64>{closed});
        QCOMPARE(ids(store.alarms({QStringLiteral("link-down")}, {AlarmState::Closed})), QList<qint64>{other});
        QVERIFY(store.alarms(overlapTypes, {}).isEmpty());
        QCOMPARE(store.alarms(overlapTypes, {AlarmState::Active}).constFirst(), store.alarms({lost}).constFirst());

        QVERIFY(store.hasAlarm(QStringLiteral("redundancy-lost"), QStringLiteral("site FRA1"), QStringLiteral("all 3 circuits"),
                               {AlarmState::Closed}));
        QVERIFY(!store.hasAlarm(QStringLiteral("redundancy-lost"), QStringLiteral("site FRA1"), QStringLiteral("all 2 circuits"),
                                {AlarmState::Closed}));
        QVERIFY(store.hasAlarm(QStringLiteral("redundancy-lost"), QStringLiteral("site FRA1"), QStringLiteral("all 2 circuits"),
                               {AlarmState::Active, AlarmState::Closed}));
        QVERIFY(!store.hasAlarm(QStringLiteral("redundancy-lost"), QStringLiteral("site AMS1"), QStringLiteral("all 3 circuits"),
                                {AlarmState::Closed}));
    }

    // SqlQuery keeps prepared statements for reuse: a reused one must behave as a fresh one.
    void reusedStatementsBehaveAsFreshOnes()
    {
        const QString sql = QStringLiteral("SELECT count(*) FROM providers WHERE name = ? OR name = ?");
        const auto count = [&](const QSqlDatabase &db) {
            SqlQuery q(db, sql);
            q.bindAll({QStringLiteral("zayo"), QStringLiteral("lumen")}).exec();
            return q.next() ? q.value(0).toInt() : -1;
        };
        {
            Store store = Store::open(m_dir.filePath(QStringLiteral("reuse-1.sqlite")), QStringLiteral("reuse"));
            store.addProvider({0, QStringLiteral("zayo"), {}, {}, {}, {}});
            QCOMPARE(count(store.database()), 1);
            QCOMPARE(count(store.database()), 1); // the kept statement, run again

            // Bound only in part, it fails as a fresh statement does, rather than running with
            // the value its last run left behind.
            SqlQuery partial(store.database(), sql);
            partial.bind(QStringLiteral("zayo"));
            QVERIFY_THROWS_EXCEPTION(StoreError, partial.exec());
        }
        // The same connection name on another file: nothing of the first connection is reused.
        QSqlDatabase::removeDatabase(QStringLiteral("reuse"));
        Store other = Store::open(m_dir.filePath(QStringLiteral("reuse-2.sqlite")), QStringLiteral("reuse"));
        other.addProvider({0, QStringLiteral("lumen"), {}, {}, {}, {}});
        other.addProvider({0, QStringLiteral("zayo"), {}, {}, {}, {}});
        QCOMPARE(count(other.database()), 2);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
