#include "Store.h"

#include "IdList.h"
#include "SqlQuery.h"
#include "SqliteEventWriter.h"
#include "TimeColumns.h"
#include "TransactionGuard.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace nocdesk {

namespace {

const QString kEventColumns = QStringLiteral(
    "id, event_time, received_at, host, os, facility, severity, code, kind, message, key_values,"
    " status, result, fold_count, raw, parse_error");

Event eventFromRow(const SqlQuery &q)
{
    Event e;
    e.id = q.value(0).toLongLong();
    e.eventTime = sqltime::fromMillis(q.value(1));
    e.receivedAt = sqltime::fromMillis(q.value(2));
    e.host = q.value(3).toString();
    e.os = q.value(4).toString();
    e.facility = q.value(5).toInt();
    e.severity = static_cast<Severity>(qBound(0, q.value(6).toInt(), 7));
    e.code = q.value(7).toString();
    e.kind = q.value(8).toString();
    e.message = q.value(9).toString();
    e.values = QJsonDocument::fromJson(q.value(10).toByteArray()).object().toVariantMap();
    e.status = eventStatusFromString(q.value(11).toString());
    e.result = q.value(12).toString();
    e.count = q.value(13).toInt();
    e.raw = q.value(14).toByteArray();
    e.parseError = q.value(15).toString();
    return e;
}

} // namespace

QList<qint64> Store::addEvents(const QList<Event> &events)
{
    const QSqlDatabase db = database();
    // Outside a larger transaction SQLite's own API does the batch several times faster.
    if (SqliteEventWriter::canAppend(db))
        return SqliteEventWriter::append(db, events);
    TransactionGuard transaction(db);
    SqlQuery insert(db, QStringLiteral(
        "INSERT INTO events (received_at, event_time, host, os, facility, severity, code, kind, message,"
        " key_values, status, result, fold_count, raw, parse_error)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QList<qint64> ids;
    ids.reserve(events.size());
    for (const Event &e : events) {
        insert.bindAll({sqltime::millis(e.receivedAt.isValid() ? e.receivedAt : QDateTime::currentDateTimeUtc()),
                        sqltime::millis(e.eventTime), e.host, e.os, e.facility, static_cast<int>(e.severity),
                        e.code, e.kind, e.message,
                        QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(e.values)).toJson(QJsonDocument::Compact)),
                        storedName(e.status), e.result, e.count, e.raw, e.parseError});
        ids << insert.insert();
    }
    transaction.commit();
    return ids;
}

void Store::addFoldCounts(const QHash<qint64, int> &increments)
{
    if (increments.isEmpty())
        return;
    const QSqlDatabase db = database();
    TransactionGuard transaction(db);
    SqlQuery update(db, QStringLiteral("UPDATE events SET fold_count = fold_count + ? WHERE id = ?"));
    for (auto it = increments.constBegin(); it != increments.constEnd(); ++it)
        update.bindAll({it.value(), it.key()}).exec();
    transaction.commit();
}

QList<Event> Store::recentEvents(int limit) const
{
    SqlQuery q(database(), QStringLiteral("SELECT ") + kEventColumns
                               + QStringLiteral(" FROM events ORDER BY id DESC LIMIT ?"));
    q.bind(limit).exec();
    QList<Event> result;
    while (q.next())
        result.append(eventFromRow(q));
    return result;
}

QList<Event> Store::eventsInRange(qint64 firstId, qint64 lastId, int limit) const
{
    SqlQuery q(database(), QStringLiteral("SELECT ") + kEventColumns
                               + QStringLiteral(" FROM events WHERE id BETWEEN ? AND ? ORDER BY id LIMIT ?"));
    q.bindAll({firstId, lastId, limit}).exec();
    QList<Event> result;
    while (q.next())
        result.append(eventFromRow(q));
    return result;
}

QList<Event> Store::events(const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return {};
    SqlQuery q(database(), QStringLiteral("SELECT ") + kEventColumns + QStringLiteral(" FROM events")
                               + idFilter(QStringLiteral("id"), ids) + QStringLiteral(" ORDER BY id"));
    q.exec();
    QList<Event> result;
    while (q.next())
        result.append(eventFromRow(q));
    return result;
}

} // namespace nocdesk
