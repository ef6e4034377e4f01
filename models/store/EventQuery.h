#pragma once

#include "domain/Event.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

namespace nocdesk {

// What the Live Events pane asks of the store: which events (a filter evaluated in SQL) in
// which order (one column, the id breaking ties). Value types, so a filter can be saved,
// compared and handed to a background task.
struct EventFilter
{
    // Device, code and kind match exactly, case-sensitively; a value with * or ? matches as a
    // glob ("fra1-*").
    QString host;
    QString code;
    QString kind;
    std::optional<Severity> severity;
    bool severityOrWorse = true; // "warning" shows emergency..warning; false: only warning
    std::optional<EventStatus> status;
    // On the time the pane shows (the device's stamp, else when received); open when invalid.
    QDateTime from;
    QDateTime to;
    // Every word must appear, case-insensitively (ASCII), in the raw line, message or kind.
    QString text;

    [[nodiscard]] QStringList words() const;
    [[nodiscard]] bool isEmpty() const;

    bool operator==(const EventFilter &o) const;
    bool operator!=(const EventFilter &o) const { return !(*this == o); }
};

// The orders the pane offers. Arrival is the store id: what a live tail shows, newest first,
// and the order device clocks cannot scramble.
enum class EventSortKey { Arrival, Host, Severity, Code, Kind, Message, Status, Count };

struct EventOrder
{
    EventSortKey key = EventSortKey::Arrival;
    // Descending on Severity puts the most severe first (the lowest syslog number).
    bool descending = true;

    bool operator==(const EventOrder &o) const { return key == o.key && descending == o.descending; }
    bool operator!=(const EventOrder &o) const { return !(*this == o); }
};

// A position in an order: the sort column's value and the id.
struct EventKey
{
    QVariant value; // QString or qint64; null for Arrival
    qint64 id = 0;
};

// The key of an event in an order, and how two keys compare in it (negative: a comes first).
// Text compares as SQLite's BINARY collation does for the characters device names, codes and
// kinds use (UTF-16 and UTF-8 order differ only beyond the BMP).
[[nodiscard]] EventKey eventKey(const Event &event, const EventOrder &order);
[[nodiscard]] int compareKeys(const EventKey &a, const EventKey &b, const EventOrder &order);

// Where a page starts: at the start of the order, at a key, or just after a key.
struct EventPageStart
{
    enum Kind { Begin, AtKey, AfterKey };
    Kind kind = Begin;
    EventKey key;

    static EventPageStart begin() { return {}; }
    static EventPageStart at(const EventKey &key) { return {AtKey, key}; }
    static EventPageStart after(const EventKey &key) { return {AfterKey, key}; }
};

} // namespace nocdesk
