#pragma once

#include "EventFolder.h"
#include "TcpSyslogFramer.h"
#include "UdpSyslogReceiver.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace nocdesk {

class EventBatchWriter;

struct SyslogIntakeConfig
{
    QHostAddress address = QHostAddress::LocalHost; // 514 needs root; 5514 does not
    quint16 udpPort = 5514;                          // 0: any free port
    quint16 tcpPort = 5514;
    bool udp = true;
    bool tcp = true;
    int batchRows = 5000;       // commit when this many lines are waiting ...
    int batchIntervalMs = 100;  // ... or this long after the first of them arrived
    // Received but not yet stored. Beyond it (the store is stuck) TCP senders are slowed down by
    // flow control, and UDP lines, which nobody acknowledged, are dropped and counted.
    int maxPendingRows = 500000;
    // UDP datagrams read off the socket (on a thread of their own) that the intake has not
    // taken yet. Beyond it they are dropped and counted.
    int maxQueuedDatagrams = 200000;
    EventFoldConfig folding;
};

struct SyslogIntakeCounters
{
    quint64 received = 0;  // messages taken off the sockets, and UDP datagrams the kernel dropped for NocDesk's socket
    quint64 parsed = 0;
    quint64 unparsed = 0;  // kept all the same, with the reason
    quint64 dropped = 0;   // could not be kept (the store did not take them in time; UDP: a full queue or socket buffer)
    quint64 committed = 0; // rows in the store
    quint64 folded = 0;    // lines counted into an earlier event (a repeat, a flapping interface)
};

// Receives and parses syslog over UDP and TCP on its own thread and hands the events in
// batches to a writer thread, so neither a burst of lines, nor the disk, nor the GUI waits on
// the others. Construct it, move it to its thread,
// then call start() there (IntakeService does all of that).
class SyslogIntake : public QObject
{
    Q_OBJECT
public:
    // Turns one received line into the row the store keeps for it (parseSyslogRow). truncated:
    // the line was cut at the intake's limit. Must be callable from the intake thread.
    using LineParser = std::function<EventRow(const QByteArray &line, qint64 receivedMs, bool truncated)>;

    SyslogIntake(QString databasePath, SyslogIntakeConfig config, LineParser parser, QObject *parent = nullptr);
    ~SyslogIntake() override;

    // Binds the sockets; on failure returns the reason. Call on the intake thread.
    [[nodiscard]] QString start();
    // Reads what the sockets still hold, commits everything pending and closes. A line the
    // kernel acknowledged over TCP before stop() is in the store after it.
    void stop();

    [[nodiscard]] quint16 udpPort() const;
    [[nodiscard]] quint16 tcpPort() const;
    // Safe from any thread.
    [[nodiscard]] SyslogIntakeCounters counters() const;

Q_SIGNALS:
    // Rows firstId..lastId (inclusive) are committed.
    void committed(qint64 firstId, qint64 lastId);
    // Stored rows whose count grew.
    void countsChanged(const QList<qint64> &ids);
    void storeError(const QString &message);

private:
    void readDatagrams();
    void acceptConnections();
    // force: read even with a full backlog (the stream is ending; what it holds must be kept).
    void readStream(QTcpSocket *socket, bool force = false);
    void closeStream(QTcpSocket *socket);
    void take(const QByteArray &line, bool truncated);
    void flush();
    [[nodiscard]] bool backlogFull() const;
    void batchWritten(const QList<qint64> &ids, const QList<qint64> &counted);

    QString m_databasePath;
    SyslogIntakeConfig m_config;
    LineParser m_parser;
    std::unique_ptr<UdpSyslogReceiver> m_udp;
    QTcpServer *m_tcp = nullptr;
    QTimer *m_flushTimer = nullptr;
    QHash<QTcpSocket *, TcpSyslogFramer> m_streams;
    EventFolder m_folder;
    QThread m_writerThread;
    EventBatchWriter *m_writer = nullptr;
    qsizetype m_inFlight = 0; // rows handed to the writer, not yet stored
    bool m_stopping = false;  // stop() reads every stream to its end, backlog or not
    QByteArray m_readBuffer;
    qint64 m_receivedMs = 0; // when the lines being taken were read off their socket

    QAtomicInteger<quint64> m_received;
    QAtomicInteger<quint64> m_parsed;
    QAtomicInteger<quint64> m_unparsed;
    QAtomicInteger<quint64> m_dropped;
    QAtomicInteger<quint64> m_committed;
    QAtomicInteger<quint64> m_folded;
};

} // namespace nocdesk
