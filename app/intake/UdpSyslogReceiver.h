#pragma once

#include <QAtomicInteger>
#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QThread>

#include <functional>
#include <optional>

class QUdpSocket;

namespace nocdesk {

// Takes syslog datagrams off a UDP socket on a thread that does nothing else, into a queue the
// intake empties when it can. UDP has no flow control: whatever the kernel's socket buffer
// cannot hold while the intake is busy parsing a burst, or waiting on a full backlog, is lost
// without a trace. With this thread the socket is emptied within microseconds of each
// datagram, and a stall of the intake fills the queue (bounded) instead of the kernel buffer.
// A datagram that finds the queue full is dropped and counted, never lost silently; so is
// one the kernel dropped because the socket's buffer was full (Linux counts those per socket,
// and this reads the count).
class UdpSyslogReceiver : public QObject
{
    Q_OBJECT
public:
    struct Datagram
    {
        QByteArray line;     // trailing newlines and NULs removed, cut at the line limit
        bool truncated = false;
        qint64 receivedMs = 0; // since the epoch, UTC
    };

    // maxLine: longer datagrams are cut there (and flagged). maxQueued: datagrams waiting for
    // the intake beyond which new ones are dropped.
    UdpSyslogReceiver(qsizetype maxLine, qsizetype maxQueued);
    ~UdpSyslogReceiver() override;

    // Binds and starts the receiving thread; on failure returns the reason. ready is called
    // on the receiving thread whenever datagrams arrive in an empty queue: it should post to
    // the consumer, which then calls take().
    [[nodiscard]] QString start(const QHostAddress &address, quint16 port, std::function<void()> ready);
    // Reads what the socket still holds, then stops the thread. take() afterwards gets it all.
    void stop();

    [[nodiscard]] quint16 port() const { return m_port; }
    // The datagrams queued so far, oldest first; from any thread.
    [[nodiscard]] QList<Datagram> take();
    // Datagrams dropped since the last call, because the queue was full or by the kernel
    // (read at most every 100 ms while datagrams arrive, and at stop()); from any thread.
    [[nodiscard]] quint64 takeDropped() { return m_dropped.fetchAndStoreRelaxed(0); }

    // What Linux counts as dropped for this socket, its receive buffer full (SO_MEMINFO; a
    // 32-bit count that wraps); nothing where that cannot be read.
    [[nodiscard]] static std::optional<quint32> kernelDrops(qintptr descriptor);

private:
    void readDatagrams(); // on the receiving thread
    void countKernelDrops(); // on the receiving thread

    qsizetype m_maxLine;
    qsizetype m_maxQueued;
    QThread m_thread;
    QUdpSocket *m_socket = nullptr; // lives on m_thread
    quint16 m_port = 0;
    std::function<void()> m_ready;
    QByteArray m_buffer;
    QMutex m_mutex;
    QList<Datagram> m_queue; // guarded by m_mutex
    QAtomicInteger<quint64> m_dropped;
    qintptr m_descriptor = -1;
    std::optional<quint32> m_kernelDrops; // the kernel's count when last read; none: not readable
    QElapsedTimer m_sinceDropCheck;
};

} // namespace nocdesk
