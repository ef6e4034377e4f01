#include "UdpSyslogReceiver.h"

#include <QDateTime>
#include <QUdpSocket>

#include <linux/sock_diag.h>
#include <sys/socket.h>

namespace nocdesk {

namespace {
// A burst of UDP at 100k lines/s overflows the default socket buffer within milliseconds; the
// receiving thread empties it continuously, this covers it being descheduled for a while.
constexpr int kReceiveBuffer = 8 * 1024 * 1024;
// Datagrams handed over at a time while a burst goes on, so the intake starts on the first
// ones while the rest are still being read.
constexpr qsizetype kHandOver = 1024;
} // namespace

UdpSyslogReceiver::UdpSyslogReceiver(qsizetype maxLine, qsizetype maxQueued)
    : m_maxLine(maxLine), m_maxQueued(maxQueued)
{
}

UdpSyslogReceiver::~UdpSyslogReceiver() { stop(); }

QString UdpSyslogReceiver::start(const QHostAddress &address, quint16 port, std::function<void()> ready)
{
    auto *socket = new QUdpSocket; // no parent: it moves to the receiving thread
    if (!socket->bind(address, port)) {
        const QString reason = socket->errorString();
        delete socket;
        return reason;
    }
    socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, kReceiveBuffer);
    m_port = socket->localPort();
    m_descriptor = socket->socketDescriptor();
    m_kernelDrops = kernelDrops(m_descriptor);
    m_sinceDropCheck.start();
    m_ready = std::move(ready);
    // One byte more than a line may have: a datagram that fills it was longer and is cut
    // (Linux hands over the part that fits). Asking for its size first would be one more
    // system call per line.
    m_buffer.resize(m_maxLine + 1);
    m_socket = socket;
    socket->moveToThread(&m_thread);
    // Runs on the receiving thread: the socket is the context.
    connect(socket, &QUdpSocket::readyRead, socket, [this] { readDatagrams(); });
    m_thread.setObjectName(QStringLiteral("nocdesk-udp")); // the kernel keeps 15 bytes: distinct from the writer's
    m_thread.start();
    return {};
}

void UdpSyslogReceiver::stop()
{
    if (!m_socket)
        return;
    // What the kernel holds was received: read it before the socket closes.
    QMetaObject::invokeMethod(
        m_socket,
        [this] {
            readDatagrams();
            countKernelDrops();
            m_socket->close();
            m_socket->deleteLater(); // the thread deletes it as it finishes
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_socket = nullptr;
}

QList<UdpSyslogReceiver::Datagram> UdpSyslogReceiver::take()
{
    QMutexLocker lock(&m_mutex);
    return std::exchange(m_queue, {});
}

void UdpSyslogReceiver::readDatagrams()
{
    QList<Datagram> read;
    auto handOver = [this, &read] {
        if (read.isEmpty())
            return;
        bool wasEmpty = false;
        {
            QMutexLocker lock(&m_mutex);
            wasEmpty = m_queue.isEmpty();
            const qsizetype room = qMax<qsizetype>(0, m_maxQueued - m_queue.size());
            const qsizetype kept = qMin(room, read.size());
            if (wasEmpty && kept == read.size())
                m_queue = std::move(read);
            else
                m_queue.append(read.mid(0, kept));
            if (kept < read.size())
                m_dropped.fetchAndAddRelaxed(quint64(read.size() - kept));
            wasEmpty = wasEmpty && kept > 0;
        }
        read = {};
        if (wasEmpty && m_ready)
            m_ready(); // the consumer takes everything queued by then; later ones wake it again
    };
    // Datagrams read together arrived together: one time for them.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    while (m_socket->hasPendingDatagrams()) {
        const qint64 n = m_socket->readDatagram(m_buffer.data(), m_buffer.size());
        if (n < 0)
            break;
        qsizetype size = qMin<qsizetype>(n, m_maxLine);
        const char *bytes = m_buffer.constData();
        while (size > 0 && (bytes[size - 1] == '\n' || bytes[size - 1] == '\r' || bytes[size - 1] == '\0'))
            --size;
        read.append({QByteArray(bytes, size), n > m_maxLine, now});
        if (read.size() >= kHandOver)
            handOver();
    }
    handOver();
    if (m_sinceDropCheck.elapsed() >= 100)
        countKernelDrops();
}

void UdpSyslogReceiver::countKernelDrops()
{
    m_sinceDropCheck.restart();
    if (!m_kernelDrops)
        return; // not readable here
    const std::optional<quint32> drops = kernelDrops(m_descriptor);
    // A 32-bit count in the kernel: the difference, taken modulo 2^32, survives its wrapping.
    if (drops && *drops != *m_kernelDrops) {
        m_dropped.fetchAndAddRelaxed(quint32(*drops - *m_kernelDrops));
        m_kernelDrops = drops;
        if (m_ready)
            m_ready(); // the consumer picks the count up even if no datagram follows
    }
}

std::optional<quint32> UdpSyslogReceiver::kernelDrops(qintptr descriptor)
{
    // The socket's own memory figures, SK_MEMINFO_DROPS among them: one system call, where
    // /proc/net/udp lists every UDP socket of the machine.
    quint32 meminfo[SK_MEMINFO_VARS] = {};
    socklen_t size = sizeof(meminfo);
    if (descriptor < 0 || getsockopt(int(descriptor), SOL_SOCKET, SO_MEMINFO, meminfo, &size) != 0
        || size < socklen_t((SK_MEMINFO_DROPS + 1) * sizeof(quint32)))
        return std::nullopt;
    return meminfo[SK_MEMINFO_DROPS];
}

} // namespace nocdesk
