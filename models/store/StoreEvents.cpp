#include "Store.h"

#include "EventQuery.h"
#include "EventRepeats.h"
#include "EventSummary.h"
#include "IdList.h"
#include "SqlQuery.h"
#include "SqliteEventWriter.h"
#include "TimeColumns.h"
#include "TransactionGuard.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <optional>

namespace nocdesk {

namespace {

const QString kEventColumns = QStringLiteral(
    "id, event_time, received_at, host, os, facility, severity, code, kind, message, key_values,"
    " status, result, ") + QLatin1String(eventrepeats::kCount) + QStringLiteral(", raw, parse_error");

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
    case EventSortKey::Count: return QString::fromLatin1(eventrepeats::kCount);
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
        // GLOB is case-sensitive like =, so a glob without wildcards matches what = does.
        const bool glob = value.contains(QLatin1Char('*')) || value.contains(QLatin1Char('?'));
        add(column + (glob ? QStringLiteral(" GLOB ?") : QStringLiteral(" = ?")), {value});
    }
    [[nodiscard]] QString sql() const
    {
        return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    }
};

// The pane's indexes (migration 7) are partial: they hold only the rows that walking the table
// in id order would take long to find, so rows that arrive as most rows do cost the writer
// nothing. SQLite uses a partial index only when the query's WHERE names the index's condition
// word for word, so every read that asks for values inside it adds that condition.
//   events_severe (severity, id DESC) WHERE severity <= 3  -- error or worse
//   events_handled (status) WHERE status <> 'NEW'      -- rows something happened to
constexpr int kIndexedSeverity = 3; // Severity::Error
const QString kSevereTerm = QStringLiteral("severity <= 3");
const QString kHandledTerm = QStringLiteral("status <> 'NEW'");

// The term that keeps one severity, through events_severe where it holds it.
QString severityIs(int severity)
{
    return QStringLiteral("severity = %1").arg(severity)
        + (severity <= kIndexedSeverity ? QStringLiteral(" AND ") + kSevereTerm : QString());
}

// The term that keeps one status (its stored name, bound), through events_handled where it
// holds it.
QString statusIs(const QString &name)
{
    return name == storedName(EventStatus::New) ? QStringLiteral("status = ?") : QStringLiteral("status = ? AND ") + kHandledTerm;
}

// The severities a filter keeps, most severe first.
QList<int> keptSeverities(const EventFilter &f)
{
    QList<int> kept;
    for (int s = 0; s <= int(Severity::Debug); ++s) {
        if (!f.severity || (f.severityOrWorse ? s <= int(*f.severity) : s == int(*f.severity)))
            kept << s;
    }
    return kept;
}

// The stored status names a filter keeps, in SQLite's (binary) order.
QStringList keptStatuses(const EventFilter &f)
{
    QStringList kept;
    if (f.status) {
        kept << storedName(*f.status);
        return kept;
    }
    for (EventStatus s : {EventStatus::New, EventStatus::Queued, EventStatus::Running, EventStatus::Remediated,
                          EventStatus::Failed, EventStatus::Suppressed, EventStatus::Ignored})
        kept << storedName(s);
    std::sort(kept.begin(), kept.end());
    return kept;
}

// Which of the filter's terms a query takes from filterTerms; the others it supplies itself.
enum TermSet { AllTerms, WithoutSeverity, WithoutStatus };

Where filterTerms(const EventFilter &f, qint64 maxId, TermSet set = AllTerms)
{
    Where w;
    if (maxId > 0)
        w.add(QStringLiteral("id <= ?"), {maxId});
    w.addMatch(QStringLiteral("host"), f.host);
    w.addMatch(QStringLiteral("code"), f.code);
    w.addMatch(QStringLiteral("kind"), f.kind);
    if (f.severity && set != WithoutSeverity) {
        const int s = int(*f.severity);
        if (!f.severityOrWorse)
            w.add(severityIs(s));
        else
            w.add(QStringLiteral("severity <= %1").arg(s) + (s <= kIndexedSeverity ? QStringLiteral(" AND ") + kSevereTerm : QString()));
    }
    if (f.status && set != WithoutStatus)
        w.add(statusIs(storedName(*f.status)), {storedName(*f.status)});
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

// Where a filter's rows can be, by the summary tables (migration 9, EventSummary): between
// first and last id, and at most rows of them (exactly that many for one summarised value).
struct IdRange
{
    qint64 first = 0;
    qint64 last = -1;
    qint64 rows = 0;

    [[nodiscard]] bool isEmpty() const { return rows == 0 || last < first; }
};

IdRange unite(const IdRange &a, const IdRange &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return {std::min(a.first, b.first), std::max(a.last, b.last), a.rows + b.rows};
}

IdRange intersect(const IdRange &a, const IdRange &b)
{
    const IdRange both{std::max(a.first, b.first), std::min(a.last, b.last), std::min(a.rows, b.rows)};
    return both.isEmpty() ? IdRange() : both;
}

// What the summary says of a filter's device, code and kind: the rows of its code and kind
// for each severity, and those of its device. Read before each page and count, a few
// microseconds: the tables have a row per device and per class of event.
struct EventBounds
{
    std::array<IdRange, int(Severity::Debug) + 1> bySeverity;
    std::optional<IdRange> host; // when the filter names a device
    int hostSeverities = 0;      // then: the severities its rows have, bit 1 << severity

    // The filter's rows of one severity.
    [[nodiscard]] IdRange of(int severity) const
    {
        if (!host)
            return bySeverity.at(size_t(severity));
        if ((hostSeverities & (1 << severity)) == 0)
            return {};
        return intersect(bySeverity.at(size_t(severity)), *host);
    }
    // The filter's rows of any of these severities.
    [[nodiscard]] IdRange of(const QList<int> &severities) const
    {
        IdRange kept;
        for (int s : severities) {
            if (!host || (hostSeverities & (1 << s)) != 0)
                kept = unite(kept, bySeverity.at(size_t(s)));
        }
        return host ? intersect(kept, *host) : kept;
    }
};

IdRange rangeFromRow(const SqlQuery &q, int column)
{
    if (q.value(column).isNull())
        return {};
    return {q.value(column).toLongLong(), q.value(column + 1).toLongLong(), q.value(column + 2).toLongLong()};
}

EventBounds readBounds(const QSqlDatabase &db, const EventFilter &f)
{
    EventBounds bounds;
    Where classes;
    classes.addMatch(QStringLiteral("code"), f.code);
    classes.addMatch(QStringLiteral("kind"), f.kind);
    SqlQuery q(db, QStringLiteral("SELECT severity, min(first_id), max(last_id), sum(row_count) FROM event_classes")
                       + classes.sql() + QStringLiteral(" GROUP BY severity"));
    q.bindValues(classes.values).exec();
    while (q.next()) {
        // A number outside syslog's (never written by NocDesk) counts where the pane shows it.
        const size_t s = size_t(qBound(0, q.value(0).toInt(), int(Severity::Debug)));
        bounds.bySeverity[s] = unite(bounds.bySeverity[s], rangeFromRow(q, 1));
    }
    if (!f.host.isEmpty()) {
        // One row, or those a glob matches: a device is one row of the summary.
        Where hosts;
        hosts.addMatch(QStringLiteral("host"), f.host);
        SqlQuery h(db, QStringLiteral("SELECT first_id, last_id, row_count, severities FROM event_hosts") + hosts.sql());
        h.bindValues(hosts.values).exec();
        IdRange rows;
        while (h.next()) {
            rows = unite(rows, rangeFromRow(h, 0));
            bounds.hostSeverities |= h.value(3).toInt();
        }
        bounds.host = rows;
    }
    return bounds;
}

// Keeps a walk in id order between the range's ends.
void addWithin(Where &w, const IdRange &range)
{
    w.add(QStringLiteral("id BETWEEN ? AND ?"), {range.first, range.last});
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
    const EventBounds bounds = readBounds(database(), filter);
    const IdRange range = bounds.of(keptSeverities(filter));
    if (range.isEmpty())
        return 0;
    // The summary counts exactly what it summarises alone: a device, or code, kind and
    // severity, with nothing newer than maxId among them.
    const bool summarised = !filter.status && !filter.from.isValid() && !filter.to.isValid() && filter.words().isEmpty();
    const bool onlyHost = filter.code.isEmpty() && filter.kind.isEmpty() && !filter.severity;
    if (summarised && (maxId <= 0 || range.last <= maxId) && (filter.host.isEmpty() || onlyHost))
        return range.rows;
    Where w = filterTerms(filter, maxId);
    addWithin(w, range);
    SqlQuery q(database(), QStringLiteral("SELECT count(*) FROM events") + w.sql());
    q.bindValues(w.values);
    q.exec();
    return q.next() ? q.value(0).toLongLong() : 0;
}

namespace {

int compareNumbers(qint64 a, qint64 b) { return a < b ? -1 : a > b ? 1 : 0; }

// "id < ?" and its kin: where a walk in id order starts, for a page starting at or after a key.
QString idBound(const EventPageStart &start, bool descending)
{
    return QStringLiteral("id ") + (descending ? QStringLiteral("<") : QStringLiteral(">"))
        + (start.kind == EventPageStart::AtKey ? QStringLiteral("=") : QString()) + QStringLiteral(" ?");
}

// One arm of a page read: the filter's rows that also pass term, walked in id order (from the
// start's id when start is given), at most limit of them.
void addArm(QStringList &arms, QVariantList &values, const Where &w, const QString &term, const QVariantList &termValues,
            bool descending, const EventPageStart *start, int limit)
{
    QStringList terms = w.terms;
    terms << term;
    values << w.values << termValues;
    if (start) {
        terms << idBound(*start, descending);
        values << start->key.id;
    }
    values << limit;
    arms << QStringLiteral("SELECT * FROM (SELECT ") + kEventColumns + QStringLiteral(" FROM events WHERE ")
            + terms.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY id") + direction(descending)
            + QStringLiteral(" LIMIT ?)");
}

struct PageQuery
{
    QString sql;
    QVariantList values;
};

// A page with no rows, read without touching the events table.
PageQuery nothing() { return {QStringLiteral("SELECT 1 WHERE 0"), {}}; }

PageQuery pageQuery(const EventFilter &filter, const EventOrder &order, const EventPageStart &start, qint64 maxId, int limit,
                    const EventBounds &bounds)
{
    const QString select = QStringLiteral("SELECT ") + kEventColumns + QStringLiteral(" FROM events");
    // No row has the filter's device, code, kind and severity: the summary says so at once.
    const IdRange kept = bounds.of(keptSeverities(filter));
    if (kept.isEmpty())
        return nothing();
    // Severity numbers run the other way: descending means the most severe (lowest) first.
    const bool valueDescending = order.descending != (order.key == EventSortKey::Severity);

    // Severity and status have a few values each: one arm per value, in the order's direction,
    // each a walk in id order within its value; SQLite runs the arms in turn and stops once
    // the page is full. An arm on values the partial indexes hold is an index range (empty at
    // once when no row has the value); the others walk the table, quickly for the common
    // values they are, and only between the first and last id of the filter's rows of the
    // arm's severity (the summary's); a severity the filter has no rows of has no arm.
    if (order.key == EventSortKey::Severity || order.key == EventSortKey::Status) {
        const bool bySeverity = order.key == EventSortKey::Severity;
        Where w = filterTerms(filter, maxId, bySeverity ? WithoutSeverity : WithoutStatus);
        if (!bySeverity)
            addWithin(w, kept);
        QVariantList armValues;
        if (bySeverity) {
            for (int s : keptSeverities(filter)) {
                if (!bounds.of(s).isEmpty())
                    armValues << qint64(s);
            }
        } else {
            for (const QString &name : keptStatuses(filter))
                armValues << name;
        }
        if (valueDescending)
            std::reverse(armValues.begin(), armValues.end());
        QStringList arms;
        QVariantList values;
        for (const QVariant &value : std::as_const(armValues)) {
            const EventPageStart *from = nullptr;
            if (start.kind != EventPageStart::Begin) {
                const int c = bySeverity ? compareNumbers(value.toLongLong(), start.key.value.toLongLong())
                                         : value.toString().compare(start.key.value.toString());
                if (valueDescending ? c > 0 : c < 0)
                    continue; // before the start in the order
                if (c == 0)
                    from = &start;
            }
            if (bySeverity) {
                const int severity = int(value.toLongLong());
                const IdRange range = bounds.of(severity);
                addArm(arms, values, w, severityIs(severity) + QStringLiteral(" AND id BETWEEN ? AND ?"),
                       {range.first, range.last}, order.descending, from, limit);
            } else
                addArm(arms, values, w, statusIs(value.toString()), {value}, order.descending, from, limit);
        }
        if (arms.isEmpty()) // the filter keeps no value of the column
            return nothing();
        return {arms.join(QStringLiteral(" UNION ALL ")) + QStringLiteral(" LIMIT ?"), values << limit};
    }

    // Newest first among several severities the index holds ("critical or worse"): the newest
    // rows of each, from the index, merged. Walking the table instead would read all of it
    // when none of those rows exist.
    const QList<int> severities = keptSeverities(filter);
    if (order.key == EventSortKey::Arrival && severities.size() > 1 && severities.constLast() <= kIndexedSeverity) {
        const Where w = filterTerms(filter, maxId, WithoutSeverity);
        QStringList arms;
        QVariantList values;
        for (int s : severities) {
            const IdRange range = bounds.of(s);
            if (range.isEmpty())
                continue;
            addArm(arms, values, w, severityIs(s) + QStringLiteral(" AND id BETWEEN ? AND ?"), {range.first, range.last},
                   order.descending, start.kind == EventPageStart::Begin ? nullptr : &start, limit);
        }
        if (arms.isEmpty()) // the device's rows lie between those of the severities
            return nothing();
        return {QStringLiteral("SELECT * FROM (") + arms.join(QStringLiteral(" UNION ALL ")) + QStringLiteral(") ORDER BY id")
                    + direction(order.descending) + QStringLiteral(" LIMIT ?"),
                values << limit};
    }

    // The rest walk the table in id order (arrival) or sort it (device, code, kind, message,
    // count: no index, so every page reads every row of the filter; the pane does not offer them).
    Where w = filterTerms(filter, maxId);
    addWithin(w, kept);
    const QString idDirection = direction(order.descending);
    const QString column = sortColumn(order.key);
    const QString orderBy = QStringLiteral(" ORDER BY ")
        + (column.isEmpty() ? QString() : column + direction(valueDescending) + QStringLiteral(", ")) + QStringLiteral("id")
        + idDirection;
    auto where = [&w](const QString &extra) -> QString {
        QStringList terms = w.terms;
        terms << extra;
        return QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    };
    const QString idAfter = idBound(start, order.descending);

    if (start.kind == EventPageStart::Begin)
        return {select + w.sql() + orderBy + QStringLiteral(" LIMIT ?"), QVariantList(w.values) << limit};
    if (column.isEmpty())
        return {select + where(idAfter) + orderBy + QStringLiteral(" LIMIT ?"), QVariantList(w.values) << start.key.id << limit};
    // Keyset over (value, id) as two parts: the rest of the rows with the start's value, then
    // the rows with later values.
    const QString valueAfter = column + (valueDescending ? QStringLiteral(" < ?") : QStringLiteral(" > ?"));
    QVariantList values = w.values;
    values << start.key.value << start.key.id << limit;
    values << w.values << start.key.value << limit;
    return {QStringLiteral("SELECT * FROM (") + select + where(column + QStringLiteral(" = ? AND ") + idAfter) + orderBy
                + QStringLiteral(" LIMIT ?) UNION ALL SELECT * FROM (") + select + where(valueAfter) + orderBy
                + QStringLiteral(" LIMIT ?) LIMIT ?"),
            values << limit};
}

} // namespace

QList<Event> Store::eventPage(const EventFilter &filter, const EventOrder &order, const EventPageStart &start,
                              qint64 maxId, int limit) const
{
    const PageQuery page = pageQuery(filter, order, start, maxId, limit, readBounds(database(), filter));
    SqlQuery q(database(), page.sql);
    q.bindValues(page.values);
    q.exec();
    return readEvents(q);
}

QStringList Store::eventPagePlan(const EventFilter &filter, const EventOrder &order, const EventPageStart &start) const
{
    const PageQuery page = pageQuery(filter, order, start, 0, 200, readBounds(database(), filter));
    SqlQuery q(database(), QStringLiteral("EXPLAIN QUERY PLAN ") + page.sql);
    q.bindValues(page.values);
    q.exec();
    QStringList steps;
    while (q.next())
        steps << q.value(3).toString();
    return steps;
}

QList<Event> Store::eventsAfter(const EventFilter &filter, qint64 afterId, qint64 upToId, int limit) const
{
    Where w = filterTerms(filter, upToId);
    w.add(QStringLiteral("id > ?"), {afterId});
    SqlQuery q(database(), QStringLiteral("SELECT ") + kEventColumns + QStringLiteral(" FROM events") + w.sql()
                               + QStringLiteral(" ORDER BY id LIMIT ?"));
    q.bindValues(w.values).bind(limit).exec();
    return readEvents(q);
}

QStringList Store::eventValues(EventSortKey column, int limit) const
{
    const QString name = sortColumn(column);
    if (name.isEmpty())
        return {};
    // Devices, codes and kinds from the summary, a row per value rather than per event.
    const bool summarised = column == EventSortKey::Host || column == EventSortKey::Code || column == EventSortKey::Kind;
    const QString table = column == EventSortKey::Host ? QStringLiteral("event_hosts")
        : summarised                                   ? QStringLiteral("event_classes")
                                                       : QStringLiteral("events");
    SqlQuery q(database(), QStringLiteral("SELECT DISTINCT ") + name + QStringLiteral(" FROM ") + table + QStringLiteral(" WHERE ")
                               + name + QStringLiteral(" <> '' ORDER BY 1 LIMIT ?"));
    q.bind(limit).exec();
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}

QList<qint64> Store::addEvents(const QList<Event> &events, const QHash<qint64, int> &increments)
{
    QList<EventRow> rows;
    rows.reserve(events.size());
    for (const Event &e : events)
        rows.append(EventRow::fromEvent(e));
    return addEventRows(rows, increments);
}

QList<qint64> Store::addEventRows(const QList<EventRow> &events, const QHash<qint64, int> &increments)
{
    const QSqlDatabase db = database();
    // Outside a larger transaction SQLite's own API does the batch several times faster.
    if (SqliteEventWriter::canAppend(db))
        return SqliteEventWriter::append(db, events, increments);
    if (events.isEmpty() && increments.isEmpty())
        return {};
    TransactionGuard transaction(db);
    SqlQuery insert(db, QString::fromLatin1(EventRow::kInsert));
    QList<qint64> ids;
    ids.reserve(events.size());
    for (const EventRow &e : events) {
        auto text = [&e](EventRow::Field f) { return QString::fromUtf8(e.field(f)); };
        insert.bindAll({e.receivedMs, e.hasEventTime ? QVariant(e.eventMs) : QVariant(QMetaType::fromType<qint64>()),
                        text(EventRow::Host), text(EventRow::Os), e.facility, e.severity, text(EventRow::Code),
                        text(EventRow::Kind), text(EventRow::Message), text(EventRow::Values), text(EventRow::Status),
                        text(EventRow::Result), e.count, e.raw, text(EventRow::ParseError)});
        ids << insert.insert();
    }
    if (!increments.isEmpty()) {
        SqlQuery add(db, QString::fromLatin1(eventrepeats::kAdd));
        for (const auto &[id, repeats] : eventrepeats::sortedById(increments))
            add.bindAll({id, repeats}).exec();
    }
    if (!events.isEmpty())
        EventSummary::record(db, ids, events);
    transaction.commit();
    return ids;
}

QList<Event> Store::recentEvents(int limit) const
{
    SqlQuery q(database(), QStringLiteral("SELECT ") + kEventColumns
                               + QStringLiteral(" FROM events ORDER BY id DESC LIMIT ?"));
    q.bind(limit).exec();
    return readEvents(q);
}

QList<Event> Store::events(const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return {};
    SqlQuery q(database(), QStringLiteral("SELECT ") + kEventColumns + QStringLiteral(" FROM events")
                               + idFilter(QStringLiteral("id"), ids) + QStringLiteral(" ORDER BY id"));
    q.exec();
    return readEvents(q);
}

} // namespace nocdesk
