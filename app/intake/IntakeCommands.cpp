#include "IntakeCommands.h"

#include "CliCommands.h"
#include "IntakeService.h"
#include "RunUntilSignalled.h"
#include "SyslogGenerator.h"
#include "SyslogLineParser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QThread>
#include <QUdpSocket>

#include <charconv>

namespace nocdesk {

namespace {

class IntakeCli
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::IntakeCli)
};

QJsonObject countersJson(const SyslogIntakeCounters &c)
{
    return {{QStringLiteral("received"), qint64(c.received)}, {QStringLiteral("parsed"), qint64(c.parsed)},
            {QStringLiteral("unparsed"), qint64(c.unparsed)}, {QStringLiteral("dropped"), qint64(c.dropped)},
            {QStringLiteral("committed"), qint64(c.committed)}, {QStringLiteral("folded"), qint64(c.folded)}};
}

} // namespace

int runListenCommand(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(IntakeCli::tr("Receive syslog over UDP and TCP into the database until stopped."));
    parser.addOptions({
        {QStringLiteral("address"), IntakeCli::tr("Address to listen on (default 127.0.0.1)."), QStringLiteral("address"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("udp-port"), IntakeCli::tr("UDP port, 0 for none (default 5514)."), QStringLiteral("port"), QStringLiteral("5514")},
        {QStringLiteral("tcp-port"), IntakeCli::tr("TCP port, 0 for none (default 5514)."), QStringLiteral("port"), QStringLiteral("5514")},
        {QStringLiteral("duration"), IntakeCli::tr("Stop after this many seconds (default: on SIGINT or SIGTERM)."), QStringLiteral("seconds")},
    });
    if (const auto exit = parseCommandOptions(parser, context))
        return *exit;

    SyslogIntakeConfig config;
    config.address = QHostAddress(parser.value(QStringLiteral("address")));
    config.udpPort = quint16(parser.value(QStringLiteral("udp-port")).toUInt());
    config.tcpPort = quint16(parser.value(QStringLiteral("tcp-port")).toUInt());
    config.udp = config.udpPort != 0;
    config.tcp = config.tcpPort != 0;
    if (config.address.isNull() || (!config.udp && !config.tcp)) {
        context.err() << IntakeCli::tr("Give a valid --address and at least one port.") << '\n';
        return ExitUsage;
    }

    (void)context.store(); // creates and migrates the file before the intake thread opens it
    IntakeService intake(context.databasePath(), config, &parseSyslogRow);
    const QString error = intake.start();
    if (!error.isEmpty()) {
        context.err() << error << '\n';
        return ExitFailure;
    }
    context.err() << IntakeCli::tr("Listening for syslog on %1 (UDP %2, TCP %3); stop with Ctrl+C.")
                         .arg(config.address.toString())
                         .arg(intake.udpPort())
                         .arg(intake.tcpPort())
                  << Qt::endl;

    runUntilSignalled(parser.isSet(QStringLiteral("duration"))
                          ? int(parser.value(QStringLiteral("duration")).toDouble() * 1000)
                          : 0);

    intake.stop();
    context.out() << QJsonDocument(countersJson(intake.counters())).toJson(QJsonDocument::Compact) << '\n';
    return ExitOk;
}

int runSyslogGenCommand(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(IntakeCli::tr("Send realistic device syslog lines to a receiver."));
    parser.addOptions({
        {QStringLiteral("rate"), IntakeCli::tr("Lines per second (default 1000)."), QStringLiteral("N"), QStringLiteral("1000")},
        {QStringLiteral("duration"), IntakeCli::tr("Seconds to send for (default 10)."), QStringLiteral("S"), QStringLiteral("10")},
        {QStringLiteral("count"), IntakeCli::tr("Stop after this many lines instead."), QStringLiteral("N")},
        {QStringLiteral("target"), IntakeCli::tr("Receiver as HOST:PORT (default 127.0.0.1:5514)."), QStringLiteral("host:port"), QStringLiteral("127.0.0.1:5514")},
        {QStringLiteral("tcp"), IntakeCli::tr("Send over TCP (newline framing) instead of UDP.")},
        {QStringLiteral("octet-counting"), IntakeCli::tr("With --tcp: frame by octet counting (RFC 6587).")},
        {QStringLiteral("seed"), IntakeCli::tr("Seed for the generated lines (default 1)."), QStringLiteral("N"), QStringLiteral("1")},
    });
    if (const auto exit = parseCommandOptions(parser, context))
        return *exit;

    const QString target = parser.value(QStringLiteral("target"));
    const qsizetype colon = target.lastIndexOf(QLatin1Char(':'));
    const QHostAddress host(colon > 0 ? target.left(colon) : QString());
    const quint16 port = colon > 0 ? quint16(target.mid(colon + 1).toUInt()) : 0;
    const double rate = parser.value(QStringLiteral("rate")).toDouble();
    const double duration = parser.value(QStringLiteral("duration")).toDouble();
    const qint64 count = parser.isSet(QStringLiteral("count")) ? parser.value(QStringLiteral("count")).toLongLong()
                                                               : qint64(rate * duration);
    if (host.isNull() || port == 0 || rate <= 0 || count <= 0) {
        context.err() << IntakeCli::tr("Give --target HOST:PORT with an IP address, a --rate above 0 and a --duration or --count.") << '\n';
        return ExitUsage;
    }

    const bool tcp = parser.isSet(QStringLiteral("tcp"));
    const bool octets = parser.isSet(QStringLiteral("octet-counting"));
    QTcpSocket stream;
    QUdpSocket datagrams;
    if (tcp) {
        stream.connectToHost(host, port);
        if (!stream.waitForConnected(5000)) {
            context.err() << IntakeCli::tr("Cannot connect to %1: %2").arg(target, stream.errorString()) << '\n';
            return ExitFailure;
        }
    }

    SyslogGenerator generator(parser.value(QStringLiteral("seed")).toUInt());
    QElapsedTimer clock;
    clock.start();
    qint64 sent = 0;
    QByteArray chunk;
    QByteArray line;
    // Sent in small slices against the clock, so the rate is even rather than one burst per
    // second. Over TCP the lines of a slice are rendered into one buffer and written at once:
    // the sender shares the machine with the receiver it measures, and a write per line (or
    // a buffer per line) would take the receiver's time.
    constexpr qint64 kLinesPerSlice = 4096;
    while (sent < count) {
        const qint64 due = qMin(qMin(count, sent + kLinesPerSlice), qint64(double(clock.nsecsElapsed()) * rate / 1e9) + 1);
        if (due <= sent) {
            QThread::usleep(200);
            continue;
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        chunk.resize(0); // keeps the capacity
        for (; sent < due; ++sent) {
            if (!tcp) {
                line.resize(0); // keeps the capacity, unlike clear()
                generator.appendNext(line, now);
                datagrams.writeDatagram(line, host, port);
            } else if (octets) {
                line.resize(0); // keeps the capacity, unlike clear()
                generator.appendNext(line, now);
                char length[24];
                const auto end = std::to_chars(length, length + sizeof length, line.size()).ptr;
                chunk.append(length, end - length);
                chunk += ' ';
                chunk += line;
            } else {
                generator.appendNext(chunk, now);
                chunk += '\n';
            }
        }
        if (tcp) {
            stream.write(chunk);
            while (stream.bytesToWrite() > 1024 * 1024)
                stream.waitForBytesWritten(1000);
        }
    }
    if (tcp) {
        while (stream.bytesToWrite() > 0 && stream.waitForBytesWritten(5000)) {
        }
        stream.disconnectFromHost();
        if (stream.state() != QAbstractSocket::UnconnectedState)
            stream.waitForDisconnected(5000);
    }
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    context.out() << IntakeCli::tr("sent %1 lines in %2 s (%3 lines/s) over %4")
                         .arg(sent)
                         .arg(seconds, 0, 'f', 2)
                         .arg(double(sent) / seconds, 0, 'f', 0)
                         .arg(tcp ? QStringLiteral("TCP") : QStringLiteral("UDP"))
                  << '\n';
    return ExitOk;
}

} // namespace nocdesk
