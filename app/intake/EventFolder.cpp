#include "EventFolder.h"

#include "CompactJson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace nocdesk {

namespace {
const QByteArray kFlapping = QByteArrayLiteral("INTERFACE_FLAPPING");
constexpr char kSeparator = '\x1f'; // as in EventRow::foldKey()

// The row that stands for an interface's flapping: its last transition's line, as
// INTERFACE_FLAPPING, with what the transitions were.
EventRow flappingRow(const EventRow &transition, QByteArrayView interface, int transitions, qint64 seconds)
{
    EventRow row = transition;
    const QString message = QCoreApplication::translate("nocdesk::EventFolder",
                                                        "Interface %1 went down and up %2 times in %3 s; still flapping while this count grows")
                                .arg(QString::fromUtf8(interface))
                                .arg(transitions)
                                .arg(seconds);
    // Rare (once per flapping interface and window): the values through a map, so the JSON is
    // what the store writes for any event.
    QVariantMap values = QJsonDocument::fromJson(transition.field(EventRow::Values).toByteArray()).object().toVariantMap();
    values.insert(QStringLiteral("transitions"), transitions);
    row.setText({transition.field(EventRow::Host), transition.field(EventRow::Code), message, transition.field(EventRow::Os),
                 kFlapping, compactJson(values), transition.field(EventRow::Status), transition.field(EventRow::Result),
                 transition.field(EventRow::ParseError), interface});
    return row;
}

} // namespace

void EventFolder::add(EventRow row)
{
    const qint64 nowMs = row.receivedMs > 0 ? row.receivedMs : QDateTime::currentMSecsSinceEpoch();
    prune(nowMs);

    const QByteArrayView interface = row.field(EventRow::Interface);
    const QByteArrayView kind = row.field(EventRow::Kind);
    const bool transition = !interface.isEmpty() && (kind == "INTERFACE_DOWN" || kind == "INTERFACE_UP");
    if (transition && m_config.flapTransitions > 1) {
        const QByteArray flapKey = kFlapping + kSeparator + row.field(EventRow::Host) + kSeparator + interface;
        const size_t flapHash = qHash(flapKey, m_seed);
        if (hasRoomFor(flapKey, flapHash)) {
            bool created = false;
            const int slot = slotFor(flapKey, flapHash, &created);
            Entry &entry = m_entries[slot];
            entry.interface = true;
            // Already flapping: this transition is one more of it.
            if (!created && foldInto(entry, nowMs, m_config.flapWindowMs, 1))
                return;
            QList<qint64> &times = entry.transitions;
            times.append(nowMs);
            while (!times.isEmpty() && nowMs - times.constFirst() > m_config.flapWindowMs)
                times.removeFirst();
            if (times.size() >= m_config.flapTransitions) {
                EventRow flapping = flappingRow(row, interface, int(times.size()), qMax<qint64>(1, (nowMs - times.constFirst()) / 1000));
                times.clear();
                addRow(std::move(flapping), slot, nowMs);
                return;
            }
        }
    }

    // Host, code and message: one view of the row, looked up without a copy.
    const QByteArrayView key = row.foldKey();
    const size_t hash = qHash(key, m_seed);
    if (!hasRoomFor(key, hash)) {
        m_rows.append(std::move(row));
        m_rowKeys.append({-1, 0});
        return;
    }
    bool created = false;
    const int slot = slotFor(key, hash, &created);
    if (!created && foldInto(m_entries[slot], nowMs, m_config.identicalWindowMs, 1))
        return;
    addRow(std::move(row), slot, nowMs);
}

int EventFolder::find(QByteArrayView key, size_t hash) const
{
    // Keys are told apart by their hash first: the key itself (on its entry, in memory the
    // look-up would otherwise touch for every line) is compared only when the hashes agree.
    const auto [first, last] = m_index.equal_range(hash);
    for (auto it = first; it != last; ++it) {
        if (m_entries.at(*it).key == key)
            return *it;
    }
    return -1;
}

bool EventFolder::hasRoomFor(QByteArrayView key, size_t hash) const
{
    // A second look-up only while the index is full.
    return m_index.size() < m_config.maxTracked || find(key, hash) >= 0;
}

int EventFolder::slotFor(QByteArrayView key, size_t hash, bool *created)
{
    const int found = find(key, hash);
    *created = found < 0;
    if (!*created)
        return found;
    int slot = 0;
    if (!m_freeSlots.isEmpty()) {
        slot = m_freeSlots.takeLast(); // left empty by prune()
    } else {
        slot = int(m_entries.size());
        m_entries.append(Entry());
    }
    m_entries[slot].key = key.toByteArray();
    m_index.insert(hash, slot);
    return slot;
}

bool EventFolder::foldInto(Entry &entry, qint64 nowMs, int windowMs, int times)
{
    if (nowMs - entry.lastMs > windowMs)
        return false;
    if (nowMs - entry.firstMs > windowMs && !entry.interface)
        return false; // identical lines fold within one window from the first, not forever
    if (entry.pendingIndex >= 0) {
        m_rows[entry.pendingIndex].count += times;
    } else if (entry.rowId > 0) {
        m_increments[entry.rowId] += times;
    } else {
        return false; // on its way to the store, id not known yet: start a new row
    }
    entry.lastMs = nowMs;
    m_folded += quint64(times);
    return true;
}

void EventFolder::addRow(EventRow row, int slot, qint64 nowMs)
{
    Entry &entry = m_entries[slot];
    entry.firstMs = nowMs;
    entry.lastMs = nowMs;
    entry.pendingIndex = int(m_rows.size());
    entry.rowId = 0;
    entry.generation = ++m_generation;
    ++entry.awaitingIds;
    m_rows.append(std::move(row));
    m_rowKeys.append({slot, entry.generation});
}

QList<EventRow> EventFolder::takeRows()
{
    for (const RowKey &rowKey : std::as_const(m_rowKeys)) {
        if (rowKey.slot < 0)
            continue;
        Entry &entry = m_entries[rowKey.slot];
        if (entry.generation == rowKey.generation)
            entry.pendingIndex = -1;
    }
    const qsizetype size = m_rows.size();
    if (!m_rowKeys.isEmpty()) {
        m_taken.enqueue(std::exchange(m_rowKeys, {}));
        m_rowKeys.reserve(size);
    }
    QList<EventRow> rows = std::exchange(m_rows, {});
    // The next batch is likely as large: room for it now, not by growing one row at a time.
    m_rows.reserve(size);
    return rows;
}

QHash<qint64, int> EventFolder::takeIncrements() { return std::exchange(m_increments, {}); }

void EventFolder::rowsStored(const QList<qint64> &ids)
{
    // Called once per batch taken, in order; empty ids when that batch could not be stored.
    if (m_taken.isEmpty())
        return;
    const QList<RowKey> keys = m_taken.dequeue();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (keys.at(i).slot < 0)
            continue;
        Entry &entry = m_entries[keys.at(i).slot];
        if (i < ids.size() && entry.generation == keys.at(i).generation)
            entry.rowId = ids.at(i);
        --entry.awaitingIds;
    }
}

void EventFolder::prune(qint64 nowMs)
{
    // Once a second is enough. An entry goes once nothing can fold into it any more (a window
    // after the first of its lines; an interface's, a window after its last transition and
    // the last line of its flapping row) and no row still waits for its id.
    if (nowMs - m_lastPruneMs < 1000)
        return;
    m_lastPruneMs = nowMs;
    for (auto it = m_index.begin(); it != m_index.end();) {
        const int slot = it.value();
        const Entry &entry = m_entries.at(slot);
        const bool closed = entry.interface
            ? nowMs - entry.lastMs > m_config.flapWindowMs
                && (entry.transitions.isEmpty() || nowMs - entry.transitions.constLast() > m_config.flapWindowMs)
            : nowMs - entry.firstMs > m_config.identicalWindowMs; // lastMs >= firstMs
        if (closed && entry.pendingIndex < 0 && entry.awaitingIds == 0) {
            m_entries[slot] = Entry();
            m_freeSlots.append(slot);
            it = m_index.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace nocdesk
