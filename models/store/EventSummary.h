#pragma once

#include "EventRow.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVarLengthArray>

struct sqlite3;

namespace nocdesk {

// The summary of the events table the Live Events pane reads before the table itself
// (migration 9): for each device, and for each class of event (code, kind and severity
// together), which rows have it, as the first and last id and the number of rows. A filter on
// a value no row has is then empty at once, a rare value's rows are searched between its
// first and last id only, and a sort by severity skips the severities the filter keeps none
// of; without it each of those walked the whole table.
//
// The summary is written with the rows, in the same transaction, by every path that inserts
// events: a batch is aggregated here in memory, then a few hundred upserts (one per device and
// class in the batch) go in after its rows, where an index on those columns would add an
// entry per row. Only columns an event never changes after it is stored are summarised (not
// status or the fold count), so nothing else has to keep it right. No code deletes events; one
// that does (a prune) must take its rows out of the summary in the same transaction, or build
// it again as migration 9 does, or the pane's counts would include rows that are gone.
class EventSummary
{
public:
    // Summarises a batch just stored (ids: what each event got), inside its transaction: on
    // the writer's own connection (SQLite's API) or through QtSql. Throw StoreError.
    static void record(sqlite3 *db, const QList<qint64> &ids, const QList<EventRow> &events);
    static void record(const QSqlDatabase &db, const QList<qint64> &ids, const QList<EventRow> &events);

private:
    // A row the batch stored, with the id it got.
    // The summary of one batch, the i-th event stored under the i-th id.
    static EventSummary of(const QList<qint64> &ids, const QList<EventRow> &events);
    void add(qint64 id, const EventRow &event);
    // Adds the rows added so far to the summary tables.
    void write(sqlite3 *db) const;
    void write(const QSqlDatabase &db) const;

    struct Rows
    {
        qint64 first = 0;
        qint64 last = 0;
        qint64 count = 0;
        void add(qint64 id);
    };
    // The classes of one code: its kinds and severities, a few at most. Looked up by code,
    // then found by a scan: one string hashed per row rather than two.
    struct Class
    {
        QByteArray kind;
        int severity = 0;
        Rows rows;
    };

    // A device's rows, and which severities they have (bit 1 << severity): a device sends
    // few of the eight, and the mask comes with no upsert of its own.
    struct Host
    {
        Rows rows;
        int severities = 0;
    };

    // Keyed by the UTF-8 the rows hold, looked up as views of them (QByteArray::fromRawData):
    // a key is copied once per batch, when it is new.
    QHash<QByteArray, Host> m_hosts;
    QHash<QByteArray, QVarLengthArray<Class, 2>> m_classes;
};

} // namespace nocdesk
