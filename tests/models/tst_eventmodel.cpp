// The Live Events model against a real SQLite store: every order and filter pages through
// the same rows, in the same order, as the whole table sorted and filtered in memory; pages
// join without a gap or a repeat; the pages the pane reads go through the partial indexes or
// walk the table in id order, and the model sorts only by the columns that keeps fast; live
// rows land where the order puts them while a view keeps its selection; and the rows held in
// memory stay bounded however far the view scrolls.
#include "Store.h"
#include "items/EventTableModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace nocdesk;

Q_DECLARE_METATYPE(nocdesk::EventFilter)
Q_DECLARE_METATYPE(nocdesk::EventOrder)

namespace {

const QDateTime kStart = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);

// Mixed values so every order has ties and every filter keeps some rows and drops others.
Event makeEvent(int i)
{
    Event e;
    e.receivedAt = kStart.addSecs(i);
    e.eventTime = i % 13 == 0 ? QDateTime() : kStart.addSecs(i - (i % 5) * 60); // some clocks lag
    e.host = QStringLiteral("fra1-edge-%1").arg(i % 7, 2, 10, QLatin1Char('0'));
    e.os = QStringLiteral("ios");
    e.severity = Severity(i % 8);
    e.code = QStringLiteral("LINK-%1-UPDOWN").arg(i % 5);
    e.kind = i % 3 == 0 ? QStringLiteral("INTERFACE_DOWN") : QStringLiteral("INTERFACE_UP");
    e.message = QStringLiteral("Interface Gi0/%1 changed state, line %2%3").arg(i % 48).arg(i).arg(i % 11 == 0 ? QStringLiteral(" 50%_off") : QString());
    e.values = {{QStringLiteral("interface"), QStringLiteral("Gi0/%1").arg(i % 48)}};
    e.status = i % 10 == 0 ? EventStatus::Suppressed : EventStatus::New;
    e.count = 1 + i % 4;
    e.raw = QStringLiteral("<187>%1: %2: %LINK-3-UPDOWN: %3").arg(i).arg(e.host, e.message).toUtf8();
    return e;
}

// The reference: what the filter keeps, in plain C++ (ASCII case-insensitive words, as LIKE).
bool passes(const Event &e, const EventFilter &f)
{
    auto match = [](const QString &value, const QString &wanted) {
        if (wanted.isEmpty())
            return true;
        if (wanted.contains(QLatin1Char('*')) || wanted.contains(QLatin1Char('?')))
            return QRegularExpression(QRegularExpression::wildcardToRegularExpression(wanted)).match(value).hasMatch();
        return value == wanted;
    };
    if (!match(e.host, f.host) || !match(e.code, f.code) || !match(e.kind, f.kind))
        return false;
    if (f.severity && (f.severityOrWorse ? e.severity > *f.severity : e.severity != *f.severity))
        return false;
    if (f.status && e.status != *f.status)
        return false;
    const QDateTime shown = e.eventTime.isValid() ? e.eventTime : e.receivedAt;
    if ((f.from.isValid() && shown < f.from) || (f.to.isValid() && shown > f.to))
        return false;
    for (const QString &word : f.words()) {
        if (!QString::fromUtf8(e.raw).contains(word, Qt::CaseInsensitive) && !e.message.contains(word, Qt::CaseInsensitive)
            && !e.kind.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

QList<qint64> expectedIds(const QList<Event> &all, const EventFilter &f, const EventOrder &order)
{
    QList<Event> kept;
    std::copy_if(all.cbegin(), all.cend(), std::back_inserter(kept), [&f](const Event &e) { return passes(e, f); });
    std::sort(kept.begin(), kept.end(), [&order](const Event &a, const Event &b) {
        return compareKeys(eventKey(a, order), eventKey(b, order), order) < 0;
    });
    QList<qint64> ids;
    for (const Event &e : kept)
        ids << e.id;
    return ids;
}

EventTableModel::Column columnOf(EventSortKey key)
{
    static constexpr EventTableModel::Column columns[] = {EventTableModel::Time, EventTableModel::Host, EventTableModel::Severity,
                                                          EventTableModel::Code, EventTableModel::Kind, EventTableModel::Message,
                                                          EventTableModel::Status, EventTableModel::Count};
    return columns[int(key)];
}

// Discovers every row, as a view scrolling to the end would.
QList<qint64> allIds(EventTableModel &model)
{
    while (!model.atEnd())
        model.fetchNextPage();
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(IdRole).toLongLong();
    return ids;
}

} // namespace

class TestEventModel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    QList<Event> m_all; // with their store ids
    int m_next = 0;

    void addEvents(int count, bool rare = false)
    {
        QList<Event> batch;
        for (int i = 0; i < count; ++i) {
            batch << makeEvent(m_next++);
            if (rare) {
                // A device, code and kind few rows have, at one severity.
                batch.last().host = QStringLiteral("lon1-core-01");
                batch.last().code = QStringLiteral("BGP-5-ADJCHANGE");
                batch.last().kind = QStringLiteral("BGP_NEIGHBOR_STATE_CHANGED");
                batch.last().severity = Severity::Notice;
            }
        }
        Store store = Store::forCurrentThread(m_path);
        const QList<qint64> ids = store.addEvents(batch);
        // Repeats counted after the rows were stored, as the intake counts them (event_repeats):
        // the count the pane shows and sorts by is the sum.
        QHash<qint64, int> repeats;
        for (int i = 0; i < count; i += 7) {
            repeats.insert(ids.at(i), 1 + i % 3);
            batch[i].count += 1 + i % 3;
        }
        store.addEvents({}, repeats);
        for (int i = 0; i < count; ++i) {
            batch[i].id = ids.at(i);
            m_all << batch.at(i);
        }
    }

    // What the console's live tail does: the filter's new rows, then the model places them.
    void deliverNewRows(EventTableModel &model)
    {
        const Store store = Store::forCurrentThread(m_path);
        const qint64 newest = store.newestEventId();
        QVERIFY(model.addNewRows(model.generation(), store.eventsAfter(model.filter(), model.horizon(), newest, 100000), newest));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("events.sqlite"));
        (void)Store::open(m_path, QStringLiteral("test"));
        // More than the model may hold, so scrolling through all of it must drop pages. A few
        // rare rows in between, the last among the newest.
        addEvents(2000);
        addEvents(2, true);
        addEvents(2000);
        addEvents(1, true);
        addEvents(1997);
        addEvents(1, true);
        addEvents(2);
    }

    // The orders the pane offers: time, severity, status.
    void ordersPageLikeTheWholeTable_data()
    {
        QTest::addColumn<EventOrder>("order");
        const QList<std::pair<const char *, EventSortKey>> keys{
            {"arrival", EventSortKey::Arrival}, {"severity", EventSortKey::Severity}, {"status", EventSortKey::Status}};
        for (const auto &[name, key] : keys) {
            QTest::addRow("%s descending", name) << EventOrder{key, true};
            QTest::addRow("%s ascending", name) << EventOrder{key, false};
        }
    }

    void ordersPageLikeTheWholeTable()
    {
        QFETCH(EventOrder, order);
        EventTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabasePath(m_path);
        model.reload();
        model.setFilter({});
        model.sort(columnOf(order.key), order.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        QCOMPARE(model.order(), order);
        QCOMPARE(model.rowCount(), EventTableModel::kPageSize); // the first page, read with the reset
        QCOMPARE(allIds(model), expectedIds(m_all, {}, order));
        QVERIFY(model.atEnd());
    }

    // The others would read the whole store for every page: the model keeps its order, and the
    // header says the column does not sort (the pane's header then keeps its indicator).
    void otherColumnsDoNotSort()
    {
        EventTableModel model;
        model.setDatabasePath(m_path);
        model.reload();
        model.sort(EventTableModel::Severity, Qt::DescendingOrder);
        const quint64 generation = model.generation();
        for (int column : {EventTableModel::Host, EventTableModel::Code, EventTableModel::Kind, EventTableModel::Message,
                           EventTableModel::Count}) {
            model.sort(column, Qt::AscendingOrder);
            QCOMPARE(model.order(), (EventOrder{EventSortKey::Severity, true}));
            QCOMPARE(model.generation(), generation); // nothing was read again
            QCOMPARE(model.headerData(column, Qt::Horizontal, SortableRole), QVariant(false));
            QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        }
        for (int column : {EventTableModel::Time, EventTableModel::Severity, EventTableModel::Status}) {
            QCOMPARE(model.headerData(column, Qt::Horizontal, SortableRole), QVariant(true));
            QVERIFY(model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).isNull());
        }
        // A first click on time or severity shows the newest, the most severe first.
        QCOMPARE(model.headerData(EventTableModel::Time, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(), int(Qt::DescendingOrder));
        QCOMPARE(model.headerData(EventTableModel::Severity, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(),
                 int(Qt::DescendingOrder));
    }

    // The store pages every order with every filter like the whole table sorted and filtered,
    // from the start, after a key and at a key (how the model reads a dropped segment again).
    // Severity and status are read one value at a time; filters on the rare severities and
    // statuses go through the partial indexes.
    void storePagesEveryOrderAndFilter_data()
    {
        QTest::addColumn<EventOrder>("order");
        QTest::addColumn<EventFilter>("filter");
        QList<std::pair<QByteArray, EventFilter>> filters;
        EventFilter f;
        filters.append({"all", f});
        f.severity = Severity::Critical;
        filters.append({"critical or worse", f});
        f.severity = Severity::Warning;
        filters.append({"warning or worse", f});
        f.severityOrWorse = false;
        filters.append({"only warning", f});
        f.severity = Severity::Alert;
        filters.append({"only alert", f});
        f = {};
        f.status = EventStatus::Suppressed;
        filters.append({"suppressed", f});
        f.status = EventStatus::Failed;
        filters.append({"failed (none)", f});
        f.status = EventStatus::New;
        filters.append({"new", f});
        f = {};
        f.host = QStringLiteral("fra1-edge-03");
        f.severity = Severity::Error;
        filters.append({"device, error or worse", f});
        // What the summary answers (migration 9): values no row has, rare ones, and severities
        // the filter keeps no row of.
        f = {};
        f.host = QStringLiteral("nowhere");
        filters.append({"no such device", f});
        f.host = QStringLiteral("lon1-core-01");
        filters.append({"rare device", f});
        f.host = QStringLiteral("lon1-*");
        f.severity = Severity::Notice;
        filters.append({"rare device glob, notice or worse", f});
        f.host = QStringLiteral("lon1-core-01");
        f.severity = Severity::Warning;
        f.severityOrWorse = false;
        filters.append({"rare device, only warning (none)", f});
        f = {};
        f.code = QStringLiteral("BGP-5-ADJCHANGE");
        filters.append({"rare code", f});
        f.severity = Severity::Warning;
        filters.append({"rare code, warning or worse (none)", f});
        f = {};
        f.kind = QStringLiteral("BGP_NEIGHBOR_STATE_CHANGED");
        f.status = EventStatus::New;
        filters.append({"rare kind, new", f});
        f = {};
        f.host = QStringLiteral("fra1-edge-03");
        f.code = QStringLiteral("BGP-5-ADJCHANGE");
        filters.append({"common device, rare code of another (none)", f});
        f = {};
        f.code = QStringLiteral("LINK-2-UPDOWN");
        filters.append({"code", f});
        const QList<std::pair<const char *, EventSortKey>> keys{
            {"arrival", EventSortKey::Arrival}, {"host", EventSortKey::Host},       {"severity", EventSortKey::Severity},
            {"code", EventSortKey::Code},       {"kind", EventSortKey::Kind},       {"message", EventSortKey::Message},
            {"status", EventSortKey::Status},   {"count", EventSortKey::Count}};
        for (const auto &[name, key] : keys) {
            for (const auto &[filterName, filter] : std::as_const(filters)) {
                // The orders the pane does not offer with the unfiltered table only.
                if (!EventTableModel::isSortable(columnOf(key)) && !filter.isEmpty())
                    continue;
                QTest::addRow("%s descending, %s", name, filterName.constData()) << EventOrder{key, true} << filter;
                QTest::addRow("%s ascending, %s", name, filterName.constData()) << EventOrder{key, false} << filter;
            }
        }
    }

    void storePagesEveryOrderAndFilter()
    {
        QFETCH(EventOrder, order);
        QFETCH(EventFilter, filter);
        const Store store = Store::forCurrentThread(m_path);
        const QList<qint64> expected = expectedIds(m_all, filter, order);
        const qint64 horizon = store.newestEventId();
        constexpr int kPage = 97; // pages end inside and at the edges of values
        QList<Event> rows;
        QList<Event> page = store.eventPage(filter, order, EventPageStart::begin(), horizon, kPage);
        while (!page.isEmpty()) {
            rows << page;
            if (page.size() < kPage)
                break;
            page = store.eventPage(filter, order, EventPageStart::after(eventKey(rows.constLast(), order)), horizon, kPage);
        }
        QList<qint64> ids;
        for (const Event &e : std::as_const(rows))
            ids << e.id;
        QCOMPARE(ids, expected);
        for (int at : {1, 96, 97, 250, int(rows.size()) / 2, int(rows.size()) - 1}) {
            if (at < 0 || at >= rows.size())
                continue;
            const QList<Event> from = store.eventPage(filter, order, EventPageStart::at(eventKey(rows.at(at), order)), horizon, 3);
            QList<qint64> fromIds;
            for (const Event &e : from)
                fromIds << e.id;
            QCOMPARE(fromIds, expected.mid(at, 3));
        }
    }

    // What keeps the pane's pages fast without costing the writer: rare severities and
    // statuses are found through the partial indexes, every other page walks the table in id
    // order, and nothing the pane offers sorts the table.
    void pagesUseThePartialIndexes()
    {
        const Store store = Store::forCurrentThread(m_path);
        const EventOrder newest;
        auto plan = [&store](const EventFilter &f, const EventOrder &o) {
            return store.eventPagePlan(f, o, EventPageStart::begin()).join(QLatin1Char('\n'));
        };
        // A walk in id order: the whole table, or between two ids (the summary's range).
        auto scans = [](const QString &steps) {
            const QStringList lines = steps.split(QLatin1Char('\n'));
            return std::count_if(lines.cbegin(), lines.cend(), [](const QString &step) {
                return step == QLatin1String("SCAN events")
                    || step == QLatin1String("SEARCH events USING INTEGER PRIMARY KEY (rowid>? AND rowid<?)");
            });
        };
        auto readsEvents = [](const QString &steps) { return steps.contains(QRegularExpression(QStringLiteral("\\bevents\\b"))); };

        EventFilter rare;
        rare.severity = Severity::Alert; // emergency or alert: one index range each, merged
        QString steps = plan(rare, newest);
        QVERIFY2(steps.count(QLatin1String("events_severe")) == 2 && scans(steps) == 0, qPrintable(steps));
        rare.severityOrWorse = false;
        steps = plan(rare, newest);
        QVERIFY2(steps.contains(QLatin1String("events_severe")) && scans(steps) == 0, qPrintable(steps));

        EventFilter failed;
        failed.status = EventStatus::Failed;
        steps = plan(failed, newest);
        QVERIFY2(steps.contains(QLatin1String("events_handled")) && scans(steps) == 0, qPrintable(steps));

        // Most severe first: emergency..error from the index, warning..debug walk in id order.
        steps = plan({}, EventOrder{EventSortKey::Severity, true});
        QVERIFY2(steps.count(QLatin1String("events_severe")) == 4 && scans(steps) == 4 && !steps.contains(QLatin1String("TEMP B-TREE")),
                 qPrintable(steps));
        // By status: every status but NEW from the index.
        steps = plan({}, EventOrder{EventSortKey::Status, false});
        QVERIFY2(steps.count(QLatin1String("events_handled")) == 6 && scans(steps) == 1 && !steps.contains(QLatin1String("TEMP B-TREE")),
                 qPrintable(steps));
        // Common values walk the newest rows.
        EventFilter device;
        device.host = QStringLiteral("fra1-edge-03");
        device.severity = Severity::Warning;
        steps = plan(device, newest);
        QVERIFY2(scans(steps) == 1 && !steps.contains(QLatin1String("TEMP B-TREE")), qPrintable(steps));

        // The summary (migration 9): a value no row has reads no event at all; a rare one is
        // searched between its first and last id; a sort by severity has an arm only for the
        // severities the filter has rows of.
        EventFilter none;
        none.host = QStringLiteral("nowhere");
        for (const EventOrder &order : {newest, EventOrder{EventSortKey::Severity, false}, EventOrder{EventSortKey::Status, true}}) {
            steps = plan(none, order);
            QVERIFY2(!readsEvents(steps), qPrintable(steps));
        }
        EventFilter rareCode;
        rareCode.code = QStringLiteral("BGP-5-ADJCHANGE");
        rareCode.severity = Severity::Warning; // that code is a notice
        steps = plan(rareCode, newest);
        QVERIFY2(!readsEvents(steps), qPrintable(steps));
        rareCode.severity.reset();
        steps = plan(rareCode, newest);
        QVERIFY2(steps.contains(QLatin1String("rowid>? AND rowid<?")) && scans(steps) == 1, qPrintable(steps));
        steps = plan(rareCode, EventOrder{EventSortKey::Severity, false});
        QVERIFY2(scans(steps) == 1 && !steps.contains(QLatin1String("events_severe")), qPrintable(steps));
        // A device's severities too: that device's rows are all notices.
        EventFilter rareDevice;
        rareDevice.host = QStringLiteral("lon1-core-01");
        steps = plan(rareDevice, EventOrder{EventSortKey::Severity, true});
        QVERIFY2(scans(steps) == 1 && !steps.contains(QLatin1String("events_severe")), qPrintable(steps));
        rareDevice.severity = Severity::Warning;
        rareDevice.severityOrWorse = false;
        steps = plan(rareDevice, newest);
        QVERIFY2(!readsEvents(steps), qPrintable(steps));
    }

    void severityDescendingIsWorstFirstNewestFirst()
    {
        EventTableModel model;
        model.setDatabasePath(m_path);
        model.reload();
        model.sort(EventTableModel::Severity, Qt::DescendingOrder);
        const Event *first = model.eventAt(0);
        const Event *second = model.eventAt(1);
        QCOMPARE(first->severity, Severity::Emergency);
        QCOMPARE(second->severity, Severity::Emergency);
        QVERIFY(first->id > second->id);
    }

    void filtersKeepWhatTheyShould_data()
    {
        QTest::addColumn<EventFilter>("filter");
        EventFilter f;
        f.host = QStringLiteral("fra1-edge-03");
        QTest::newRow("device") << f;
        f = {};
        f.host = QStringLiteral("fra1-edge-0[12]*");
        QTest::newRow("device glob") << f;
        f = {};
        f.code = QStringLiteral("LINK-2-UPDOWN");
        QTest::newRow("code") << f;
        f = {};
        f.kind = QStringLiteral("INTERFACE_DOWN");
        QTest::newRow("kind") << f;
        f = {};
        f.severity = Severity::Error;
        QTest::newRow("error or worse") << f;
        f.severityOrWorse = false;
        QTest::newRow("only error") << f;
        f.severityOrWorse = true;
        f.severity = Severity::Warning;
        QTest::newRow("warning or worse") << f;
        f = {};
        f.status = EventStatus::Suppressed;
        QTest::newRow("status") << f;
        f.status = EventStatus::New;
        QTest::newRow("status new") << f;
        f = {};
        f.from = kStart.addSecs(1000);
        f.to = kStart.addSecs(1500);
        QTest::newRow("time range") << f;
        f = {};
        f.text = QStringLiteral("gi0/7 LINE");
        QTest::newRow("words, any case") << f;
        f = {};
        f.text = QStringLiteral("50%_");
        QTest::newRow("LIKE characters are literal") << f;
        f = {};
        f.text = QStringLiteral("interface_down");
        QTest::newRow("kind word") << f;
        f = {};
        f.host = QStringLiteral("fra1-edge-05");
        f.severity = Severity::Warning;
        f.status = EventStatus::New;
        f.text = QStringLiteral("gi0/1");
        QTest::newRow("all at once") << f;
        f = {};
        f.host = QStringLiteral("nowhere");
        QTest::newRow("nothing") << f;
    }

    void filtersKeepWhatTheyShould()
    {
        QFETCH(EventFilter, filter);
        const QList<qint64> expected = expectedIds(m_all, filter, EventOrder{});
        EventTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabasePath(m_path);
        model.reload();
        model.setFilter(filter);
        QCOMPARE(allIds(model), expected);
        QCOMPARE(Store::forCurrentThread(m_path).countEvents(filter), qint64(expected.size()));
        // The same rows in the other orders.
        model.sort(EventTableModel::Severity, Qt::DescendingOrder);
        QCOMPARE(allIds(model), expectedIds(m_all, filter, model.order()));
        model.sort(EventTableModel::Status, Qt::AscendingOrder);
        QCOMPARE(allIds(model), expectedIds(m_all, filter, model.order()));
    }

    void memoryStaysBoundedWhileScrolling()
    {
        EventTableModel model;
        model.setDatabasePath(m_path);
        model.reload();
        model.setFilter({});
        while (!model.atEnd())
            model.fetchNextPage();
        QCOMPARE(model.rowCount(), int(m_all.size()));
        QVERIFY(model.cachedRowCount() <= EventTableModel::kMaxCachedRows);
        // Back to the top, then at random: rows dropped before are read again, correctly.
        const QList<qint64> expected = expectedIds(m_all, {}, EventOrder{});
        for (int row : {0, 1, 4999, 2500, 5999, 199, 200, 3})
            QCOMPARE(model.eventAt(row)->id, expected.at(row));
        for (int row = 0; row < model.rowCount(); row += 7) {
            QCOMPARE(model.eventAt(row)->id, expected.at(row));
            QVERIFY(model.cachedRowCount() <= EventTableModel::kMaxCachedRows);
        }
    }

    void liveRowsLandInOrderAndKeepTheSelection_data()
    {
        QTest::addColumn<EventOrder>("order");
        QTest::addColumn<EventFilter>("filter");
        QTest::addColumn<int>("mostInserts"); // -1: rows interleave with held ones, no bound
        EventFilter warnings;
        warnings.severity = Severity::Warning;
        // Newest first, new rows are one run at the top; oldest first they are past what is
        // discovered, and come with fetchMore.
        QTest::newRow("newest first") << EventOrder{} << EventFilter{} << 1;
        QTest::newRow("oldest first, filtered") << EventOrder{EventSortKey::Arrival, false} << warnings << 0;
        QTest::newRow("by severity, filtered") << EventOrder{EventSortKey::Severity, true} << warnings << 5;
        QTest::newRow("by severity, least severe first") << EventOrder{EventSortKey::Severity, false} << EventFilter{} << -1;
        QTest::newRow("by status, Z-A") << EventOrder{EventSortKey::Status, true} << EventFilter{} << -1;
    }

    void liveRowsLandInOrderAndKeepTheSelection()
    {
        QFETCH(EventOrder, order);
        QFETCH(EventFilter, filter);
        QFETCH(int, mostInserts);
        EventTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabasePath(m_path);
        model.reload();
        model.setFilter(filter);
        model.sort(columnOf(order.key), order.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        QCOMPARE(model.order(), order);
        // A view that scrolled a little way and selected a row.
        model.fetchNextPage();
        model.fetchNextPage();
        const QPersistentModelIndex selected = model.index(250, 0);
        const qint64 selectedId = selected.data(IdRole).toLongLong();
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        addEvents(700); // more than a page: some land in held pages, some in dropped ones
        deliverNewRows(model);
        if (mostInserts >= 0)
            QVERIFY2(inserted.size() <= mostInserts, qPrintable(QString::number(inserted.size())));
        if (mostInserts > 0)
            QVERIFY(!inserted.isEmpty());
        QCOMPARE(selected.data(IdRole).toLongLong(), selectedId);

        // Every row in the model's order, as the whole table has it now.
        const QList<qint64> expected = expectedIds(m_all, filter, model.order());
        const QList<qint64> shown = allIds(model);
        QCOMPARE(shown, expected);
        QCOMPARE(selected.data(IdRole).toLongLong(), selectedId);
    }

    void rowsForAnEarlierFilterAreRefused()
    {
        EventTableModel model;
        model.setDatabasePath(m_path);
        model.reload();
        model.setFilter({});
        const quint64 before = model.generation();
        const qint64 horizon = model.horizon();
        EventFilter f;
        f.kind = QStringLiteral("INTERFACE_UP");
        model.setFilter(f);
        QVERIFY(model.generation() != before);
        QVERIFY(!model.addNewRows(before, {makeEvent(1)}, horizon + 1));
        QCOMPARE(model.horizon(), horizon);
    }

    void detailHasEveryParsedFieldAndTheRawLine()
    {
        EventTableModel model;
        model.setDatabasePath(m_path);
        model.reload();
        model.setFilter({});
        const Event *e = model.eventAt(0);
        QStringList labels;
        QStringList values;
        for (const QVariant &line : model.index(0, 0).data(DetailRole).toList()) {
            labels << line.toStringList().value(0);
            values << line.toStringList().value(1);
        }
        QVERIFY(labels.contains(QStringLiteral("interface")));
        QVERIFY(labels.contains(QStringLiteral("Raw line")));
        QVERIFY(values.contains(QString::fromUtf8(e->raw)));
        QVERIFY(model.index(0, EventTableModel::Severity).data(Qt::ForegroundRole).value<QColor>().isValid());
    }
};

QTEST_GUILESS_MAIN(TestEventModel)
#include "tst_eventmodel.moc"
