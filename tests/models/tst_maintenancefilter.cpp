// The maintenances pane's filters over records read from a real store: each part narrows to the
// expected maintenances, time filters against a fixed "now", the UTC toggle, and the filter's
// saved form.
#include "DomainPrinters.h"
#include "Store.h"
#include "items/ItemRoles.h"
#include "items/LowerCase.h"
#include "items/MaintenanceFilter.h"
#include "items/MaintenanceFilterProxyModel.h"
#include "items/MaintenanceTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace nocdesk;

Q_DECLARE_METATYPE(nocdesk::MaintenanceFilter)

namespace {

const QDateTime kNow(QDate(2026, 12, 4), QTime(0, 0), Qt::UTC);

struct Seed
{
    QString provider;
    QString key;
    QString summary;
    MaintenanceStatus status;
    qint64 startHours;
    qint64 hours;
    QList<CircuitImpact> impacts;
    bool acknowledged;
};

CircuitImpact impact(const QString &ref, Impact i) { return {ref, 0, {}, i}; }

} // namespace

class TestMaintenanceFilter : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    MaintenanceTableModel m_model;
    MaintenanceFilterProxyModel m_proxy{&m_model};

    QStringList shownKeys() const
    {
        QStringList keys;
        for (int row = 0; row < m_proxy.rowCount(); ++row)
            keys << m_proxy.index(row, MaintenanceTableModel::MaintenanceId).data().toString();
        keys.sort();
        return keys;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Store store = Store::open(m_dir.filePath(QStringLiteral("filter.sqlite")), QStringLiteral("seed"));
        const qint64 zayo = store.addProvider({0, QStringLiteral("zayo"), QStringLiteral("Zayo"), {}, {}, {}});
        const qint64 lumen = store.addProvider({0, QStringLiteral("lumen"), QStringLiteral("Lumen"), {}, {}, {}});
        const qint64 arelion = store.addProvider({0, QStringLiteral("telia"), QStringLiteral("Arelion"), {}, {}, {}});
        QHash<QString, qint64> site;
        for (const char *name : {"FRA1", "FRA2", "AMS1", "LON1", "PAR1"})
            site.insert(QLatin1String(name), store.addSite({0, QLatin1String(name), {}, {}}));
        store.addCircuit({0, zayo, QStringLiteral("Z-100"), {}, site[QStringLiteral("FRA1")], 0, {}});
        store.addCircuit({0, zayo, QStringLiteral("Z-101"), {}, site[QStringLiteral("AMS1")], 0, {}});
        store.addCircuit({0, zayo, QStringLiteral("Z-102"), {}, site[QStringLiteral("FRA1")], 0, {}});
        store.addCircuit({0, lumen, QStringLiteral("L-200"), {}, site[QStringLiteral("LON1")], 0, {}});
        store.addCircuit({0, lumen, QStringLiteral("L-201"), {}, site[QStringLiteral("FRA2")], 0, {}});
        store.addCircuit({0, arelion, QStringLiteral("IC/300/ARE"), {}, site[QStringLiteral("PAR1")], 0, {}});

        const QList<Seed> seeds{
            {QStringLiteral("zayo"), QStringLiteral("A"), QStringLiteral("Fiber splice Frankfurt"), MaintenanceStatus::Confirmed,
             48, 4, {impact(QStringLiteral("Z-100"), Impact::Outage), impact(QStringLiteral("Z-101"), Impact::NoImpact)}, false},
            {QStringLiteral("zayo"), QStringLiteral("B"), QStringLiteral("Router upgrade"), MaintenanceStatus::InProcess,
             -1, 4, {impact(QStringLiteral("Z-102"), Impact::Degraded)}, true},
            {QStringLiteral("lumen"), QStringLiteral("C"), QStringLiteral("Line card swap"), MaintenanceStatus::Completed,
             -72, 4, {impact(QStringLiteral("L-200"), Impact::Outage)}, true},
            {QStringLiteral("lumen"), QStringLiteral("D"), QStringLiteral("Power work"), MaintenanceStatus::Cancelled,
             -480, 6, {impact(QStringLiteral("L-201"), Impact::ReducedRedundancy)}, false},
            {QStringLiteral("telia"), QStringLiteral("E"), QStringLiteral("Span move"), MaintenanceStatus::Rescheduled,
             240, 8, {impact(QStringLiteral("IC/300/ARE"), Impact::Outage)}, false},
            // Ends exactly now: over, and ended in the last day. Its circuit is not in the inventory.
            {QStringLiteral("zayo"), QStringLiteral("F"), QStringLiteral("Emergency fix"), MaintenanceStatus::Tentative,
             -4, 4, {impact(QStringLiteral("X-999"), Impact::Outage)}, false},
        };
        QList<qint64> acknowledged;
        for (const Seed &s : seeds) {
            Maintenance m;
            m.providerName = s.provider;
            m.maintenanceKey = s.key;
            m.summary = s.summary;
            m.status = s.status;
            m.start = kNow.addSecs(s.startHours * 3600);
            m.end = m.start.addSecs(s.hours * 3600);
            m.impacts = s.impacts;
            const qint64 id = store.createMaintenance(m, QStringLiteral("seed"));
            if (s.acknowledged)
                acknowledged << id;
        }
        store.setAcknowledged(acknowledged, true, QStringLiteral("seed"));

        m_model.replaceAll(store.maintenances());
        m_proxy.setClock([] { return kNow; });
        QCOMPARE(m_model.rowCount(), int(seeds.size()));
    }

    void eachFilterNarrows_data()
    {
        QTest::addColumn<MaintenanceFilter>("filter");
        QTest::addColumn<QStringList>("expected");
        const auto keys = [](const char *list) { return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts); };
        MaintenanceFilter f;
        QTest::newRow("none") << f << keys("A B C D E F");

        f = {};
        f.statuses = {MaintenanceStatus::Confirmed};
        QTest::newRow("status: one") << f << keys("A");
        f.statuses = {MaintenanceStatus::Confirmed, MaintenanceStatus::InProcess};
        QTest::newRow("status: two") << f << keys("A B");

        f = {};
        f.provider = QStringLiteral("zayo");
        QTest::newRow("provider: by name") << f << keys("A B F");
        f.provider = QStringLiteral("ARELION");
        QTest::newRow("provider: by label, any case") << f << keys("E");
        f.provider = QStringLiteral("lum*");
        QTest::newRow("provider: wildcard") << f << keys("C D");
        f.provider = QStringLiteral("arel");
        QTest::newRow("provider: part of a name is not the name") << f << keys("");

        f = {};
        f.site = QStringLiteral("fra1");
        QTest::newRow("site") << f << keys("A B");
        f.site = QStringLiteral("FRA?");
        QTest::newRow("site: wildcard") << f << keys("A B D");

        f = {};
        f.circuit = QStringLiteral("z-101");
        QTest::newRow("circuit: a second circuit of a maintenance") << f << keys("A");
        f.circuit = QStringLiteral("ic/300/*");
        QTest::newRow("circuit: wildcard across slashes") << f << keys("E");
        f.circuit = QStringLiteral("X-999");
        QTest::newRow("circuit: not in the inventory") << f << keys("F");

        f = {};
        f.ack = MaintenanceFilter::Ack::Unacknowledged;
        QTest::newRow("ack: to acknowledge") << f << keys("A D E F");
        f.ack = MaintenanceFilter::Ack::Acknowledged;
        QTest::newRow("ack: acknowledged") << f << keys("B C");

        f = {};
        f.time = MaintenanceFilter::Time::Upcoming;
        QTest::newRow("time: upcoming") << f << keys("A E");
        f.time = MaintenanceFilter::Time::RunningNow;
        QTest::newRow("time: running now (ending now is over)") << f << keys("B");
        f.time = MaintenanceFilter::Time::PastDays;
        f.pastDays = 1;
        QTest::newRow("time: ended in the last day") << f << keys("F");
        f.pastDays = 7;
        QTest::newRow("time: ended in the last 7 days") << f << keys("C F");
        f.pastDays = 30;
        QTest::newRow("time: ended in the last 30 days") << f << keys("C D F");

        f = {};
        f.text = QStringLiteral("zayo outage");
        QTest::newRow("text: provider and impact") << f << keys("A F");
        f.text = QStringLiteral("SPLICE");
        QTest::newRow("text: summary, any case") << f << keys("A");
        f.text = QStringLiteral("fra1");
        QTest::newRow("text: site") << f << keys("A B");
        f.text = QStringLiteral("in process");
        QTest::newRow("text: status as shown") << f << keys("B");

        f = {};
        f.provider = QStringLiteral("Zayo");
        f.ack = MaintenanceFilter::Ack::Unacknowledged;
        f.time = MaintenanceFilter::Time::Upcoming;
        QTest::newRow("all together") << f << keys("A");
    }

    void eachFilterNarrows()
    {
        QFETCH(MaintenanceFilter, filter);
        QFETCH(QStringList, expected);
        QAbstractItemModelTester tester(&m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxy.setFilter(filter);
        QCOMPARE(shownKeys(), expected);
        m_proxy.setFilter({});
        QCOMPARE(m_proxy.rowCount(), m_model.rowCount());
    }

    // The filter field's words are the text part of the filter.
    void filterWordsAreTheText()
    {
        MaintenanceFilter f;
        f.provider = QStringLiteral("zayo");
        m_proxy.setFilter(f);
        m_proxy.setFilterWords(QStringLiteral("router"));
        QCOMPARE(shownKeys(), QStringList{QStringLiteral("B")});
        QCOMPARE(m_proxy.filter().text, QStringLiteral("router"));
        QCOMPARE(m_proxy.filter().provider, QStringLiteral("zayo"));
        m_proxy.setFilter({});
    }

    // "Running now" follows the clock.
    void timeFiltersFollowTheClock()
    {
        MaintenanceFilter f;
        f.time = MaintenanceFilter::Time::RunningNow;
        m_proxy.setFilter(f);
        QCOMPARE(shownKeys(), QStringList{QStringLiteral("B")});
        m_proxy.setClock([] { return kNow.addSecs(48 * 3600 + 60); });
        QCOMPARE(shownKeys(), QStringList{QStringLiteral("A")});
        m_proxy.setClock([] { return kNow; });
        m_proxy.setFilter({});
    }

    // Records that change (an acknowledgement) are filtered by their new keys.
    void changedRecordsRefilter()
    {
        MaintenanceFilter f;
        f.ack = MaintenanceFilter::Ack::Unacknowledged;
        f.site = QStringLiteral("PAR1");
        m_proxy.setFilter(f);
        QCOMPARE(shownKeys(), QStringList{QStringLiteral("E")});
        Maintenance e = m_model.at(m_model.rowOfId(m_proxy.index(0, 0).data(IdRole).toLongLong()));
        e.acknowledged = true;
        m_model.upsert({e});
        QCOMPARE(shownKeys(), QStringList());
        e.acknowledged = false;
        e.impacts.first().siteName = QStringLiteral("AMS1");
        m_model.upsert({e});
        QCOMPARE(shownKeys(), QStringList());
        f.site = QStringLiteral("ams1");
        m_proxy.setFilter(f);
        QCOMPARE(shownKeys(), (QStringList{QStringLiteral("A"), QStringLiteral("E")}));
        e.impacts.first().siteName = QStringLiteral("PAR1");
        m_model.upsert({e});
        m_proxy.setFilter({});
    }

    void knownValuesForTheLists()
    {
        const MaintenanceTableModel::KnownValues known = m_model.knownValues();
        QCOMPARE(known.providers, (QStringList{QStringLiteral("Arelion"), QStringLiteral("Lumen"), QStringLiteral("Zayo")}));
        QCOMPARE(known.sites, (QStringList{QStringLiteral("AMS1"), QStringLiteral("FRA1"), QStringLiteral("FRA2"),
                                           QStringLiteral("LON1"), QStringLiteral("PAR1")}));
        QVERIFY(known.circuits.contains(QStringLiteral("IC/300/ARE")));
        QVERIFY(known.circuits.contains(QStringLiteral("X-999")));
    }

    // Start and end show their zone; switching to UTC changes the text and the zone, in place.
    void utcToggleChangesTextAndZone()
    {
        const int row = m_model.rowOfId(m_model.at(0).id);
        int a = -1;
        for (int r = 0; r < m_model.rowCount(); ++r)
            a = m_model.at(r).maintenanceKey == QLatin1String("A") ? r : a;
        QVERIFY(row >= 0 && a >= 0);
        QSignalSpy changed(&m_model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&m_model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&m_model, &QAbstractItemModel::rowsRemoved);

        m_model.setTimeZone(QTimeZone("Europe/Berlin"));
        QCOMPARE(m_model.index(a, MaintenanceTableModel::Start).data().toString(), QStringLiteral("2026-12-06 01:00 CET"));
        QCOMPARE(m_model.index(a, MaintenanceTableModel::End).data().toString(), QStringLiteral("2026-12-06 05:00 CET"));
        m_model.setTimeZone(QTimeZone::utc());
        QCOMPARE(m_model.index(a, MaintenanceTableModel::Start).data().toString(), QStringLiteral("2026-12-06 00:00 UTC"));
        QCOMPARE(m_model.index(a, MaintenanceTableModel::End).data().toString(), QStringLiteral("2026-12-06 04:00 UTC"));
        // The raw value (what sorting and filtering use) is the same instant either way.
        QCOMPARE(m_model.index(a, MaintenanceTableModel::Start).data(RawRole).toDateTime(), kNow.addDays(2));

        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(MaintenanceTableModel::Start));
        QCOMPARE(changed.at(0).at(1).toModelIndex().column(), int(MaintenanceTableModel::End));
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), m_model.rowCount() - 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 0);
        m_model.setTimeZone({});
    }

    // 6,100 maintenances with every kind of text the keys lower-case, non-ASCII included.
    static QList<Maintenance> manyRecords()
    {
        const QString sites[] = {QStringLiteral("FRA1"), QStringLiteral("Zürich-2"), QStringLiteral("İZMİR")};
        const QString providers[] = {QStringLiteral("Zayo"), QStringLiteral("Türk Telekom")};
        QList<Maintenance> records;
        for (int i = 0; i < 6100; ++i) { // 13 chunks of 500, the last one partial
            Maintenance m;
            m.id = i + 1;
            m.providerName = providers[i % 2].toLower();
            m.providerLabel = providers[i % 2];
            m.maintenanceKey = QStringLiteral("CHG-%1").arg(i);
            m.summary = i % 3 ? QStringLiteral("Fiber SPLICE near Straße %1").arg(i) : QStringLiteral("Router upgrade");
            m.status = MaintenanceStatus(i % 7);
            m.start = kNow.addSecs(3600LL * i);
            m.end = m.start.addSecs(7200);
            for (int c = 0; c < 1 + i % 3; ++c)
                m.impacts.append({QStringLiteral("IC-%1").arg((i + c) % 500), c + 1, sites[(i + c) % 3], Impact((i + c) % 4)});
            records.append(m);
        }
        return records;
    }

    static void compareKeys(const MaintenanceTableModel::SearchKeys &a, const MaintenanceTableModel::SearchKeys &b)
    {
        QCOMPARE(a.text, b.text);
        QCOMPARE(a.providers, b.providers);
        QCOMPARE(a.sites, b.sites);
        QCOMPARE(a.circuits, b.circuits);
        QCOMPARE(a.start, b.start);
        QCOMPARE(a.end, b.end);
        QCOMPARE(a.worstImpact, b.worstImpact);
    }

    // The text keys of a whole store's worth are built in chunks in the background, and by the
    // thread that asks for them before they are done; a few at a time they are built at once.
    // Both must give every record the same keys, chunk edges and non-ASCII text included.
    void searchKeysAreTheSameBuiltInTheBackground()
    {
        const QList<Maintenance> records = manyRecords();
        MaintenanceTableModel whole;
        whole.replaceAll(records);
        MaintenanceTableModel few;
        for (qsizetype from = 0; from < records.size(); from += 1000)
            few.upsert(records.mid(from, 1000));
        QVERIFY(few.searchKeysComplete());
        // Only this thread takes them in, so they cannot be complete before it asks.
        QVERIFY(!whole.searchKeysComplete());
        QCOMPARE(whole.rowCount(), int(records.size()));
        QCOMPARE(few.rowCount(), int(records.size()));
        for (int row = 0; row < whole.rowCount(); ++row) {
            compareKeys(whole.searchKeys(row), few.searchKeys(few.rowOfId(whole.at(row).id)));
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY(whole.searchKeysComplete());
        // What they hold: lower-cased as QString::toLower would.
        const MaintenanceTableModel::SearchKeys &inLastChunk = whole.searchKeys(whole.rowOfId(6099));
        QVERIFY(inLastChunk.text.contains(QStringLiteral("fiber splice near straße 6098")));
        QCOMPARE(inLastChunk.sites, (QStringList{QStringLiteral("İZMİR").toLower(), QStringLiteral("fra1"), QStringLiteral("zürich-2")}));
        QCOMPARE(inLastChunk.providers, (QStringList{QStringLiteral("zayo")}));
        QCOMPARE(whole.searchKeys(whole.rowOfId(6100)).providers, (QStringList{QStringLiteral("türk telekom")}));
    }

    // Left alone, the background build hands its keys over through the event loop and says so.
    void searchKeysBuiltSignalled()
    {
        const QList<Maintenance> records = manyRecords();
        MaintenanceTableModel model;
        QSignalSpy built(&model, &MaintenanceTableModel::searchKeysBuilt);
        model.replaceAll(records);
        QVERIFY(!model.searchKeysComplete());
        QVERIFY(built.wait(30000));
        QVERIFY(model.searchKeysComplete());
        const int row = model.rowOfId(4000);
        QVERIFY(model.searchKeys(row).text.contains(QStringLiteral("chg-3999")));
        QCOMPARE(built.size(), 1);
    }

    // A record updated while the keys of the arrival before are still being built keeps the
    // keys of its new version: the older build must not overwrite them when it lands.
    void upsertWhileKeysAreBuiltKeepsTheNewKeys()
    {
        const QList<Maintenance> records = manyRecords();
        MaintenanceTableModel model;
        model.replaceAll(records);
        Maintenance changed = records.at(41);
        changed.summary = QStringLiteral("Power work in Hall B");
        changed.impacts = {{QStringLiteral("NEW-CIRCUIT-9"), 77, QStringLiteral("Lisbon"), Impact::Degraded}};
        model.upsert({changed});
        QVERIFY(!model.searchKeysComplete()); // the update did not wait for the build
        // Asking waits for the build and takes its keys in, passing over the updated record.
        const MaintenanceTableModel::SearchKeys &keys = model.searchKeys(model.rowOfId(changed.id));
        QVERIFY(model.searchKeysComplete());
        QVERIFY(keys.text.contains(QStringLiteral("power work in hall b")));
        QVERIFY(!keys.text.contains(QStringLiteral("splice")));
        QCOMPARE(keys.circuits, (QStringList{QStringLiteral("new-circuit-9")}));
        QCOMPARE(keys.sites, (QStringList{QStringLiteral("lisbon")}));
        // The others have theirs.
        QVERIFY(model.searchKeys(model.rowOfId(43)).text.contains(QStringLiteral("chg-42")));
    }

    // A new whole list while the keys of the one before are built: that build is abandoned, and
    // nothing of it lands on the new records.
    void newListAbandonsTheBuild()
    {
        const QList<Maintenance> records = manyRecords();
        MaintenanceTableModel model;
        QSignalSpy built(&model, &MaintenanceTableModel::searchKeysBuilt);
        model.replaceAll(records);
        QVERIFY(!model.searchKeysComplete());
        QList<Maintenance> few = records.mid(0, 3);
        for (Maintenance &m : few)
            m.summary = QStringLiteral("Replaced %1").arg(m.id);
        model.replaceAll(few);
        QVERIFY(model.searchKeysComplete());
        QCOMPARE(model.rowCount(), 3);
        for (int row = 0; row < 3; ++row) {
            const QString expected = QStringLiteral("replaced %1").arg(model.at(row).id);
            QVERIFY2(model.searchKeys(row).text.contains(expected), qPrintable(model.searchKeys(row).text));
        }
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QCOMPARE(built.size(), 0);
        QVERIFY(model.searchKeys(0).text.contains(QStringLiteral("replaced")));

        // And a model that goes away while it builds leaves the pool thread to finish alone.
        {
            MaintenanceTableModel gone;
            gone.replaceAll(records);
        }
        QThreadPool::globalInstance()->waitForDone();
    }

    // A filter that is set when the pane opens (a saved one) shows exactly its rows at once:
    // it waits for the keys rather than matching against empty ones.
    void filterSetBeforeTheRecordsArriveMatchesThem()
    {
        const QList<Maintenance> records = manyRecords();
        MaintenanceTableModel model;
        MaintenanceFilterProxyModel proxy(&model);
        proxy.setClock([] { return kNow; });
        MaintenanceFilter filter;
        filter.text = QStringLiteral("splice");
        filter.site = QStringLiteral("zürich-2");
        proxy.setFilter(filter);
        model.replaceAll(records);
        int expected = 0;
        for (const Maintenance &m : records) {
            const bool hasSite = std::any_of(m.impacts.cbegin(), m.impacts.cend(),
                                             [](const CircuitImpact &ci) { return ci.siteName == QStringLiteral("Zürich-2"); });
            expected += m.summary.contains(QStringLiteral("SPLICE")) && hasSite ? 1 : 0;
        }
        QVERIFY(expected > 1000);
        QCOMPARE(proxy.rowCount(), expected);
    }

    void lowerCaseIsToLower_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("ascii") << QStringLiteral("ZYO-FRA-1 Fiber Splice");
        QTest::newRow("non-ascii at the start") << QStringLiteral("Äußere Ringleitung");
        QTest::newRow("non-ascii in the middle") << QStringLiteral("Zürich ZRH-2");
        QTest::newRow("longer once lower-cased") << QStringLiteral("İSTANBUL-1");
        QTest::newRow("greek") << QStringLiteral("ΑΘΗΝΑ");
    }

    void lowerCaseIsToLower()
    {
        QFETCH(QString, text);
        QCOMPARE(lowerCase(text), text.toLower());
        QString appended = QStringLiteral("PREFIX ");
        appendLowerCase(appended, text);
        QCOMPARE(appended, QStringLiteral("PREFIX ") + text.toLower());
    }

    void savedFormUsesNames()
    {
        MaintenanceFilter f;
        f.statuses = {MaintenanceStatus::InProcess, MaintenanceStatus::Rescheduled};
        f.provider = QStringLiteral("zayo");
        f.site = QStringLiteral("FRA*");
        f.circuit = QStringLiteral("Z-100");
        f.ack = MaintenanceFilter::Ack::Unacknowledged;
        f.time = MaintenanceFilter::Time::PastDays;
        f.pastDays = 3;
        f.text = QStringLiteral("splice");
        const QVariantMap map = f.toMap();
        QCOMPARE(map.value(QStringLiteral("statuses")).toStringList(),
                 (QStringList{QStringLiteral("IN-PROCESS"), QStringLiteral("RE-SCHEDULED")}));
        QCOMPARE(map.value(QStringLiteral("ack")).toString(), QStringLiteral("to-acknowledge"));
        QCOMPARE(map.value(QStringLiteral("time")).toString(), QStringLiteral("past-days"));
        QCOMPARE(MaintenanceFilter::fromMap(map), f);

        // A hand-edited or older entry: what is unknown means "any", the rest still applies.
        const QVariantMap odd{{QStringLiteral("statuses"), QStringList{QStringLiteral("BOGUS"), QStringLiteral("confirmed")}},
                              {QStringLiteral("ack"), QStringLiteral("maybe")},
                              {QStringLiteral("time"), QStringLiteral("yesterday")},
                              {QStringLiteral("pastDays"), -4},
                              {QStringLiteral("provider"), QStringLiteral("lumen")}};
        const MaintenanceFilter read = MaintenanceFilter::fromMap(odd);
        QCOMPARE(read.statuses, QList<MaintenanceStatus>{MaintenanceStatus::Confirmed});
        QCOMPARE(read.ack, MaintenanceFilter::Ack::All);
        QCOMPARE(read.time, MaintenanceFilter::Time::Any);
        QCOMPARE(read.pastDays, 7);
        QCOMPARE(read.provider, QStringLiteral("lumen"));
        QVERIFY(MaintenanceFilter::fromMap({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMaintenanceFilter)
#include "tst_maintenancefilter.moc"
