#include "Store.h"

#include "EventQuery.h"
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

QList<Event> readEvents(SqlQuery &q)
{
    QList<Event> result;
    while (q.next())
        result.append(eventFromRow(q));
    return result;
}

QString sortColumn(EventSortKey key)
{
    switch (key) {
    case EventSortKey::Arrival: break;
    case EventSortKey::Host: return QStringLiteral("host");
    case EventSortKey::Severity: return QStringLiteral("severity");
    case EventSortKey::Code: return QStringLiteral("code");
    case EventSortKey::Kind: return QStringLiteral("kind");
    case EventSortKey::Message: return QStringLiteral("message");
    case EventSortKey::Status: return QStringLiteral("status");
    case EventSortKey::Count: return QStringLiteral("fold_count");
    }
    return {};
}

// "%word%" for LIKE, with LIKE's own characters taken literally.
QString likePattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// The WHERE terms of a filter and the values they bind, in order.
struct Where
{
    QStringList terms;
    QVariantList values;

    void add(const QString &term, const QVariantList &bound = {})
    {
        terms << term;
        values << bound;
    }
    void addMatch(const QString &column, const QString &value)
    {
        if (value.isEmpty())
            return;
        // GLOB is case-sensitive like =, so both can use the column's index.
        const bool glob = value.contains(QLatin1Char('*')) || value.contains(QLatin1Char('?'));
        add(column + (glob ? QStringLiteral(" GLOB ?") : QStringLiteral(" = ?")), {value});
    }
    [[nodiscard]] QString sql() const
    {
        return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    }
};

Where filterTerms(const EventFilter &f, qint64 maxId)
{
    Where w;
    if (maxId > 0)
        w.add(QStringLiteral("id <= ?"), {maxId});
    w.addMatch(QStringLiteral("host"), f.host);
    w.addMatch(QStringLiteral("code"), f.code);
    w.addMatch(QStringLiteral("kind"), f.kind);
    if (f.severity) {
        w.add(f.severityOrWorse ? QStringLiteral("severity <= ?") : QStringLiteral("severity = ?"),
              {static_cast<int>(*f.severity)});
    }
    if (f.status)
        w.add(QStringLiteral("status = ?"), {storedName(*f.status)});
    // The time the pane shows: the device's stamp, else when NocDesk received the line.
    if (f.from.isValid())
        w.add(QStringLiteral("coalesce(event_time, received_at) >= ?"), {f.from.toMSecsSinceEpoch()});
    if (f.to.isValid())
        w.add(QStringLiteral("coalesce(event_time, received_at) <= ?"), {f.to.toMSecsSinceEpoch()});
    for (const QString &word : f.words()) {
        const QString pattern = likePattern(word);
        w.add(QStringLiteral("(raw LIKE ? ESCAPE '\\' OR message LIKE ? ESCAPE '\\' OR kind LIKE ? ESCAPE '\\')"),
              {pattern, pattern, pattern});
    }
    return w;
}

QString direction(bool descending) { return descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC"); }

SqlQuery prepared(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    SqlQuery q(db, sql);
    for (const QVariant &v : values)
        q.bind(v);
    return q;
}

} // namespace

qint64 Store::newestEventId() const
{
    SqlQuery q(database(), QStringLiteral("SELECT max(id) FROM events"));
    q.exec();
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 Store::countEvents(const EventFilter &filter, qint64 maxId) const
{
    const Where w = filterTerms(filter, maxId);
    SqlQuery q = prepared(database(), QStringLiteral("SELECT count(*) FROM events") + w.sql(), w.values);
    q.exec();
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<Event> Store::eventPage(const EventFilter &filter, const EventOrder &order, const EventPageStart &start,
                              qint64 maxId, int limit) const
{
    const Where w = filterTerms(filter, maxId);
    const QString select = QStringLiteral("SELECT ") + kEventColumns + QStringLiteral(" FROM events");
    const QString idDirection = direction(order.descending);
    const QString column = sortColumn(order.key);
    // Severity numbers run the other way: descending means the most severe (lowest) first.
    const bool valueDescending = order.descending != (order.key == EventSortKey::Severity);
    const QString orderBy = QStringLiteral(" ORDER BY ")
        + (column.isEmpty() ? QString() : column + direction(valueDescending) + QStringLiteral(", ")) + QStringLiteral("id")
        + idDirection;
    auto where = [&w](const QString &extra) -> QString {
        QStringList terms = w.terms;
        terms << extra;
        return QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    };
    const QString idAfter = QStringLiteral("id ") + (order.descending ? QStringLiteral("<") : QStringLiteral(">"))
        + (start.kind == EventPageStart::AtKey ? QStringLiteral("=") : QString()) + QStringLiteral(" ?");

    if (start.kind == EventPageStart::Begin) {
        SqlQuery q = prepared(database(), select + w.sql() + orderBy + QStringLiteral(" LIMIT ?"), w.values);
        q.bind(limit).exec();
        return readEvents(q);
    }
    if (column.isEmpty()) {
        QVariantList values = w.values;
        values << start.key.id << limit;
        SqlQuery q = prepared(database(), select + where(idAfter) + orderBy + QStringLiteral(" LIMIT ?"), values);
        q.exec();
        return readEvents(q);
    }
    // Keyset over (value, id) as two seeks, each an index range: the rest of the rows with the
    // start's value, then the rows with later values. One "(value, id) < (?, ?)" term would
    // not let SQLite seek when the two directions differ (severity).
    const QString valueAfter = column + (valueDescending ? QStringLiteral(" < ?") : QStringLiteral(" > ?"));
    QVariantList values = w.values;
    values << start.key.value << start.key.id << limit;
    values << w.values << start.key.value << limit;
    SqlQuery q = prepared(database(),
                          QStringLiteral("SELECT * FROM (") + select + where(column + QStringLiteral(" = ? AND ") + idAfter)
                              + orderBy + QStringLiteral(" LIMIT ?) UNION ALL SELECT * FROM (") + select + where(valueAfter)
                              + orderBy + QStringLiteral(" LIMIT ?) LIMIT ?"),
                          values << limit);
    q.exec();
    return readEvents(q);
}

QList<Event> Store::eventsAfter(const EventFilter &filter, qint64 afterId, qint64 upToId, int limit) const
{
    Where w = filterTerms(filter, upToId);
    w.add(QStringLiteral("id > ?"), {afterId});
    SqlQuery q = prepared(database(), QStringLiteral("SELECT ") + kEventColumns + QStringLiteral(" FROM events") + w.sql()
                                          + QStringLiteral(" ORDER BY id LIMIT ?"),
                          w.values);
    q.bind(limit).exec();
    return readEvents(q);
}

QStringList Store::eventValues(EventSortKey column, int limit) const
{
    const QString name = sortColumn(column);
    if (name.isEmpty())
        return {};
    SqlQuery q(database(), QStringLiteral("SELECT DISTINCT ") + name + QStringLiteral(" FROM events WHERE ") + name
                               + QStringLiteral(" <> '' ORDER BY 1 LIMIT ?"));
    q.bind(limit).exec();
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}

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
