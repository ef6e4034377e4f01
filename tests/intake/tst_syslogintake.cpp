// The syslog intake against real senders: util-linux logger over UDP and TCP, nocdesk-cli
// syslog-gen as a separate process, bad bytes, and a restart in the middle of a stream.
#include "EventBatchWriter.h"
#include "IntakeService.h"
#include "Store.h"
#include "SyslogLineParser.h"
#include "UdpSyslogReceiver.h"
#include "syslog/syslogparser.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QThread>
#include <QUdpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <atomic>
#include <thread>

using namespace nocdesk;

class TestSyslogIntake : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static SyslogIntakeConfig anyPorts()
    {
        SyslogIntakeConfig config;
        config.udpPort = 0;
        config.tcpPort = 0;
        config.batchIntervalMs = 20;
        return config;
    }

    static int run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(program, arguments);
        if (!process.waitForFinished(120000))
            return -1;
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    // Lines stored: each row stands for its count of identical lines.
    static qint64 linesStored(const QList<Event> &events)
    {
        qint64 lines = 0;
        for (const Event &e : events)
            lines += e.count;
        return lines;
    }

    static QList<Event> allEvents(const QString &path)
    {
        const Store store = Store::forCurrentThread(path);
        QList<Event> events = store.recentEvents(1000000);
        std::reverse(events.begin(), events.end());
        return events;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void loggerOverUdpAndTcp()
    {
        const QString logger = QStandardPaths::findExecutable(QStringLiteral("logger"));
        if (logger.isEmpty())
            QSKIP("util-linux logger is not installed");
        const QString path = m_dir.filePath(QStringLiteral("logger.sqlite"));
        (void)Store::open(path, QStringLiteral("logger"));
        IntakeService intake(path, anyPorts(), &parseSyslogRow);
        QCOMPARE(intake.start(), QString());
        QSignalSpy committed(&intake, &IntakeService::committed);

        const QString host = QStringLiteral("127.0.0.1");
        QCOMPARE(run(logger, {QStringLiteral("-n"), host, QStringLiteral("-P"), QString::number(intake.udpPort()), QStringLiteral("-d"),
                              QStringLiteral("--rfc3164"), QStringLiteral("-t"), QStringLiteral("nocdesk-test"), QStringLiteral("udp 3164 hello")}), 0);
        QCOMPARE(run(logger, {QStringLiteral("-n"), host, QStringLiteral("-P"), QString::number(intake.udpPort()), QStringLiteral("-d"),
                              QStringLiteral("--rfc5424"), QStringLiteral("udp 5424 hello")}), 0);
        QCOMPARE(run(logger, {QStringLiteral("-n"), host, QStringLiteral("-P"), QString::number(intake.tcpPort()), QStringLiteral("-T"),
                              QStringLiteral("--rfc5424"), QStringLiteral("tcp 5424 hello")}), 0);
        QCOMPARE(run(logger, {QStringLiteral("-n"), host, QStringLiteral("-P"), QString::number(intake.tcpPort()), QStringLiteral("-T"),
                              QStringLiteral("--octet-count"), QStringLiteral("--rfc3164"), QStringLiteral("tcp counted hello")}), 0);
        QTRY_COMPARE_WITH_TIMEOUT(intake.counters().committed, quint64(4), 10000);
        QTRY_VERIFY(!committed.isEmpty()); // and the GUI side heard of it

        const QList<Event> events = allEvents(path);
        QCOMPARE(events.size(), 4);
        QStringList messages;
        for (const Event &e : events) {
            QVERIFY2(e.parseError.isEmpty(), qPrintable(e.parseError));
            QVERIFY(e.eventTime.isValid());
            QVERIFY(!e.host.isEmpty());
            QCOMPARE(e.facility, 1); // logger's default: user.notice
            QCOMPARE(e.severity, Severity::Notice);
            messages << e.message;
        }
        messages.sort();
        for (const char *text : {"tcp 5424 hello", "tcp counted hello", "udp 3164 hello", "udp 5424 hello"})
            QVERIFY2(messages.join(QLatin1Char('|')).contains(QLatin1String(text)), text);
        const SyslogIntakeCounters c = intake.counters();
        QCOMPARE(c.received, quint64(4));
        QCOMPARE(c.parsed, quint64(4));
        QCOMPARE(c.dropped, quint64(0));
    }

    // The intake copies only what an event keeps out of the parser's views: the event says
    // what the parser's own message says, field by field, parsed or not.
    void eventsSayWhatTheParserSays()
    {
        const syslog::SyslogParser parser(syslog::SyslogRuleSet::defaults());
        const QList<QByteArray> lines = {
            "<187>2345: core-rtr1: Mar  3 10:00:01.123 UTC: %LINK-3-UPDOWN: Interface GigabitEthernet0/0/1, changed state to down",
            "<28>Mar  9 01:02:03 re0-mx960-a rpd[1867]: RPD_BGP_NEIGHBOR_STATE_CHANGED: BGP peer 2001:db8::7 (Internal AS 65010) changed state from Established to Idle (event HoldTime) (instance master)",
            "<188>Mar 12 2024 10:11:12+08:00 CE6850-1 %%01IFNET/4/IF_STATE(l)[12]:Interface 10GE1/0/3 has turned into DOWN state.",
            "<165>1 2003-10-11T22:14:15.003Z host.example evntslog 77 ID47 - An application event \xc3\xbc",
            "<189>Nov 21 10:00:00 host app: bad \xff",
            "no header at all",
        };
        const QDateTime received = QDateTime::currentDateTimeUtc();
        for (const QByteArray &line : lines) {
            const syslog::SyslogMessage m = parser.parse(line);
            const Event e = parseSyslogLine(line, received);
            QCOMPARE(e.raw, line);
            QCOMPARE(e.receivedAt, received);
            QCOMPARE(e.parseError.isEmpty(), m.parsed);
            if (!m.parsed) {
                QCOMPARE(e.message, QString::fromUtf8(line));
                continue;
            }
            QCOMPARE(e.host, m.host);
            QCOMPARE(e.os, m.os);
            QCOMPARE(e.code, m.tag);
            QCOMPARE(e.kind, m.kind);
            QCOMPARE(e.message, m.message);
            QCOMPARE(e.facility, m.facility);
            QCOMPARE(int(e.severity), m.severity);
            QCOMPARE(e.eventTime, m.timestamp);
            QVariantMap values;
            for (const auto &[key, value] : m.values)
                values.insert(key, value);
            QCOMPARE(e.values, values);
        }
    }

    // The UDP receiving thread queues what the intake has not taken, in order, trimmed and
    // cut like a TCP line; beyond its bound it drops and counts; it wakes the intake once per
    // empty queue; and stopping it still takes in what the socket held.
    void udpReceiverQueuesAndCountsWhatItDrops()
    {
        UdpSyslogReceiver receiver(64, 10);
        std::atomic<int> wakeups{0};
        QCOMPARE(receiver.start(QHostAddress::LocalHost, 0, [&wakeups] { ++wakeups; }), QString());
        QVERIFY(receiver.port() != 0);
        QUdpSocket sender;
        auto send = [&](const QByteArray &datagram) {
            return sender.writeDatagram(datagram, QHostAddress::LocalHost, receiver.port()) == datagram.size();
        };
        for (int i = 0; i < 50; ++i)
            QVERIFY(send(i == 3 ? QByteArray("<189>" + QByteArray(100, 'x'))
                                : QByteArray("<189>Nov 21 10:00:00 h app: line " + QByteArray::number(i) + "\r\n")));
        // Nobody takes: ten wait, forty are dropped and counted.
        quint64 dropped = 0;
        QTRY_COMPARE_WITH_TIMEOUT(dropped += receiver.takeDropped(), quint64(40), 10000);
        const QList<UdpSyslogReceiver::Datagram> queued = receiver.take();
        QCOMPARE(queued.size(), 10);
        QCOMPARE(wakeups.load(), 1);
        QCOMPARE(queued.at(0).line, QByteArray("<189>Nov 21 10:00:00 h app: line 0"));
        QVERIFY(!queued.at(0).truncated);
        QCOMPARE(queued.at(3).line, QByteArray("<189>" + QByteArray(59, 'x')));
        QVERIFY(queued.at(3).truncated);
        QCOMPARE(queued.at(9).line, QByteArray("<189>Nov 21 10:00:00 h app: line 9"));
        QVERIFY(queued.at(9).receivedMs > 0);

        // Room again; what is in the socket when it stops is queued all the same.
        for (int i = 0; i < 5; ++i)
            QVERIFY(send(QByteArray("<189>Nov 21 10:00:00 h app: after " + QByteArray::number(i))));
        receiver.stop();
        const QList<UdpSyslogReceiver::Datagram> rest = receiver.take();
        QCOMPARE(rest.size(), 5);
        QCOMPARE(rest.at(4).line, QByteArray("<189>Nov 21 10:00:00 h app: after 4"));
        QCOMPARE(receiver.takeDropped(), quint64(0));
    }

    // What the kernel drops while the receiving thread is held up (its socket buffer full) is
    // counted too: every datagram sent is either queued or counted as dropped.
    void udpKernelDropsAreCounted()
    {
        if (!QFile::exists(QStringLiteral("/proc/net/udp")))
            QSKIP("Linux's per-socket UDP counts (/proc/net/udp) are not available here");
        UdpSyslogReceiver receiver(1024, 10000000);
        std::atomic<bool> release{false};
        std::atomic<int> wakeups{0};
        // The wake-up runs on the receiving thread: the first one holds it until released.
        QCOMPARE(receiver.start(QHostAddress::LocalHost, 0, [&] {
                     if (wakeups++ == 0) {
                         while (!release)
                             QThread::msleep(1);
                     }
                 }),
                 QString());
        QUdpSocket sender;
        const QByteArray line = "<189>Nov 21 10:00:00 h app: " + QByteArray(200, 'x');
        qint64 sent = 0;
        for (int i = 0; i < 60000; ++i)
            sent += sender.writeDatagram(line, QHostAddress::LocalHost, receiver.port()) == line.size() ? 1 : 0;
        QTRY_VERIFY_WITH_TIMEOUT(wakeups.load() >= 1, 10000); // the thread is held
        release = true;
        receiver.stop();
        const qint64 queued = receiver.take().size();
        const quint64 dropped = receiver.takeDropped();
        QCOMPARE(queued + qint64(dropped), sent);
        QVERIFY2(dropped > 0, "60,000 datagrams into a held receiver should overflow an 8 MiB buffer");
    }

    void badInputIsKeptAndCounted()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.sqlite"));
        (void)Store::open(path, QStringLiteral("bad"));
        IntakeService intake(path, anyPorts(), &parseSyslogRow);
        QCOMPARE(intake.start(), QString());

        const QByteArray invalidUtf8("<13>Nov 21 10:00:00 r1 app: caf\xC3\x28 bad \xFF bytes");
        const QByteArray garbage("\x01\x02 not syslog at all \x7F");
        const QByteArray huge = "<13>Nov 21 10:00:00 r1 app: " + QByteArray(70 * 1024, 'z');
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, intake.tcpPort());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(invalidUtf8 + '\n' + garbage + '\n' + huge + "\n<13>Nov 21 10:00:01 r1 app: after the long one\n");
        QVERIFY(socket.waitForBytesWritten(5000));
        socket.disconnectFromHost();
        QTRY_COMPARE_WITH_TIMEOUT(intake.counters().committed, quint64(4), 10000);

        const QList<Event> events = allEvents(path);
        QCOMPARE(events.size(), 4);
        QCOMPARE(events.at(0).raw, invalidUtf8); // byte for byte, however it was parsed
        QCOMPARE(events.at(1).raw, garbage);
        QVERIFY2(!events.at(1).parseError.isEmpty(), "garbage must be stored as unparsed, with the reason");
        QCOMPARE(events.at(2).raw.size(), 64 * 1024); // cut at the line limit ...
        QVERIFY(events.at(2).values.value(QStringLiteral("truncated")).toBool() || !events.at(2).parseError.isEmpty());
        QVERIFY(events.at(3).message.contains(QLatin1String("after the long one"))); // ... and the next line intact
        const SyslogIntakeCounters c = intake.counters();
        QCOMPARE(c.received, quint64(4));
        QCOMPARE(c.parsed + c.unparsed, quint64(4));
        QVERIFY(c.unparsed >= 1);
    }

    void restartLosesNothingAcknowledged()
    {
        const QString path = m_dir.filePath(QStringLiteral("restart.sqlite"));
        (void)Store::open(path, QStringLiteral("restart"));
        const QString cli = QStringLiteral(NOCDESK_BINARY_DIR "/app/nocdesk-cli");
        quint16 port = 0;
        {
            IntakeService intake(path, anyPorts(), &parseSyslogRow);
            QCOMPARE(intake.start(), QString());
            port = intake.tcpPort();
            // The sender is done (all bytes written, connection closed) before the intake stops.
            QCOMPARE(run(cli, {QStringLiteral("syslog-gen"), QStringLiteral("--tcp"), QStringLiteral("--count"), QStringLiteral("20000"),
                               QStringLiteral("--rate"), QStringLiteral("500000"), QStringLiteral("--target"),
                               QStringLiteral("127.0.0.1:%1").arg(port)}), 0);
            intake.stop();
            const SyslogIntakeCounters c = intake.counters();
            QCOMPARE(c.received, quint64(20000));
            QCOMPARE(c.committed + c.folded, quint64(20000));
        }
        QCOMPARE(linesStored(allEvents(path)), 20000);

        SyslogIntakeConfig again = anyPorts();
        again.tcpPort = port; // the same port a restarted console would use
        again.udp = false;
        IntakeService intake(path, again, &parseSyslogRow);
        QCOMPARE(intake.start(), QString());
        QCOMPARE(run(cli, {QStringLiteral("syslog-gen"), QStringLiteral("--tcp"), QStringLiteral("--octet-counting"),
                           QStringLiteral("--count"), QStringLiteral("5000"), QStringLiteral("--rate"), QStringLiteral("500000"),
                           QStringLiteral("--seed"), QStringLiteral("2"), QStringLiteral("--target"), QStringLiteral("127.0.0.1:%1").arg(port)}), 0);
        intake.stop();
        const QList<Event> events = allEvents(path);
        QCOMPARE(linesStored(events), 25000);
        int unparsed = 0;
        for (const Event &e : events)
            unparsed += e.parseError.isEmpty() ? 0 : 1;
        QCOMPARE(unparsed, 0); // every generated vendor line is one the parser reads
    }

    void stopWaitsOutALockedDatabase_data()
    {
        QTest::addColumn<int>("maxPendingRows");
        QTest::addRow("backlog has room") << 500000;
        // The backlog fills while the store is locked: TCP reading pauses (flow control holds
        // the sender back) rather than dropping lines.
        QTest::addRow("backlog full") << 100;
    }

    void stopWaitsOutALockedDatabase()
    {
        // Someone else (a backup, a long job) holds the write lock when the intake stops:
        // stop() waits for it rather than dropping what TCP acknowledged.
        QFETCH(int, maxPendingRows);
        const QString path = m_dir.filePath(QStringLiteral("locked-%1.sqlite").arg(maxPendingRows));
        (void)Store::open(path, QStringLiteral("locked-%1").arg(maxPendingRows));
        SyslogIntakeConfig config = anyPorts();
        config.maxPendingRows = maxPendingRows;
        IntakeService intake(path, config, &parseSyslogRow);
        QCOMPARE(intake.start(), QString());

        std::atomic<bool> locked{false};
        std::thread holder([&locked, path] {
            sqlite3 *db = nullptr;
            sqlite3_open(path.toUtf8().constData(), &db);
            sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
            locked = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(6500));
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
            sqlite3_close(db);
        });
        while (!locked)
            QThread::msleep(5);
        QCOMPARE(run(QStringLiteral(NOCDESK_BINARY_DIR "/app/nocdesk-cli"),
                     {QStringLiteral("syslog-gen"), QStringLiteral("--tcp"), QStringLiteral("--count"), QStringLiteral("1000"),
                      QStringLiteral("--rate"), QStringLiteral("100000"), QStringLiteral("--target"),
                      QStringLiteral("127.0.0.1:%1").arg(intake.tcpPort())}),
                 0);
        intake.stop();
        holder.join();
        const SyslogIntakeCounters c = intake.counters();
        QCOMPARE(c.received, quint64(1000));
        QCOMPARE(c.dropped, quint64(0));
        QCOMPARE(c.committed + c.folded, quint64(1000));
        QCOMPARE(linesStored(allEvents(path)), 1000);
    }

    // Repeats of a line whose row is on its way to the store (here: held up by a lock) are
    // counted into that row once it is stored, with no further line and no stop to carry them.
    void repeatsOfARowOnItsWayReachTheStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("inflight.sqlite"));
        (void)Store::open(path, QStringLiteral("inflight"));
        IntakeService intake(path, anyPorts(), &parseSyslogRow);
        QSignalSpy storeErrors(&intake, &IntakeService::storeError);
        QCOMPARE(intake.start(), QString());

        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
        QTcpSocket sender;
        sender.connectToHost(QHostAddress::LocalHost, intake.tcpPort());
        QVERIFY(sender.waitForConnected(5000));
        const QByteArray line = "<189>Nov 21 10:00:00 edge1 app: the same line\n";
        sender.write(line);
        QVERIFY(sender.waitForBytesWritten(5000));
        // The writer has the row and cannot store it yet.
        QTRY_VERIFY_WITH_TIMEOUT(!storeErrors.isEmpty(), 10000);
        sender.write(line + line);
        QVERIFY(sender.waitForBytesWritten(5000));
        QTRY_COMPARE_WITH_TIMEOUT(intake.counters().folded, quint64(2), 10000);
        QCOMPARE(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);

        QTRY_COMPARE_WITH_TIMEOUT(linesStored(allEvents(path)), 3, 10000);
        const QList<Event> events = allEvents(path);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.constFirst().count, 3);
        QCOMPARE(intake.counters().dropped, quint64(0));
        sender.disconnectFromHost();
    }

    // A batch the writer gives up on (the store stays locked past its deadline) is lost whole:
    // every line it stands for is said to be, its rows' counts and the counts it would have
    // added to rows stored before, not only its rows.
    void aBatchGivenUpCountsEveryLine()
    {
        const QString path = m_dir.filePath(QStringLiteral("givenup.sqlite"));
        (void)Store::open(path, QStringLiteral("givenup"));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);

        EventBatchWriter writer(path);
        QSignalSpy abandoned(&writer, &EventBatchWriter::abandoned);
        QSignalSpy written(&writer, &EventBatchWriter::written);
        writer.giveUpAfter(QDeadlineTimer(0));
        QList<EventRow> batch{parseSyslogRow("<189>Nov 21 10:00:00 edge1 app: one", 1000),
                              parseSyslogRow("<189>Nov 21 10:00:00 edge1 app: two", 1000)};
        batch[0].count = 3;
        writer.write(batch, {{41, 2}, {42, 1}});
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(db);

        QCOMPARE(written.size(), 0);
        QCOMPARE(abandoned.size(), 1);
        QCOMPARE(abandoned.constFirst().at(0).toInt(), 2);         // rows
        QCOMPARE(abandoned.constFirst().at(1).toInt(), 3 + 1 + 3); // lines
    }

    void manySendersAtOnce()
    {
        const QString path = m_dir.filePath(QStringLiteral("many.sqlite"));
        (void)Store::open(path, QStringLiteral("many"));
        IntakeService intake(path, anyPorts(), &parseSyslogRow);
        QCOMPARE(intake.start(), QString());
        // 20 connections interleave their writes, half newline-framed, half octet-counted, each
        // line unique so none folds.
        constexpr int kSenders = 20;
        constexpr int kLines = 300;
        std::vector<std::unique_ptr<QTcpSocket>> senders;
        for (int s = 0; s < kSenders; ++s) {
            senders.push_back(std::make_unique<QTcpSocket>());
            senders.back()->connectToHost(QHostAddress::LocalHost, intake.tcpPort());
            QVERIFY(senders.back()->waitForConnected(5000));
        }
        for (int i = 0; i < kLines; ++i) {
            for (int s = 0; s < kSenders; ++s) {
                const QByteArray line = "<189>Nov 21 10:00:00 sender" + QByteArray::number(s) + " app: line " + QByteArray::number(i);
                senders[size_t(s)]->write(s % 2 ? QByteArray(QByteArray::number(line.size()) + ' ' + line) : QByteArray(line + '\n'));
            }
        }
        for (auto &sender : senders) {
            QVERIFY(sender->waitForBytesWritten(5000) || sender->bytesToWrite() == 0);
            sender->disconnectFromHost();
        }
        QTRY_COMPARE_WITH_TIMEOUT(intake.counters().committed, quint64(kSenders * kLines), 20000);
        QCOMPARE(intake.counters().folded, quint64(0));
        QCOMPARE(intake.counters().unparsed, quint64(0));
        QCOMPARE(allEvents(path).size(), kSenders * kLines);
    }

    void portInUseIsExplained()
    {
        const QString path = m_dir.filePath(QStringLiteral("busy.sqlite"));
        (void)Store::open(path, QStringLiteral("busy"));
        IntakeService first(path, anyPorts(), &parseSyslogRow);
        QCOMPARE(first.start(), QString());
        SyslogIntakeConfig same = anyPorts();
        same.udp = false;
        same.tcpPort = first.tcpPort();
        IntakeService second(path, same, &parseSyslogRow);
        const QString error = second.start();
        QVERIFY(error.contains(QString::number(first.tcpPort())));
        QVERIFY(!second.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestSyslogIntake)
#include "tst_syslogintake.moc"
