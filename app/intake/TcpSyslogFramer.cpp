#include "TcpSyslogFramer.h"

namespace nocdesk {

namespace {
// "NNN " in front of a counted message: at most this many digits (a message of up to 1 GB).
constexpr int kMaxLengthDigits = 9;

QByteArray withoutLineEnd(QByteArray line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}
} // namespace

void TcpSyslogFramer::feed(QByteArrayView data, const Sink &sink)
{
    m_buffer.append(data);
    while (takeOne(sink)) {
    }
    // Compact only now and then: the unread tail is usually tiny, the read head can be large.
    if (m_offset > 0 && (m_offset >= m_buffer.size() || m_offset > 65536)) {
        m_buffer.remove(0, m_offset);
        m_offset = 0;
    }
}

bool TcpSyslogFramer::takeOne(const Sink &sink)
{
    const qsizetype available = m_buffer.size() - m_offset;
    if (available <= 0)
        return false;
    const char *data = m_buffer.constData() + m_offset;

    if (m_skipOctets > 0) {
        const qsizetype n = qMin(available, m_skipOctets);
        m_skipOctets -= n;
        m_offset += n;
        return m_skipOctets == 0;
    }
    if (m_skipToNewline) {
        const char *nl = static_cast<const char *>(memchr(data, '\n', size_t(available)));
        if (!nl) {
            m_offset += available;
            return false;
        }
        m_offset += (nl - data) + 1;
        m_skipToNewline = false;
        return true;
    }

    // Octet counting starts with a non-zero digit; a syslog message itself starts with '<'.
    if (data[0] >= '1' && data[0] <= '9') {
        qsizetype i = 0;
        qsizetype length = 0;
        while (i < available && i < kMaxLengthDigits && data[i] >= '0' && data[i] <= '9')
            length = length * 10 + (data[i++] - '0');
        if (i == available)
            return false; // the length itself is still arriving
        // "NNN <": a count before a message. Digits and a space before anything else are the
        // start of a plain line (a year, say) in newline framing.
        if (data[i] == ' ' && i + 1 == available)
            return false;
        if (data[i] == ' ' && data[i + 1] == '<') {
            const qsizetype start = i + 1;
            if (length > m_max) {
                if (available < start + m_max)
                    return false;
                sink(QByteArray(data + start, m_max), true);
                m_offset += start + m_max;
                m_skipOctets = length - m_max;
                return true;
            }
            if (available < start + length)
                return false;
            sink(QByteArray(data + start, length), false);
            m_offset += start + length;
            return true;
        }
    }

    const qsizetype limit = qMin(available, m_max + 1);
    const char *nl = static_cast<const char *>(memchr(data, '\n', size_t(limit)));
    if (nl) {
        sink(withoutLineEnd(QByteArray(data, nl - data)), false);
        m_offset += (nl - data) + 1;
        return true;
    }
    if (available > m_max) {
        sink(QByteArray(data, m_max), true);
        m_offset += m_max;
        m_skipToNewline = true;
        return true;
    }
    return false;
}

void TcpSyslogFramer::finish(const Sink &sink)
{
    while (takeOne(sink)) {
    }
    const qsizetype rest = m_buffer.size() - m_offset;
    if (rest > 0 && m_skipOctets == 0 && !m_skipToNewline) {
        const QByteArray tail = withoutLineEnd(m_buffer.mid(m_offset));
        if (!tail.trimmed().isEmpty())
            sink(tail, false);
    }
    m_buffer.clear();
    m_offset = 0;
    m_skipOctets = 0;
    m_skipToNewline = false;
}

} // namespace nocdesk
