// bench_syslog_ingest [LINES] [--indexes=LIST | --without-pane-indexes] [--only-ceiling]
// [--runs=N] [--only-breakdown] [--only=tcp,tcp-octets,udp,loggen-tcp,loggen-udp,breakdown,ceiling]:
// how many syslog lines per second NocDesk parses and commits.
//
// For each run a separate process sends LINES real-looking device lines over loopback
// (nocdesk-cli syslog-gen over TCP and UDP, and loggen from syslog-ng when installed) into an
// intake on its own thread writing to a fresh database. Prints lines stored per second (first
// line received to the last one stored; a repeated line is stored as a count on its first
// row) and lines lost, and the CPU time each line cost the intake's two threads (reading,
// parsing and folding; writing) and the sender: on a shared machine CPU time varies far less
// than the wall clock, and where it goes is what to work on. Then the ceiling: the same rows inserted into the same table with raw
// sqlite3 prepared statements, 5,000 per transaction, into a fresh database N times (default
// 3): the median and the best run, and rows per CPU second of the inserting thread, which
// moves less than the wall clock when other work shares the machine.
// --indexes=none (or --without-pane-indexes) drops the Live Events pane's indexes from every
// database first, --indexes=host,severity,... puts those candidates in their place (see
// PaneIndexes.h), to see what each costs the writer on the same build and machine.
// --only-ceiling measures the raw sqlite3 ceiling alone, --only-breakdown the in-process
// parse, fold and Store::addEventRows rates alone (min(LINES, 200000) rows).
#include "EventFolder.h"
#include "IntakeService.h"
#include "PaneIndexes.h"
#include "Store.h"
#include "SyslogGenerator.h"
#include "SyslogLineParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <sqlite3.h>

#include <QDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace nocdesk;

namespace {

struct RunResult
{
    QString name;
    qint64 sent = 0;
    quint64 stored = 0; // lines in the store: rows plus the repeats counted into them
    quint64 rows = 0;
    quint64 unparsed = 0;
    double seconds = 0;
    double parseCpu = 0;  // seconds on the intake thread (and UDP's): reading, framing, parsing, folding
    double writerCpu = 0; // seconds on the writer thread: binding, inserting, committing
    double senderCpu = 0; // seconds of the sending process
    quint64 dropped = 0;  // lines the intake itself counted as dropped (of those lost)
};

// CPU seconds of this process's threads with that name (Linux: the kernel's per-thread
// scheduler statistics, in nanoseconds).
double threadCpuSeconds(const QByteArray &name)
{
    double seconds = 0;
    const QStringList tasks = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &task : tasks) {
        QFile comm(QStringLiteral("/proc/self/task/%1/comm").arg(task));
        if (!comm.open(QIODevice::ReadOnly) || comm.readAll().trimmed() != name)
            continue;
        QFile schedstat(QStringLiteral("/proc/self/task/%1/schedstat").arg(task));
        if (schedstat.open(QIODevice::ReadOnly))
            seconds += schedstat.readAll().split(' ').value(0).toDouble() / 1e9;
    }
    return seconds;
}

double childrenCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double rssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

bench::IndexChoice g_indexes;

void dropPaneIndexes(const QString &path) { g_indexes.apply(path.toUtf8()); }

// Runs the sender to completion and waits until the intake has committed what arrived.
RunResult run(const QString &name, const QString &program, const QStringList &arguments, qint64 lines,
              const QString &databasePath, bool udp)
{
    SyslogIntakeConfig config;
    config.udpPort = 0;
    config.tcpPort = 0;
    config.udp = udp;
    config.tcp = !udp;
    IntakeService intake(databasePath, config, &parseSyslogRow);
    const QString error = intake.start();
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    const quint16 port = udp ? intake.udpPort() : intake.tcpPort();

    QStringList args = arguments;
    args.replaceInStrings(QStringLiteral("{port}"), QString::number(port));
    QProcess sender;
    sender.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sender.setStandardOutputFile(QProcess::nullDevice());
    auto stored = [&intake] {
        const SyslogIntakeCounters c = intake.counters();
        return c.committed + c.folded;
    };
    const quint64 before = stored();
    const double childrenBefore = childrenCpuSeconds();
    QElapsedTimer clock;
    sender.start(program, args);
    if (!sender.waitForStarted(10000))
        qFatal("cannot start %s", qPrintable(program));
    // The clock starts with the first line received, so process start-up is not counted.
    while (intake.counters().received == 0 && sender.state() != QProcess::NotRunning)
        QThread::usleep(200);
    clock.start();
    quint64 last = 0;
    QElapsedTimer idle;
    idle.start();
    for (;;) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        const quint64 now = stored();
        if (now != last) {
            last = now;
            idle.restart();
        }
        if (now - before >= quint64(lines))
            break;
        // Done sending and nothing new for a while: the rest was lost on the way.
        if (sender.state() == QProcess::NotRunning && idle.elapsed() > 2000)
            break;
        QThread::usleep(500);
    }
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    sender.waitForFinished(60000);
    // The names IntakeService, SyslogIntake and UdpSyslogReceiver give their threads; the
    // kernel keeps 15 bytes. UDP is read on a thread of its own, counted with the intake's
    // (sampled before stop(): what stop() still drains from the socket is left out).
    const double parseCpu = threadCpuSeconds("nocdesk-intake") + threadCpuSeconds("nocdesk-udp");
    const double writerCpu = threadCpuSeconds("nocdesk-intake-");
    intake.stop();
    const SyslogIntakeCounters c = intake.counters();
    return {name, lines, c.committed + c.folded - before, c.committed, c.unparsed, seconds - (idle.elapsed() > 2000 ? 2.0 : 0.0),
            parseCpu, writerCpu, childrenCpuSeconds() - childrenBefore, c.dropped};
}

// CPU time of this thread: on a machine shared with other work it varies far less than the
// wall clock, so it is printed beside it to compare index choices.
double thisThreadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

struct Ceiling
{
    double rowsPerSecond = 0;    // wall clock, median of the runs
    double rowsPerCpuSecond = 0; // this thread's CPU time, median of the runs
    double best = 0;             // the fastest run, wall clock
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// The same rows the intake stores, through sqlite3 directly: the floor of what storing costs.
// Each run fills a fresh database; the rows are made once.
Ceiling ceilingRowsPerSecond(const QString &directory, int rows, int runs)
{
    SyslogGenerator generator(1);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The rows the intake makes, made before the clock starts: the ceiling is the database's
    // cost alone.
    QList<EventRow> prepared;
    prepared.reserve(rows);
    for (int i = 0; i < rows; ++i)
        prepared.append(parseSyslogRow(generator.next(now), now.toMSecsSinceEpoch()));

    QList<double> wall;
    QList<double> cpu;
    for (int run = 0; run < runs; ++run) {
        const QString path = directory + QStringLiteral("/ceiling-%1.sqlite").arg(run);
        (void)Store::open(path, QStringLiteral("ceiling"));
        QSqlDatabase::removeDatabase(QStringLiteral("ceiling"));
        dropPaneIndexes(path);
        sqlite3 *db = nullptr;
        sqlite3_open(path.toUtf8().constData(), &db);
        // What Store gives every connection, the intake writer's too (configureConnection):
        // the ceiling and the intake write under the same settings.
        sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-32768;",
                     nullptr, nullptr, nullptr);
        sqlite3_stmt *insert = nullptr;
        sqlite3_prepare_v2(db, EventRow::kInsert, -1, &insert, nullptr);
        QElapsedTimer clock;
        clock.start();
        const double cpuStart = thisThreadCpuSeconds();
        for (int i = 0; i < rows; ++i) {
            if (i % 5000 == 0)
                sqlite3_exec(db, i ? "COMMIT; BEGIN" : "BEGIN", nullptr, nullptr, nullptr);
            const EventRow &r = prepared.at(i);
            auto bind = [insert, &r](int column, EventRow::Field field) {
                const QByteArrayView text = r.field(field);
                sqlite3_bind_text(insert, column, text.data(), int(text.size()), SQLITE_STATIC);
            };
            sqlite3_bind_int64(insert, 1, r.receivedMs);
            if (r.hasEventTime)
                sqlite3_bind_int64(insert, 2, r.eventMs);
            else
                sqlite3_bind_null(insert, 2);
            bind(3, EventRow::Host);
            bind(4, EventRow::Os);
            sqlite3_bind_int(insert, 5, r.facility);
            sqlite3_bind_int(insert, 6, r.severity);
            bind(7, EventRow::Code);
            bind(8, EventRow::Kind);
            bind(9, EventRow::Message);
            bind(10, EventRow::Values);
            bind(11, EventRow::Status);
            bind(12, EventRow::Result);
            sqlite3_bind_int(insert, 13, 1);
            sqlite3_bind_blob(insert, 14, r.raw.constData(), int(r.raw.size()), SQLITE_STATIC);
            bind(15, EventRow::ParseError);
            if (sqlite3_step(insert) != SQLITE_DONE)
                qFatal("sqlite3: %s", sqlite3_errmsg(db));
            sqlite3_reset(insert);
        }
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        wall << rows / (double(clock.nsecsElapsed()) / 1e9);
        cpu << rows / (thisThreadCpuSeconds() - cpuStart);
        sqlite3_finalize(insert);
        sqlite3_close(db);
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    return {median(wall), median(cpu), *std::max_element(wall.cbegin(), wall.cend())};
}

void printCeiling(int rows, int runs, const Ceiling &c)
{
    std::printf("%-34s %9d rows %43s %10.0f rows/s\n", "ceiling: raw sqlite3 inserts", rows, "", c.rowsPerSecond);
    std::printf("%-34s %d runs: median %.0f rows/s, best %.0f rows/s, %.0f rows per CPU second\n", "", runs,
                c.rowsPerSecond, c.best, c.rowsPerCpuSecond);
}

// Where the intake's time goes, on one thread: turning lines into rows, folding them as the
// intake does (lines 5 us apart, 200,000 a second; rows taken and given ids every 5,000), and
// storing rows through the Store API.
void breakdown(const QString &path, int rows)
{
    SyslogGenerator generator(3);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QByteArray> lines;
    lines.reserve(rows);
    for (int i = 0; i < rows; ++i)
        lines.append(generator.next(now.addMSecs(i / 200)));
    QElapsedTimer clock;
    clock.start();
    QList<EventRow> events;
    events.reserve(rows);
    for (int i = 0; i < rows; ++i)
        events.append(parseSyslogRow(lines.at(i), now.toMSecsSinceEpoch() + i / 200));
    const double parseSeconds = double(clock.nsecsElapsed()) / 1e9;

    QList<EventRow> folded = events;
    folded.detach(); // the copy is not the folder's work
    qsizetype kept = 0;
    qint64 nextId = 1;
    clock.restart();
    {
        EventFolder folder;
        for (qsizetype i = 0; i < folded.size(); ++i) {
            folder.add(std::move(folded[i]));
            if (folder.pendingRows() >= 5000 || i + 1 == folded.size()) {
                const QList<EventRow> taken = folder.takeRows();
                QList<qint64> ids;
                ids.reserve(taken.size());
                for (qsizetype j = 0; j < taken.size(); ++j)
                    ids.append(nextId++);
                folder.rowsStored(ids);
                kept += taken.size();
            }
        }
    }
    const double foldSeconds = double(clock.nsecsElapsed()) / 1e9;

    Store store = Store::open(path, QStringLiteral("breakdown"));
    dropPaneIndexes(path);
    clock.restart();
    for (int i = 0; i < rows; i += 5000)
        store.addEventRows(events.mid(i, 5000));
    const double storeSeconds = double(clock.nsecsElapsed()) / 1e9;
    std::printf("%-34s %9d rows: parse %.0f lines/s (%.2f us each), fold %.0f lines/s (%.2f us each, %lld rows kept), "
                "Store::addEventRows %.0f rows/s\n",
                "in-process breakdown", rows, rows / parseSeconds, parseSeconds * 1e6 / rows, rows / foldSeconds,
                foldSeconds * 1e6 / rows, qlonglong(kept), rows / storeSeconds);
}

void print(const RunResult &r)
{
    const qint64 lost = r.sent - qint64(r.stored);
    std::printf("%-34s %9lld sent %9llu stored (%llu rows) %7lld lost (%.3f%%) %7.2f s %9.0f lines/s\n", qPrintable(r.name),
                r.sent, r.stored, r.rows, lost, 100.0 * double(lost) / double(r.sent), r.seconds, double(r.stored) / r.seconds);
    const double perLine = 1e6 / double(qMax<qint64>(1, r.sent));
    std::printf("%-34s CPU per line sent: intake and UDP threads %.2f us, writer thread %.2f us, sender %.2f us\n", "", r.parseCpu * perLine,
                r.writerCpu * perLine, r.senderCpu * perLine);
    if (lost > 0) // what the intake counted itself: the rest never reached its socket, or the sender did not send it
        std::printf("%-34s of the lost lines, counted as dropped by the intake: %llu\n", "", r.dropped);
}

} // namespace

int main(int argc, char *argv[])
{
    if (!g_indexes.parse(argc, argv))
        return 2;
    QCoreApplication app(argc, argv);
    qint64 lines = 1000000;
    int runs = 3;
    // Which parts to run; all by default. --only-ceiling and --only-breakdown are kept for
    // the scripts that use them.
    QByteArrayList only;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--only-ceiling")
            only << "ceiling";
        else if (arg == "--only-breakdown")
            only << "breakdown";
        else if (arg.startsWith("--only="))
            only << arg.mid(7).split(',');
        else if (arg.startsWith("--runs="))
            runs = qMax(1, arg.mid(7).toInt());
        else
            lines = arg.toLongLong();
    }
    auto wanted = [&only](const char *part) { return only.isEmpty() || only.contains(part); };
    QTemporaryDir dir;
    const QString cli = QStringLiteral(NOCDESK_CLI);
    std::printf("bench_syslog_ingest: %lld lines per run, %d cores, %s\n", lines, QThread::idealThreadCount(),
                g_indexes.describe().constData());

    QList<RunResult> results;
    auto database = [&dir](const QString &name) {
        const QString path = dir.filePath(name + QStringLiteral(".sqlite"));
        (void)Store::open(path, name);
        dropPaneIndexes(path);
        return path;
    };
    const QString count = QString::number(lines);
    if (wanted("tcp")) {
        results << run(QStringLiteral("syslog-gen TCP (newline)"), cli,
                       {QStringLiteral("syslog-gen"), QStringLiteral("--tcp"), QStringLiteral("--count"), count,
                        QStringLiteral("--rate"), QStringLiteral("10000000"), QStringLiteral("--target"), QStringLiteral("127.0.0.1:{port}")},
                       lines, database(QStringLiteral("tcp")), false);
        print(results.constLast());
    }
    if (wanted("tcp-octets")) {
        results << run(QStringLiteral("syslog-gen TCP (octet counting)"), cli,
                       {QStringLiteral("syslog-gen"), QStringLiteral("--tcp"), QStringLiteral("--octet-counting"), QStringLiteral("--count"),
                        count, QStringLiteral("--rate"), QStringLiteral("10000000"), QStringLiteral("--target"), QStringLiteral("127.0.0.1:{port}")},
                       lines, database(QStringLiteral("tcp-octets")), false);
        print(results.constLast());
    }
    if (wanted("udp")) {
        results << run(QStringLiteral("syslog-gen UDP at 100k lines/s"), cli,
                       {QStringLiteral("syslog-gen"), QStringLiteral("--count"), count, QStringLiteral("--rate"), QStringLiteral("100000"),
                        QStringLiteral("--target"), QStringLiteral("127.0.0.1:{port}")},
                       lines, database(QStringLiteral("udp")), true);
        print(results.constLast());
    }

    const QString loggen = QStandardPaths::findExecutable(QStringLiteral("loggen"));
    if (loggen.isEmpty()) {
        if (wanted("loggen-tcp") || wanted("loggen-udp"))
            std::printf("%-34s skipped: loggen not installed (apt-get install syslog-ng-core)\n", "loggen TCP");
    } else {
        // loggen paces per second; a high rate and a long interval let -n end the run.
        if (wanted("loggen-tcp")) {
            results << run(QStringLiteral("loggen TCP"), loggen,
                           {QStringLiteral("-S"), QStringLiteral("-Q"), QStringLiteral("-r"), QStringLiteral("1000000"), QStringLiteral("-I"),
                            QStringLiteral("600"), QStringLiteral("-n"), count, QStringLiteral("127.0.0.1"), QStringLiteral("{port}")},
                           lines, database(QStringLiteral("loggen-tcp")), false);
            print(results.constLast());
        }
        if (wanted("loggen-udp")) {
            results << run(QStringLiteral("loggen UDP at 50k lines/s"), loggen,
                           {QStringLiteral("-D"), QStringLiteral("-Q"), QStringLiteral("-r"), QStringLiteral("50000"), QStringLiteral("-I"),
                            QStringLiteral("600"), QStringLiteral("-n"), count, QStringLiteral("127.0.0.1"), QStringLiteral("{port}")},
                           lines, database(QStringLiteral("loggen-udp")), true);
            print(results.constLast());
        }
    }

    // The intake's own peak, before the ceiling holds its million parsed events in memory.
    const double intakePeakRss = rssMiB();
    if (wanted("breakdown"))
        breakdown(dir.filePath(QStringLiteral("breakdown.sqlite")), int(qMin<qint64>(lines, 200000)));
    if (wanted("ceiling")) {
        const int ceilingRows = int(qMin<qint64>(lines, 1000000));
        const Ceiling c = ceilingRowsPerSecond(dir.path(), ceilingRows, runs);
        printCeiling(ceilingRows, runs, c);
        // Each TCP run against it, two ways: lines committed per second, and rows. They differ
        // where lines fold (syslog-gen repeats lines as devices do; a repeat is a count on an
        // earlier row, so it costs the store less than a row), not for loggen, whose every line
        // is a row of its own.
        for (const RunResult &r : std::as_const(results)) {
            if (!r.name.contains(QLatin1String("TCP")))
                continue;
            std::printf("%-34s / ceiling: %.0f%% in lines, %.0f%% in rows\n", qPrintable(r.name),
                        100.0 * (double(r.stored) / r.seconds) / c.rowsPerSecond, 100.0 * (double(r.rows) / r.seconds) / c.rowsPerSecond);
        }
    }
    std::printf("peak RSS %.0f MiB (%.0f MiB after the intake runs)\n", rssMiB(), intakePeakRss);
    return 0;
}
