#include "EventRow.h"

#include "CompactJson.h"

#include <QStringEncoder>

namespace nocdesk {

namespace {
constexpr char kSeparator = '\x1f';
} // namespace

EventRow EventRow::fromEvent(const Event &event)
{
    EventRow row;
    row.receivedMs = (event.receivedAt.isValid() ? event.receivedAt : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
    row.hasEventTime = event.eventTime.isValid();
    row.eventMs = row.hasEventTime ? event.eventTime.toMSecsSinceEpoch() : 0;
    row.facility = event.facility;
    row.severity = int(event.severity);
    row.count = event.count;
    row.raw = event.raw;
    const QString interface = event.values.value(QStringLiteral("interface")).toString();
    row.setText({event.host, event.code, event.message, event.os, event.kind, compactJson(event.values),
                 storedName(event.status), event.result, event.parseError, interface});
    return row;
}

void EventRow::setText(std::initializer_list<Text> fields)
{
    Q_ASSERT(fields.size() == FieldCount);
    QStringEncoder encoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    // Room for the longest each could be, one separator after each: written in place, then cut.
    qsizetype room = 0;
    for (const Text &t : fields)
        room += (t.m_isUtf16 ? encoder.requiredSpace(t.m_utf16.size()) : t.m_utf8.size()) + 1;
    m_text.resize(room);
    char *const start = m_text.data();
    char *out = start;
    int i = 0;
    for (const Text &t : fields) {
        m_begin[i] = int(out - start);
        if (t.m_isUtf16) {
            // Device lines are ASCII nearly always: copied unit by unit, the encoder taking
            // over from the first unit that is not.
            const char16_t *in = t.m_utf16.utf16();
            const qsizetype n = t.m_utf16.size();
            qsizetype k = 0;
            for (; k < n && in[k] < 0x80; ++k)
                out[k] = char(in[k]);
            out += k;
            if (k < n)
                out = encoder.appendToBuffer(out, t.m_utf16.sliced(k));
        } else if (!t.m_utf8.isEmpty()) {
            memcpy(out, t.m_utf8.data(), size_t(t.m_utf8.size()));
            out += t.m_utf8.size();
        }
        m_end[i] = int(out - start);
        *out++ = kSeparator;
        ++i;
    }
    m_text.truncate(out - start);
}

bool EventRow::operator==(const EventRow &o) const
{
    if (receivedMs != o.receivedMs || hasEventTime != o.hasEventTime || (hasEventTime && eventMs != o.eventMs)
        || facility != o.facility || severity != o.severity || count != o.count || raw != o.raw)
        return false;
    for (int f = 0; f < FieldCount; ++f) {
        if (field(Field(f)) != o.field(Field(f)))
            return false;
    }
    return true;
}

} // namespace nocdesk
