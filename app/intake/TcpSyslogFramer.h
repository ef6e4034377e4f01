#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

namespace nocdesk {

// Splits a TCP syslog stream into messages, per RFC 6587: octet counting ("123 <34>...") or
// non-transparent framing (each message ends with LF; a CR before it is dropped). The method is
// told apart per message, as senders that mix them exist. A message over the line limit is cut
// there and reported as truncated; the rest of it is skipped, never read as further messages.
class TcpSyslogFramer
{
public:
    using Sink = std::function<void(const QByteArray &message, bool truncated)>;

    explicit TcpSyslogFramer(qsizetype maxMessageBytes = 64 * 1024) : m_max(maxMessageBytes) {}

    // Feeds received bytes; calls sink for every complete message, in order.
    void feed(QByteArrayView data, const Sink &sink);
    // At end of stream: a last message without its LF is still a message.
    void finish(const Sink &sink);
    [[nodiscard]] qsizetype buffered() const { return m_buffer.size() - m_offset; }

private:
    // Returns false when more bytes are needed.
    bool takeOne(const Sink &sink);

    QByteArray m_buffer;
    qsizetype m_offset = 0;     // start of the unread part of m_buffer
    qsizetype m_skipOctets = 0; // bytes of an over-long counted message still to drop
    bool m_skipToNewline = false;
    qsizetype m_max;
};

} // namespace nocdesk
