#pragma once

#include "domain/Event.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

#include <array>

namespace nocdesk {

// An event in the form the events table stores it: its text columns as UTF-8, one after the
// other in one buffer, the key values already written as the JSON the table holds. The syslog
// intake carries every line from the socket to the store this way. An Event (a QString per
// field, a QVariantMap of values) cost some twenty allocations per line to make, and as many
// frees on the writer's thread, about a third of the CPU both threads spent per line; a row
// costs two (the line and this buffer), and the writer binds it as it is.
//
// Host, code and message come first, each followed by a unit separator (U+001F), so the three
// together are one view of the buffer: the key EventFolder folds identical lines by.
class EventRow
{
public:
    enum Field : int {
        Host, Code, Message, // together: foldKey()
        Os, Kind,
        Values,     // the key values as compact JSON, as the key_values column holds them
        Status,     // storedName(EventStatus)
        Result, ParseError,
        Interface,  // the "interface" key value, for EventFolder; not a column of its own
        FieldCount
    };

    qint64 receivedMs = 0;
    qint64 eventMs = 0;
    bool hasEventTime = false;
    int facility = 1;
    int severity = int(Severity::Informational);
    int count = 1;
    QByteArray raw;

    // The statement that stores a row: its values, in this order, are receivedMs, the event
    // time (NULL when there is none), host, os, facility, severity, code, kind, message,
    // values, status, result, count, raw and parse error. Both of the store's write paths
    // use it, and the ceiling of bench_syslog_ingest.
    static constexpr char kInsert[] =
        "INSERT INTO events (received_at, event_time, host, os, facility, severity, code, kind, message,"
        " key_values, status, result, fold_count, raw, parse_error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    // The same row as Store::addEvents(const QList<Event> &) stores for event. A receivedAt
    // that is not valid becomes now, as the store has always done.
    [[nodiscard]] static EventRow fromEvent(const Event &event);
    // The event the store reads back for this row (no id: it has none yet).
    [[nodiscard]] Event toEvent() const;

    [[nodiscard]] QByteArrayView field(Field f) const
    {
        return {m_text.constData() + m_begin[f], m_end[f] - m_begin[f]};
    }
    // Host, code and message with a separator between each.
    [[nodiscard]] QByteArrayView foldKey() const
    {
        return {m_text.constData() + m_begin[Host], m_end[Message] - m_begin[Host]};
    }
    [[nodiscard]] bool parsed() const { return m_end[ParseError] == m_begin[ParseError]; }

    // Replaces every text field, given in Field order (all of them: the array's size says so):
    // UTF-16 text is written as UTF-8, bytes are taken as UTF-8 already. One allocation.
    class Text
    {
    public:
        Text(QStringView utf16) : m_utf16(utf16), m_isUtf16(true) {} // NOLINT: implicit on purpose
        Text(QByteArrayView utf8) : m_utf8(utf8) {}                  // NOLINT
        Text(const QString &utf16) : Text(QStringView(utf16)) {}    // NOLINT
        Text(const QByteArray &utf8) : Text(QByteArrayView(utf8)) {} // NOLINT
        Text(const char *utf8) : Text(QByteArrayView(utf8)) {}       // NOLINT

    private:
        friend class EventRow;
        QStringView m_utf16;
        QByteArrayView m_utf8;
        bool m_isUtf16 = false;
    };
    void setText(const std::array<Text, FieldCount> &fields);

    bool operator==(const EventRow &o) const;

private:
    QByteArray m_text;
    std::array<int, FieldCount> m_begin{};
    std::array<int, FieldCount> m_end{};
};

} // namespace nocdesk
