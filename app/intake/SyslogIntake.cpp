#include "SyslogIntake.h"

#include "EventBatchWriter.h"
#include "Store.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace nocdesk {

namespace {
constexpr qsizetype kMaxLine = 64 * 1024;
constexpr int kStopGracePeriodMs = 30000;
// Qt reads a TCP stream into its own buffer; bounded, a full backlog leaves the rest in the
// kernel and TCP flow control slows the sender instead of NocDesk dropping acknowledged lines.
constexpr qint64 kStreamReadBuffer = 1024 * 1024;
// What one read takes off a stream at most.
constexpr qsizetype kReadChunk = 256 * 1024;
} // namespace

SyslogIntake::SyslogIntake(QString databasePath, SyslogIntakeConfig config, LineParser parser, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_config(config), m_parser(std::move(parser)),
      m_folder(config.folding)
{
}

SyslogIntake::~SyslogIntake()
{
    m_udp.reset(); // its thread posts to this object: stopped first
    if (m_writerThread.isRunning()) {
        m_writer->giveUpAfter(QDeadlineTimer(0));
        m_writerThread.quit();
        m_writerThread.wait();
    }
}

QString SyslogIntake::start()
{
    if (m_config.udp) {
        m_udp = std::make_unique<UdpSyslogReceiver>(kMaxLine, m_config.maxQueuedDatagrams);
        const QString error = m_udp->start(m_config.address, m_config.udpPort, [this] {
            QMetaObject::invokeMethod(this, &SyslogIntake::readDatagrams, Qt::QueuedConnection);
        });
        if (!error.isEmpty()) {
            m_udp.reset();
            return QCoreApplication::translate("nocdesk::SyslogIntake", "Cannot listen for syslog on UDP %1 port %2: %3")
                .arg(m_config.address.toString()).arg(m_config.udpPort).arg(error);
        }
    }
    if (m_config.tcp) {
        m_tcp = new QTcpServer(this);
        if (!m_tcp->listen(m_config.address, m_config.tcpPort))
            return QCoreApplication::translate("nocdesk::SyslogIntake", "Cannot listen for syslog on TCP %1 port %2: %3")
                .arg(m_config.address.toString()).arg(m_config.tcpPort).arg(m_tcp->errorString());
        m_tcp->setMaxPendingConnections(256);
        connect(m_tcp, &QTcpServer::newConnection, this, &SyslogIntake::acceptConnections);
    }
    m_writer = new EventBatchWriter(m_databasePath);
    m_writer->moveToThread(&m_writerThread);
    connect(&m_writerThread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &EventBatchWriter::written, this, &SyslogIntake::batchWritten);
    connect(m_writer, &EventBatchWriter::storeError, this, &SyslogIntake::storeError);
    connect(m_writer, &EventBatchWriter::abandoned, this, [this](int rows, int lines) {
        // Each repeat was a line received, counted as folded, and now not in the store either.
        m_dropped.fetchAndAddRelaxed(quint64(lines));
        if (rows > 0) {
            m_inFlight -= rows;
            // That batch will get no ids; repeats counted for its rows meanwhile are lost too.
            m_dropped.fetchAndAddRelaxed(m_folder.rowsStored({}));
        }
    });
    m_writerThread.setObjectName(QStringLiteral("nocdesk-intake-writer"));
    m_writerThread.start();

    m_flushTimer = new QTimer(this);
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(m_config.batchIntervalMs);
    connect(m_flushTimer, &QTimer::timeout, this, &SyslogIntake::flush);
    return {};
}

void SyslogIntake::stop()
{
    m_stopping = true;
    if (m_udp) {
        m_udp->stop(); // reads what the socket still holds
        readDatagrams();
    }
    if (m_tcp) {
        // Connections still in the kernel's backlog were acknowledged to their senders: take
        // them in before the listening socket goes, or closing it would reset them.
        bool timedOut = false;
        while (m_tcp->waitForNewConnection(0, &timedOut) && !timedOut)
            acceptConnections();
        acceptConnections();
        m_tcp->close();
        const QList<QTcpSocket *> sockets = m_streams.keys();
        for (QTcpSocket *socket : sockets) {
            // Read whatever the kernel holds for this stream, then end it.
            do {
                readStream(socket);
            } while (m_streams.contains(socket) && socket->waitForReadyRead(0));
            closeStream(socket);
        }
    }
    flush();
    if (m_flushTimer)
        m_flushTimer->stop();
    if (m_writerThread.isRunning()) {
        // Queued batches are written in order: once this empty call returns, all of them are.
        // A database held locked by someone else gets a generous while to let go before
        // what is still unwritten is counted as dropped.
        m_writer->giveUpAfter(QDeadlineTimer(kStopGracePeriodMs));
        QMetaObject::invokeMethod(m_writer, [] {}, Qt::BlockingQueuedConnection);
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall); // their "written" notes
        // Repeats of the rows just written were waiting for their ids: one more, last batch.
        if (m_folder.hasIncrements()) {
            flush();
            QMetaObject::invokeMethod(m_writer, [] {}, Qt::BlockingQueuedConnection);
            QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
        }
        m_writerThread.quit();
        m_writerThread.wait();
    }
}

quint16 SyslogIntake::udpPort() const { return m_udp ? m_udp->port() : 0; }

quint16 SyslogIntake::tcpPort() const { return m_tcp ? m_tcp->serverPort() : 0; }

SyslogIntakeCounters SyslogIntake::counters() const
{
    return {m_received.loadRelaxed(), m_parsed.loadRelaxed(), m_unparsed.loadRelaxed(), m_dropped.loadRelaxed(),
            m_committed.loadRelaxed(), m_folded.loadRelaxed()};
}

void SyslogIntake::readDatagrams()
{
    // Datagrams the receiving thread could not queue were received, and are lost: count both.
    if (const quint64 lost = m_udp->takeDropped(); lost > 0) {
        m_received.fetchAndAddRelaxed(lost);
        m_dropped.fetchAndAddRelaxed(lost);
    }
    const QList<UdpSyslogReceiver::Datagram> datagrams = m_udp->take();
    for (qsizetype i = 0; i < datagrams.size(); ++i) {
        if (backlogFull()) {
            // Nothing in this loop drains the backlog: the rest go the same way, counted.
            const auto rest = quint64(datagrams.size() - i);
            m_received.fetchAndAddRelaxed(rest);
            m_dropped.fetchAndAddRelaxed(rest);
            break;
        }
        const UdpSyslogReceiver::Datagram &d = datagrams.at(i);
        m_receivedMs = d.receivedMs;
        take(d.line, d.truncated);
    }
}

void SyslogIntake::acceptConnections()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        socket->setParent(this);
        socket->setReadBufferSize(kStreamReadBuffer);
        m_streams.insert(socket, TcpSyslogFramer(kMaxLine));
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readStream(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { closeStream(socket); });
        readStream(socket);
    }
}

void SyslogIntake::readStream(QTcpSocket *socket, bool force)
{
    auto it = m_streams.find(socket);
    if (it == m_streams.end() || (backlogFull() && !m_stopping && !force))
        return; // left unread: Qt's buffer fills, then the kernel's, then the sender waits
    // Read into one buffer kept for the intake's life: a fresh buffer per read is a large
    // allocation, and freeing it makes malloc consolidate its free lists every time.
    if (m_readBuffer.size() < kReadChunk)
        m_readBuffer.resize(kReadChunk);
    for (;;) {
        const qint64 n = socket->read(m_readBuffer.data(), m_readBuffer.size());
        if (n <= 0)
            break;
        m_receivedMs = QDateTime::currentMSecsSinceEpoch(); // lines read together arrived together
        it->feed(QByteArrayView(m_readBuffer.constData(), n), [this](const QByteArray &line, bool truncated) { take(line, truncated); });
        if (n < m_readBuffer.size() || (backlogFull() && !m_stopping && !force))
            break;
    }
}

void SyslogIntake::closeStream(QTcpSocket *socket)
{
    auto it = m_streams.find(socket);
    if (it == m_streams.end())
        return;
    readStream(socket, true);
    m_receivedMs = QDateTime::currentMSecsSinceEpoch();
    it->finish([this](const QByteArray &line, bool truncated) { take(line, truncated); });
    m_streams.erase(it);
    socket->disconnect(this);
    socket->deleteLater();
}

void SyslogIntake::take(const QByteArray &line, bool truncated)
{
    if (std::all_of(line.cbegin(), line.cend(), [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }))
        return; // keep-alive newlines are not messages
    m_received.fetchAndAddRelaxed(1);
    EventRow row = m_parser(line, m_receivedMs, truncated);
    (row.parsed() ? m_parsed : m_unparsed).fetchAndAddRelaxed(1);
    m_folder.add(std::move(row));
    m_folded.storeRelaxed(m_folder.folded());
    if (m_folder.pendingRows() >= m_config.batchRows)
        flush();
    else if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void SyslogIntake::flush()
{
    m_flushTimer->stop();
    QList<EventRow> rows = m_folder.takeRows();
    QHash<qint64, int> increments = m_folder.takeIncrements();
    if (rows.isEmpty() && increments.isEmpty())
        return;
    m_inFlight += rows.size();
    QMetaObject::invokeMethod(
        m_writer, [writer = m_writer, rows = std::move(rows), increments = std::move(increments)] { writer->write(rows, increments); },
        Qt::QueuedConnection);
}

bool SyslogIntake::backlogFull() const { return m_folder.pendingRows() + m_inFlight >= m_config.maxPendingRows; }

void SyslogIntake::batchWritten(const QList<qint64> &ids, const QList<qint64> &counted)
{
    if (!ids.isEmpty()) {
        m_folder.rowsStored(ids);
        m_inFlight -= ids.size();
        m_committed.fetchAndAddRelaxed(quint64(ids.size()));
        Q_EMIT committed(ids.constFirst(), ids.constLast());
    }
    if (!counted.isEmpty())
        Q_EMIT countsChanged(counted);
    // Repeats that waited for these ids go with the next batch, even if no line comes.
    if (m_folder.hasIncrements() && !m_stopping && m_flushTimer && !m_flushTimer->isActive())
        m_flushTimer->start();
    // Streams held back while the backlog was full go on where they stopped.
    if (!backlogFull()) {
        const QList<QTcpSocket *> sockets = m_streams.keys();
        for (QTcpSocket *socket : sockets) {
            if (socket->bytesAvailable() > 0)
                readStream(socket);
        }
    }
}

} // namespace nocdesk
