#include "EventRow.h"

#include "CompactJson.h"

#include <QJsonDocument>
#include <QJsonObject>
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

Event EventRow::toEvent() const
{
    auto text = [this](Field f) { return QString::fromUtf8(field(f)); };
    Event e;
    e.receivedAt = QDateTime::fromMSecsSinceEpoch(receivedMs, Qt::UTC);
    if (hasEventTime)
        e.eventTime = QDateTime::fromMSecsSinceEpoch(eventMs, Qt::UTC);
    e.host = text(Host);
    e.os = text(Os);
    e.facility = facility;
    e.severity = static_cast<Severity>(severity);
    e.code = text(Code);
    e.kind = text(Kind);
    e.message = text(Message);
    e.values = QJsonDocument::fromJson(field(Values).toByteArray()).object().toVariantMap();
    e.status = eventStatusFromString(text(Status));
    e.result = text(Result);
    e.count = count;
    e.raw = raw;
    e.parseError = text(ParseError);
    return e;
}

void EventRow::setText(const std::array<Text, FieldCount> &fields)
{
    // Exactly the room the UTF-8 takes, one separator after each field: rows wait by the
    // hundred thousand in a backlog, so no slack per row. A UTF-16 unit below 0x80 is one
    // byte, any other at most three; nearly every field is ASCII, which Qt checks a vector at
    // a time.
    qsizetype room = 0;
    for (const Text &t : fields) {
        room += (t.m_isUtf16 ? t.m_utf16.size() : t.m_utf8.size()) + 1;
        if (t.m_isUtf16 && !QtPrivate::isAscii(t.m_utf16)) {
            for (QChar c : t.m_utf16)
                room += c.unicode() < 0x80 ? 0 : 2;
        }
    }
    m_text.resize(room);
    QStringEncoder encoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    char *const start = m_text.data();
    char *out = start;
    int i = 0;
    for (const Text &t : fields) {
        m_begin[i] = int(out - start);
        if (t.m_isUtf16) {
            out = encoder.appendToBuffer(out, t.m_utf16);
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
