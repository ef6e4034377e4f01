// bench_events_view [ROWS]: the Live Events pane over a large store (default 1,000,000 events).
//
// Fills a fresh database with realistic device lines (the syslog generator, parsed as the
// intake parses them, stored through the intake's writer), then drives the real model in the
// real pane offscreen. Each figure is wall-clock from the operator's action to a painted pane
// (a grab of the window): first paint (the model reads its first page, the table paints),
// applying filters, sorting, scrolling, taking in a burst of live rows; then peak RSS of the
// whole process, the fill included. Targets (issue #6): first paint < 300 ms, a filter and a
// sort < 200 ms each, RSS < 400 MB.
#include "PaneWidget.h"
#include "Store.h"
#include "SyslogGenerator.h"
#include "SyslogLineParser.h"
#include "items/EventTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace nocdesk;

namespace {

double statusMiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

// Lines a second apart in groups, spread back from now, so time ranges select a part.
void fill(const QString &path, int rows)
{
    Store store = Store::open(path, QStringLiteral("fill"));
    SyslogGenerator generator(11, 400);
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-rows / 20);
    QElapsedTimer clock;
    clock.start();
    constexpr int kBatch = 5000;
    QList<Event> batch;
    batch.reserve(kBatch);
    for (int i = 0; i < rows; ++i) {
        const QDateTime t = start.addMSecs(qint64(i) * 50);
        batch.append(parseSyslogLine(generator.next(t), t));
        if (batch.size() == kBatch || i == rows - 1) {
            store.addEvents(batch);
            batch.clear();
        }
    }
    std::printf("%-44s %9d rows in %.1f s\n", "fill (generate, parse, store)", rows, double(clock.elapsed()) / 1000.0);
}

double measure(const char *what, QWidget *pane, const std::function<void()> &action)
{
    QElapsedTimer clock;
    clock.start();
    action();
    (void)pane->grab(); // lays out and paints every visible cell: the operator sees the result
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    std::printf("%-44s %9.1f ms\n", what, ms);
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("events.sqlite"));
    std::printf("bench_events_view: %d events\n", rows);
    fill(path, rows);

    EventTableModel model;
    model.setDatabasePath(path);
    PaneWidget pane(QStringLiteral("eventsPane"), &model, nullptr, PaneWidget::Filtering::Model);
    pane.resize(1440, 820);
    pane.show();
    QTableView *view = pane.view();

    view->sortByColumn(EventTableModel::Time, Qt::DescendingOrder);
    const double firstPaint = measure("first paint (newest first)", &pane, [&] { model.reload(); });
    const Event sample = *model.eventAt(0);

    EventFilter device;
    device.host = sample.host;
    const double filter = measure("filter: one device", &pane, [&] { model.setFilter(device); });
    EventFilter severe;
    severe.severity = Severity::Critical;
    measure("filter: critical or worse", &pane, [&] { model.setFilter(severe); });
    EventFilter code;
    code.code = sample.code;
    code.severity = Severity::Warning;
    measure("filter: code and warning or worse", &pane, [&] { model.setFilter(code); });
    EventFilter recent;
    recent.from = QDateTime::currentDateTimeUtc().addSecs(-600);
    measure("filter: last 10 minutes", &pane, [&] { model.setFilter(recent); });
    EventFilter words;
    words.text = QStringLiteral("holdtimer expired");
    measure("filter: text \"holdtimer expired\"", &pane, [&] { model.setFilter(words); });
    measure("filter: none again", &pane, [&] { model.setFilter({}); });

    const double sort = measure("sort: severity, most severe first", &pane, [&] { view->sortByColumn(EventTableModel::Severity, Qt::DescendingOrder); });
    measure("sort: device A-Z", &pane, [&] { view->sortByColumn(EventTableModel::Host, Qt::AscendingOrder); });
    measure("sort: device, filtered to critical or worse", &pane, [&] { model.setFilter(severe); });
    model.setFilter({});
    measure("sort: count (no index)", &pane, [&] { view->sortByColumn(EventTableModel::Count, Qt::DescendingOrder); });
    view->sortByColumn(EventTableModel::Time, Qt::DescendingOrder);

    measure("scroll: 50 pages down", &pane, [&] {
        for (int i = 0; i < 50; ++i) {
            view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
            QCoreApplication::processEvents(); // the page the view asked for comes in
            (void)pane.grab();
        }
    });
    std::printf("%-44s %9d rows discovered, %d held\n", "  model", model.rowCount(), model.cachedRowCount());
    measure("scroll: back to the top", &pane, [&] { view->scrollToTop(); });

    {
        const Store store = Store::forCurrentThread(path);
        QElapsedTimer clock;
        clock.start();
        const qint64 all = store.countEvents({});
        std::printf("%-44s %9.1f ms (%lld)\n", "count, all (background task in the pane)", double(clock.nsecsElapsed()) / 1e6, all);
        clock.restart();
        const qint64 some = store.countEvents(device);
        std::printf("%-44s %9.1f ms (%lld)\n", "count, one device", double(clock.nsecsElapsed()) / 1e6, some);
        clock.restart();
        const qint64 text = store.countEvents(words);
        std::printf("%-44s %9.1f ms (%lld)\n", "count, text", double(clock.nsecsElapsed()) / 1e6, text);

        // A burst the live tail delivers in one turn: 5,000 new rows at the top.
        Store writer = Store::forCurrentThread(path);
        SyslogGenerator generator(12, 400);
        QList<Event> burst;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 5000; ++i)
            burst.append(parseSyslogLine(generator.next(now), now));
        writer.addEvents(burst);
        const qint64 newest = store.newestEventId();
        const QList<Event> fresh = store.eventsAfter(model.filter(), model.horizon(), newest, 5000);
        measure("live: 5,000 new rows in one turn", &pane, [&] { model.addNewRows(model.generation(), fresh, newest); });
    }

    const double peak = statusMiB("VmHWM:");
    std::printf("%-44s %9.0f MiB (now %.0f MiB; %d rows held)\n", "peak RSS", peak, statusMiB("VmRSS:"), model.cachedRowCount());
    std::printf("targets: first paint %s, filter %s, sort %s, RSS %s\n", firstPaint < 300 ? "met" : "MISSED",
                filter < 200 ? "met" : "MISSED", sort < 200 ? "met" : "MISSED", peak < 400 ? "met" : "MISSED");
    return 0;
}
