// bench_maintenances_view [COUNT] [--db=PATH] [--open-only]: the maintenances pane over a large
// store (default 20,000 maintenances). --db keeps the filled store for the next run;
// --open-only stops after opening the pane (to profile that alone, e.g. under callgrind).
//
// Fills a fresh database through the Store API with what a large team's store holds: 40
// providers, 250 sites, 6,000 circuits (A and Z sites), maintenances over the last year and the
// next three months with 1-6 circuits each, impacts, 1-3 windows (some re-scheduled), 1-4
// notices each, most of the past ones acknowledged. Then drives the real pane offscreen (the
// model, the filter proxy, the filter bar, the table): each figure is wall-clock from the
// operator's action to a painted pane (a grab of the pane).
//
// - open: read the store (in the app, on a pool thread), hand the records to the model (the
//   proxy sorts by start), fill the filter bar's lists, first paint; then how long the
//   search keys, built in the background, still take (a filter typed at once waits for them);
// - each filter: the median of 9 runs, each from no filter to the filter and painted;
// - the UTC toggle; the current-windows pass the overlap job, the calendar and the metrics use;
// - the timeline over the same maintenances: its layout, and a frame per grouping and zoom;
// - peak RSS of the whole process, the fill included.
// The cpu column is the calling thread's CPU time: the pane builds its search keys on the pool's
// threads too (all cores), which that column leaves out and wall-clock includes.
// Targets (issue #5), wall-clock: open < 300 ms, a filter < 100 ms, a timeline frame < 50 ms.
#include "CurrentWindows.h"
#include "items/MaintenanceFilterProxyModel.h"
#include "items/MaintenanceTableModel.h"
#include "MaintenanceFilterBar.h"
#include "MaintenanceTimeline.h"
#include "PaneWidget.h"
#include "ProcessStatus.h"
#include "Store.h"
#include "TransactionGuard.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace nocdesk;

namespace {

// CPU time of this thread: on a machine shared with other work, wall-clock also counts the time
// other processes had the CPU; both are printed.
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

const char *const kProviders[] = {"zayo", "lumen", "cogent", "gtt", "telia", "ntt", "verizon", "att", "colt", "seabone"};
const char *const kWork[] = {"Fiber splice", "Router software upgrade", "Line card replacement", "Power maintenance",
                             "Span relocation", "Emergency repair", "Optical amplifier swap", "Core migration"};
const char *const kCities[] = {"FRA", "AMS", "LON", "PAR", "NYC", "CHI", "DAL", "SJC", "SIN", "TYO", "MAD", "MIL"};

struct Fill
{
    int providers = 40;
    int sites = 250;
    int circuits = 6000;
};

void fill(const QString &path, int count, const QDateTime &now)
{
    QElapsedTimer clock;
    clock.start();
    Store store = Store::open(path, QStringLiteral("fill"));
    QRandomGenerator random(5);
    const Fill f;
    QList<qint64> providerIds;
    QStringList providerNames;
    for (int i = 0; i < f.providers; ++i) {
        const QString name = QString::fromLatin1(kProviders[i % 10]) + (i < 10 ? QString() : QString::number(i / 10));
        providerIds << store.addProvider({0, name, name.toUpper(), {}, {}, {}});
        providerNames << name;
    }
    QList<qint64> siteIds;
    QStringList siteNames;
    for (int i = 0; i < f.sites; ++i) {
        const QString name = QString::fromLatin1(kCities[i % 12]) + QString::number(i / 12 + 1);
        siteIds << store.addSite({0, name, {}, {}});
        siteNames << name;
    }
    QList<QStringList> circuitsOf(f.providers);
    {
        TransactionGuard transaction(store.database());
        for (int i = 0; i < f.circuits; ++i) {
            const int p = i % f.providers;
            const QString cid = QStringLiteral("%1/IC/%2/%3").arg(providerNames.at(p).toUpper()).arg(100000 + i).arg(i % 7);
            store.addCircuit({0, providerIds.at(p), cid, QStringLiteral("wave"), siteIds.at(random.bounded(f.sites)),
                              siteIds.at(random.bounded(f.sites)), {}});
            circuitsOf[p] << cid;
        }
        transaction.commit();
    }
    std::printf("%-46s %9.1f s\n", "fill: inventory", double(clock.elapsed()) / 1000.0);

    clock.restart();
    const QList<MaintenanceStatus> future{MaintenanceStatus::Confirmed, MaintenanceStatus::Confirmed, MaintenanceStatus::Tentative,
                                          MaintenanceStatus::Rescheduled, MaintenanceStatus::Cancelled};
    const QList<MaintenanceStatus> past{MaintenanceStatus::Completed, MaintenanceStatus::Completed, MaintenanceStatus::Completed,
                                        MaintenanceStatus::Cancelled, MaintenanceStatus::Confirmed};
    QList<qint64> acknowledged;
    QList<qint64> ids;
    ids.reserve(count);
    // One transaction for the lot (each createMaintenance is a savepoint in it).
    TransactionGuard transaction(store.database());
    for (int i = 0; i < count; ++i) {
        const int p = random.bounded(f.providers);
        Maintenance m;
        m.providerName = providerNames.at(p);
        m.maintenanceKey = QStringLiteral("%1-%2").arg(m.providerName.toUpper()).arg(700000 + i);
        m.summary = QString::fromLatin1(kWork[random.bounded(8)]) + QStringLiteral(" near ")
            + siteNames.at(random.bounded(f.sites));
        m.organizer = QStringLiteral("noc@") + m.providerName + QStringLiteral(".net");
        // The last year and the next three months, hour-aligned, 2-8 h long.
        const qint64 hours = qint64(random.bounded(24 * 455)) - 24 * 365;
        m.start = now.addSecs(hours * 3600 - now.time().minute() * 60);
        m.end = m.start.addSecs(3600 * (2 + random.bounded(7)));
        const bool running = m.start <= now && now < m.end;
        m.status = running ? MaintenanceStatus::InProcess
                           : (m.start > now ? future.at(random.bounded(future.size())) : past.at(random.bounded(past.size())));
        m.sequence = random.bounded(3);
        m.stamp = m.start.addDays(-10);
        const int windows = 1 + (random.bounded(10) == 0 ? random.bounded(1, 3) : 0);
        for (int w = 0; w < windows; ++w)
            m.windows << MaintenanceWindow{m.start.addDays(w), m.end.addDays(w)};
        m.end = m.windows.constLast().end;
        const int circuits = 1 + random.bounded(6);
        for (int c = 0; c < circuits; ++c) {
            const QStringList &pool = circuitsOf.at(p);
            const QString ref = random.bounded(40) == 0 ? QStringLiteral("UNKNOWN-%1").arg(i) : pool.at(random.bounded(pool.size()));
            m.impacts << CircuitImpact{ref, 0, {}, Impact(random.bounded(4))};
        }
        const qint64 id = store.createMaintenance(m, QStringLiteral("fill"));
        ids << id;
        if (m.end < now ? random.bounded(10) < 9 : random.bounded(10) < 4)
            acknowledged << id;
    }
    store.setAcknowledged(acknowledged, true, QStringLiteral("fill"));
    transaction.commit();
    std::printf("%-46s %9.1f s\n", "fill: maintenances (Store API)", double(clock.elapsed()) / 1000.0);

    // Notices that built them, and re-scheduled windows: the store has no writer for these
    // outside the mail pipeline, so they go in directly.
    clock.restart();
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt *raw = nullptr;
    sqlite3_stmt *parsed = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO raw_notifications (received_at, subject, raw, outcome) VALUES (?, 'notice', x'00', 'parsed')",
                       -1, &raw, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO parsed_notifications (raw_notification_id, maintenance_id, parsed_json, created_at)"
                           " VALUES (?, ?, '{}', ?)", -1, &parsed, nullptr);
    for (qint64 id : std::as_const(ids)) {
        const int notices = 1 + random.bounded(4);
        for (int n = 0; n < notices; ++n) {
            sqlite3_bind_int64(raw, 1, now.toSecsSinceEpoch());
            sqlite3_step(raw);
            sqlite3_reset(raw);
            sqlite3_bind_int64(parsed, 1, sqlite3_last_insert_rowid(db));
            sqlite3_bind_int64(parsed, 2, id);
            sqlite3_bind_int64(parsed, 3, now.toSecsSinceEpoch());
            sqlite3_step(parsed);
            sqlite3_reset(parsed);
        }
    }
    sqlite3_finalize(raw);
    sqlite3_finalize(parsed);
    // Half the maintenances with several windows had the second replace the first.
    sqlite3_exec(db, "UPDATE maintenance_windows SET rescheduled_from = id - 1 WHERE id IN (SELECT max(id) FROM maintenance_windows"
                     " GROUP BY maintenance_id HAVING count(*) > 1 AND maintenance_id % 2 = 0)", nullptr, nullptr, nullptr);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    std::printf("%-46s %9.1f s\n", "fill: notices and re-scheduled windows", double(clock.elapsed()) / 1000.0);
}

struct Figure
{
    double wall = 0;
    double cpu = 0;
};

// Wall-clock and this thread's CPU time since the last lap.
class Stopwatch
{
public:
    Stopwatch() { lap(); }
    Figure lap()
    {
        const Figure f{double(m_wall.nsecsElapsed()) / 1e6, cpuMs() - m_cpu};
        m_wall.start();
        m_cpu = cpuMs();
        return f;
    }

private:
    QElapsedTimer m_wall;
    double m_cpu = 0;
};

Figure median(const QList<Figure> &figures)
{
    QList<double> wall, cpu;
    for (const Figure &f : figures) {
        wall << f.wall;
        cpu << f.cpu;
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall.at(wall.size() / 2), cpu.at(cpu.size() / 2)};
}

void print(const QByteArray &what, const Figure &f, const QString &note = {})
{
    std::printf("%-48s %8.1f ms  cpu %7.1f ms%s\n", what.constData(), f.wall, f.cpu,
                note.isEmpty() ? "" : qPrintable(QStringLiteral("  (") + note + QLatin1Char(')')));
}

} // namespace

int main(int argc, char *argv[])
{
    int count = 20000;
    QString keptDatabase;
    bool openOnly = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--open-only")
            openOnly = true;
        else if (arg.startsWith("--db="))
            keptDatabase = QString::fromLocal8Bit(arg.mid(5));
        else
            count = arg.toInt();
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = keptDatabase.isEmpty() ? dir.filePath(QStringLiteral("maintenances.sqlite")) : keptDatabase;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::printf("bench_maintenances_view: %d maintenances\n", count);
    if (!QFile::exists(path))
        fill(path, count, now);
    else
        std::printf("%-46s %9s\n", "fill: kept from an earlier run", qPrintable(path));

    const Store store = Store::open(path, QStringLiteral("bench"));
    MaintenanceTableModel model;
    auto *proxy = new MaintenanceFilterProxyModel(&model);
    proxy->setClock([now] { return now; });
    PaneWidget pane(QStringLiteral("maintenancesPane"), proxy, nullptr);
    auto *bar = new MaintenanceFilterBar(&pane);
    pane.setFilterBar(bar);
    pane.setDefaults(MaintenanceTableModel::Start, Qt::AscendingOrder, {});
    pane.resize(1440, 820);
    pane.show();
    (void)pane.grab();

    // Opening the pane.
    Stopwatch clock;
    const QList<Maintenance> records = store.maintenances();
    const Figure read = clock.lap();
    model.replaceAll(records);
    const Figure intoModel = clock.lap();
    const MaintenanceTableModel::KnownValues known = model.knownValues();
    bar->setKnownValues(known.providers, known.sites, known.circuits);
    const Figure lists = clock.lap();
    (void)pane.grab();
    const Figure paint = clock.lap();
    const Figure open{read.wall + intoModel.wall + lists.wall + paint.wall, read.cpu + intoModel.cpu + lists.cpu + paint.cpu};
    print("open: read the store (a pool task in the app)", read, QStringLiteral("%1 rows").arg(records.size()));
    print("open: into the model, sorted by start", intoModel);
    print("open: the filter bar's lists", lists,
          QStringLiteral("%1 providers, %2 sites, %3 circuits").arg(known.providers.size()).arg(known.sites.size()).arg(known.circuits.size()));
    print("open: first paint", paint);
    print("open: total", open);
    // The text keys the filters match are built on a pool thread after the records arrive; a
    // filter set before they are done waits for the rest (and helps build them).
    model.waitForSearchKeys();
    print("open: search keys still to build after the paint", clock.lap(),
          QStringLiteral("a filter typed at once waits this long"));
    if (openOnly)
        return 0;

    // Each filter, from none, painted.
    const Maintenance &sample = model.at(model.rowCount() / 2);
    struct Case
    {
        const char *name;
        MaintenanceFilter filter;
    };
    QList<Case> cases;
    auto add = [&cases](const char *name, const std::function<void(MaintenanceFilter &)> &set) {
        MaintenanceFilter f;
        set(f);
        cases.append({name, f});
    };
    add("status: confirmed", [](MaintenanceFilter &f) { f.statuses = {MaintenanceStatus::Confirmed}; });
    add("status: confirmed, in process, re-scheduled", [](MaintenanceFilter &f) {
        f.statuses = {MaintenanceStatus::Confirmed, MaintenanceStatus::InProcess, MaintenanceStatus::Rescheduled};
    });
    add("provider", [&](MaintenanceFilter &f) { f.provider = sample.providerLabel; });
    add("provider: wildcard (zayo*)", [](MaintenanceFilter &f) { f.provider = QStringLiteral("zayo*"); });
    add("site", [&](MaintenanceFilter &f) { f.site = sample.impacts.constFirst().siteName; });
    add("site: wildcard (fra*)", [](MaintenanceFilter &f) { f.site = QStringLiteral("fra*"); });
    add("circuit", [&](MaintenanceFilter &f) { f.circuit = sample.impacts.constFirst().circuitRef; });
    add("circuit: none has it", [](MaintenanceFilter &f) { f.circuit = QStringLiteral("NO-SUCH-CIRCUIT"); });
    add("ack: to acknowledge", [](MaintenanceFilter &f) { f.ack = MaintenanceFilter::Ack::Unacknowledged; });
    add("ack: acknowledged", [](MaintenanceFilter &f) { f.ack = MaintenanceFilter::Ack::Acknowledged; });
    add("time: upcoming", [](MaintenanceFilter &f) { f.time = MaintenanceFilter::Time::Upcoming; });
    add("time: running now", [](MaintenanceFilter &f) { f.time = MaintenanceFilter::Time::RunningNow; });
    add("time: ended in the last 7 days", [](MaintenanceFilter &f) {
        f.time = MaintenanceFilter::Time::PastDays;
        f.pastDays = 7;
    });
    add("text: one word (splice)", [](MaintenanceFilter &f) { f.text = QStringLiteral("splice"); });
    add("text: two words (router fra1)", [](MaintenanceFilter &f) { f.text = QStringLiteral("router fra1"); });
    add("text: no row has it", [](MaintenanceFilter &f) { f.text = QStringLiteral("nothing-matches-this"); });
    add("together: provider, to ack, upcoming, status", [&](MaintenanceFilter &f) {
        f.provider = sample.providerLabel;
        f.ack = MaintenanceFilter::Ack::Unacknowledged;
        f.time = MaintenanceFilter::Time::Upcoming;
        f.statuses = {MaintenanceStatus::Confirmed, MaintenanceStatus::Tentative};
    });
    constexpr int kRuns = 9;
    Figure worstFilter;
    QList<Figure> clears;
    for (const Case &c : std::as_const(cases)) {
        QList<Figure> runs;
        int rows = 0;
        for (int run = 0; run < kRuns; ++run) {
            clock.lap();
            proxy->setFilter(c.filter);
            (void)pane.grab();
            runs << clock.lap();
            rows = proxy->rowCount();
            proxy->setFilter({});
            (void)pane.grab();
            clears << clock.lap();
        }
        const Figure m = median(runs);
        worstFilter = {std::max(worstFilter.wall, m.wall), std::max(worstFilter.cpu, m.cpu)};
        print(QByteArray("filter: ") + c.name, m, QStringLiteral("%1 rows").arg(rows));
    }
    print("filter: none again (after each of the above)", median(clears), QStringLiteral("%1 rows").arg(proxy->rowCount()));

    {
        QList<Figure> runs;
        for (int run = 0; run < kRuns; ++run) {
            clock.lap();
            model.setTimeZone(run % 2 ? QTimeZone() : QTimeZone::utc());
            (void)pane.grab();
            runs << clock.lap();
        }
        print("UTC toggle, repainted", median(runs));
        model.setTimeZone({});
    }
    {
        clock.lap();
        pane.view()->sortByColumn(MaintenanceTableModel::WorstImpact, Qt::DescendingOrder);
        (void)pane.grab();
        print("sort: worst impact", clock.lap());
        pane.view()->sortByColumn(MaintenanceTableModel::Start, Qt::AscendingOrder);
    }
    clock.lap();
    const QList<Maintenance> current = withCurrentWindows(store, records);
    print("current windows of all (overlaps, calendar)", clock.lap(), QStringLiteral("%1 maintenances").arg(current.size()));

    // The timeline over the same maintenances where they run now, as the pane hands them over
    // with no filter: the layout (built once per change of data or grouping; in the app on a pool
    // thread while the chart shows the one it has, here waited for), then per grouping
    // and zoom the frames paintEvent draws, each scrolled somewhere new (down the rows, and a
    // third of a screen forward in time, wrapping).
    MaintenanceTimeline timeline;
    timeline.resize(1400, 700);
    timeline.setNow(now);
    timeline.show();
    QImage image(timeline.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    timeline.setInventory(store.sites(), store.circuits());
    timeline.setMaintenances(current);
    double worstFrame = 0;
    constexpr int kFrames = 25;
    for (const TimelineGrouping grouping : {TimelineGrouping::BySite, TimelineGrouping::ByCircuit}) {
        const char *groupName = grouping == TimelineGrouping::BySite ? "per site" : "per circuit";
        clock.lap();
        timeline.setGrouping(grouping);
        const MaintenanceTimelineLayout &layout = timeline.timelineLayout();
        print(QByteArray("timeline ") + groupName + ": layout (a pool task in the app)", clock.lap(),
              QStringLiteral("%1 rows, %2 bars").arg(layout.rows().size()).arg(layout.barCount()));
        for (const auto zoom : {MaintenanceTimeline::Zoom::Day, MaintenanceTimeline::Zoom::Week, MaintenanceTimeline::Zoom::Month}) {
            timeline.setZoom(zoom);
            timeline.scrollToNow();
            QList<Figure> frames;
            qsizetype bars = 0;
            for (int f = 0; f < kFrames; ++f) {
                timeline.verticalScrollBar()->setValue((f * 7919) % qMax(1, timeline.verticalScrollBar()->maximum() + 1));
                QScrollBar *across = timeline.horizontalScrollBar();
                across->setValue((across->value() + timeline.chartRect().width() / 3) % (across->maximum() + 1));
                bars += timeline.visibleBars().size();
                QPainter painter(&image);
                clock.lap();
                timeline.paintFrame(painter);
                frames << clock.lap();
            }
            const Figure m = median(frames);
            const double slowest = std::max_element(frames.cbegin(), frames.cend(), [](const Figure &a, const Figure &b) {
                                       return a.wall < b.wall;
                                   })->wall;
            worstFrame = std::max(worstFrame, m.wall);
            const char *zoomName = zoom == MaintenanceTimeline::Zoom::Day    ? "day"
                                   : zoom == MaintenanceTimeline::Zoom::Week ? "week"
                                                                             : "month";
            print(QByteArray("timeline ") + groupName + ", " + zoomName + ": a frame", m,
                  QStringLiteral("median of %1; slowest %2 ms; %3 bars in view on average")
                      .arg(kFrames)
                      .arg(slowest, 0, 'f', 1)
                      .arg(bars / kFrames));
        }
    }

    const double peak = bench::processStatusMiB("VmHWM:");
    std::printf("%-46s %9.0f MiB (now %.0f MiB)\n", "peak RSS", peak, bench::processStatusMiB("VmRSS:"));
    std::printf("targets (wall-clock): open < 300 ms %s (%.0f ms); a filter < 100 ms %s (slowest median %.0f ms); "
                "a timeline frame < 50 ms %s (slowest median %.1f ms)\n",
                open.wall < 300 ? "met" : "MISSED", open.wall, worstFilter.wall < 100 ? "met" : "MISSED", worstFilter.wall,
                worstFrame < 50 ? "met" : "MISSED", worstFrame);
    return 0;
}
