#include "EventSummary.h"

#include "SqlQuery.h"
#include "SqliteStatement.h"
#include "StoreError.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace nocdesk {

namespace {

// A value already summarised grows its range and count; first_id and last_id take min and
// max so the order batches commit in does not matter.
const char kUpsertHost[] = "INSERT INTO event_hosts (host, first_id, last_id, row_count, severities) VALUES (?, ?, ?, ?, ?)"
                           " ON CONFLICT (host) DO UPDATE SET first_id = min(first_id, excluded.first_id),"
                           " last_id = max(last_id, excluded.last_id), row_count = row_count + excluded.row_count,"
                           " severities = severities | excluded.severities";
const char kUpsertClass[] = "INSERT INTO event_classes (code, kind, severity, first_id, last_id, row_count)"
                            " VALUES (?, ?, ?, ?, ?, ?)"
                            " ON CONFLICT (code, kind, severity) DO UPDATE SET first_id = min(first_id, excluded.first_id),"
                            " last_id = max(last_id, excluded.last_id), row_count = row_count + excluded.row_count";

[[noreturn]] void fail(sqlite3 *db, const char *what)
{
    throw StoreError(StoreError::Kind::Query,
                     QCoreApplication::translate("nocdesk::EventSummary", "Summarising events failed (%1): %2")
                         .arg(QString::fromLatin1(what), QString::fromUtf8(sqlite3_errmsg(db))));
}


} // namespace

EventSummary EventSummary::of(const QList<qint64> &ids, const QList<EventRow> &events)
{
    EventSummary summary;
    for (qsizetype i = 0; i < events.size(); ++i)
        summary.add(ids.at(i), events.at(i));
    return summary;
}

void EventSummary::record(sqlite3 *db, const QList<qint64> &ids, const QList<EventRow> &events)
{
    of(ids, events).write(db);
}

void EventSummary::record(const QSqlDatabase &db, const QList<qint64> &ids, const QList<EventRow> &events)
{
    of(ids, events).write(db);
}

void EventSummary::Rows::add(qint64 id)
{
    if (count == 0 || id < first)
        first = id;
    if (count == 0 || id > last)
        last = id;
    ++count;
}

void EventSummary::add(qint64 id, const EventRow &event)
{
    const int severity = event.severity;
    const QByteArrayView hostName = event.field(EventRow::Host);
    auto host = m_hosts.find(QByteArray::fromRawData(hostName.data(), hostName.size()));
    if (host == m_hosts.end())
        host = m_hosts.insert(hostName.toByteArray(), {});
    host->rows.add(id);
    host->severities |= 1 << qBound(0, severity, int(Severity::Debug));
    const QByteArrayView code = event.field(EventRow::Code);
    const QByteArrayView kind = event.field(EventRow::Kind);
    auto classes = m_classes.find(QByteArray::fromRawData(code.data(), code.size()));
    if (classes == m_classes.end())
        classes = m_classes.insert(code.toByteArray(), {});
    for (Class &c : *classes) {
        if (c.severity == severity && c.kind == kind) {
            c.rows.add(id);
            return;
        }
    }
    classes->append({kind.toByteArray(), severity, {}});
    classes->last().rows.add(id);
}

void EventSummary::write(sqlite3 *db) const
{
    SqliteStatement host(db, kUpsertHost, fail);
    for (auto it = m_hosts.constBegin(); it != m_hosts.constEnd(); ++it) {
        host.text(1, it.key());
        host.number(2, it->rows.first);
        host.number(3, it->rows.last);
        host.number(4, it->rows.count);
        host.number(5, it->severities);
        host.run("upsert");
    }
    SqliteStatement cls(db, kUpsertClass, fail);
    for (auto it = m_classes.constBegin(); it != m_classes.constEnd(); ++it) {
        for (const Class &c : it.value()) {
            cls.text(1, it.key());
            cls.text(2, c.kind);
            cls.number(3, c.severity);
            cls.number(4, c.rows.first);
            cls.number(5, c.rows.last);
            cls.number(6, c.rows.count);
            cls.run("upsert");
        }
    }
}

void EventSummary::write(const QSqlDatabase &db) const
{
    SqlQuery host(db, QString::fromLatin1(kUpsertHost));
    for (auto it = m_hosts.constBegin(); it != m_hosts.constEnd(); ++it)
        host.bindAll({QString::fromUtf8(it.key()), it->rows.first, it->rows.last, it->rows.count, it->severities}).exec();
    SqlQuery cls(db, QString::fromLatin1(kUpsertClass));
    for (auto it = m_classes.constBegin(); it != m_classes.constEnd(); ++it) {
        for (const Class &c : it.value())
            cls.bindAll({QString::fromUtf8(it.key()), QString::fromUtf8(c.kind), c.severity, c.rows.first, c.rows.last, c.rows.count}).exec();
    }
}

} // namespace nocdesk
