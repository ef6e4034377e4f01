#include "EventFolder.h"

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
    // One arg() call for the three: one pass over the text.
    const QString message = QCoreApplication::translate("nocdesk::EventFolder",
                                                        "Interface %1 went down and up %2 times in %3 s; still flapping while this count grows")
                                .arg(QString::fromUtf8(interface), QString::number(transitions), QString::number(seconds));
    // Once per interface and window, which a storm of random flaps makes thousands a second:
    // the transition's values as a JSON object (compactJson writes exactly what
    // QJsonDocument writes), not through a map.
    QJsonObject values = QJsonDocument::fromJson(transition.field(EventRow::Values).toByteArray()).object();
    values.insert(QStringLiteral("transitions"), transitions);
    row.setText({transition.field(EventRow::Host), transition.field(EventRow::Code), message, transition.field(EventRow::Os),
                 kFlapping, QJsonDocument(values).toJson(QJsonDocument::Compact), transition.field(EventRow::Status),
                 transition.field(EventRow::Result), transition.field(EventRow::ParseError), interface});
    return row;
}

} // namespace

void EventFolder::add(EventRow row)
{
    const qint64 nowMs = row.receivedMs > 0 ? row.receivedMs : QDateTime::currentMSecsSinceEpoch();
    prune(nowMs);
    if (addTransition(row, nowMs))
        return;

    // Host, code and message: one view of the row, looked up without a copy.
    const QByteArrayView key = row.foldKey();
    bool created = false;
    const int slot = slotFor(key, hashOf(key), &created);
    if (slot < 0) { // no room to remember it: a row of its own
        m_rows.append(std::move(row));
        m_rowKeys.append({-1, 0});
        return;
    }
    if (created)
        m_lineDues.enqueue({nowMs + m_config.identicalWindowMs, slot});
    else if (foldInto(m_entries[slot], nowMs, m_config.identicalWindowMs, 1))
        return;
    addRow(std::move(row), slot, nowMs);
}

bool EventFolder::addTransition(const EventRow &row, qint64 nowMs)
{
    const QByteArrayView interface = row.field(EventRow::Interface);
    const QByteArrayView kind = row.field(EventRow::Kind);
    if (interface.isEmpty() || (kind != "INTERFACE_DOWN" && kind != "INTERFACE_UP") || m_config.flapTransitions < 2)
        return false;
    m_flapKey.resize(0); // keeps its room
    m_flapKey.append(QByteArrayView(kFlapping)).append(kSeparator).append(row.field(EventRow::Host)).append(kSeparator).append(interface);
    bool created = false;
    const int slot = slotFor(m_flapKey, hashOf(m_flapKey), &created);
    if (slot < 0)
        return false; // no room to remember the interface: an ordinary line
    Entry &entry = m_entries[slot];
    if (created) {
        entry.interface = true;
        m_interfaceDues.enqueue({nowMs + m_config.flapWindowMs, slot});
    } else if (foldInto(entry, nowMs, m_config.flapWindowMs, 1)) {
        return true; // already flapping: this transition is one more of it
    }
    QList<qint64> &times = entry.transitions;
    times.append(nowMs);
    while (!times.isEmpty() && nowMs - times.constFirst() > m_config.flapWindowMs)
        times.removeFirst();
    if (times.size() < m_config.flapTransitions)
        return false; // not (yet) flapping: the line is folded as any other
    EventRow flapping = flappingRow(row, interface, int(times.size()), qMax<qint64>(1, (nowMs - times.constFirst()) / 1000));
    times.clear();
    addRow(std::move(flapping), slot, nowMs);
    return true;
}

int EventFolder::find(QByteArrayView key, size_t hash) const
{
    const auto it = m_index.constFind(hash);
    if (it == m_index.cend())
        return -1;
    for (int slot = *it; slot >= 0; slot = m_entries.at(slot).nextSameHash) {
        if (m_entries.at(slot).key == key)
            return slot;
    }
    return -1;
}

int EventFolder::slotFor(QByteArrayView key, size_t hash, bool *created)
{
    const int found = find(key, hash);
    *created = found < 0;
    if (!*created)
        return found;
    if (m_tracked >= m_config.maxTracked)
        return -1;
    int slot = 0;
    if (!m_freeSlots.isEmpty()) {
        slot = m_freeSlots.takeLast(); // left empty by forget()
    } else {
        slot = int(m_entries.size());
        m_entries.append(Entry());
    }
    Entry &entry = m_entries[slot];
    entry.key = key.toByteArray();
    entry.hash = hash;
    const auto it = m_index.find(hash);
    if (it == m_index.end()) {
        entry.nextSameHash = -1;
        m_index.insert(hash, slot);
    } else { // another key with this hash: the new entry heads the chain
        entry.nextSameHash = *it;
        *it = slot;
    }
    ++m_tracked;
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
    } else if (entry.awaitingIds > 0) {
        // On its way to the store: counted for it once its id is back.
        m_inFlightRepeats[entry.generation] += times;
    } else {
        return false; // its batch could not be stored: start a new row
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

quint64 EventFolder::rowsStored(const QList<qint64> &ids)
{
    // Called once per batch taken, in order; empty ids when that batch could not be stored.
    if (m_taken.isEmpty())
        return 0;
    quint64 lost = 0;
    const QList<RowKey> keys = m_taken.dequeue();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (keys.at(i).slot < 0)
            continue;
        Entry &entry = m_entries[keys.at(i).slot];
        const bool stored = i < ids.size();
        if (stored && entry.generation == keys.at(i).generation)
            entry.rowId = ids.at(i);
        --entry.awaitingIds;
        if (m_inFlightRepeats.isEmpty())
            continue;
        const auto repeats = m_inFlightRepeats.constFind(keys.at(i).generation);
        if (repeats == m_inFlightRepeats.cend())
            continue;
        if (stored)
            m_increments[ids.at(i)] += *repeats;
        else
            lost += quint64(*repeats);
        m_inFlightRepeats.erase(repeats);
    }
    return lost;
}

qint64 EventFolder::closesAtMs(const Entry &entry) const
{
    // Nothing can fold into an entry any more a window after the first of its lines; an
    // interface's, a window after its last transition and the last line of its flapping row.
    if (!entry.interface)
        return entry.firstMs + m_config.identicalWindowMs; // lastMs >= firstMs
    const qint64 last = entry.transitions.isEmpty() ? entry.lastMs : qMax(entry.lastMs, entry.transitions.constLast());
    return last + m_config.flapWindowMs;
}

void EventFolder::prune(qint64 nowMs)
{
    prune(m_lineDues, nowMs);
    prune(m_interfaceDues, nowMs);
}

void EventFolder::prune(QQueue<Due> &queue, qint64 nowMs)
{
    // Only the entries falling due are looked at, not all of them. An entry goes once it is
    // closed and no row still waits for its id; one that was used again goes to the back with
    // its new time, one still waiting for ids looks again a second later. Times in a queue are
    // then only roughly in order: an entry may stay up to a window longer than it has to,
    // which costs memory, never a fold.
    while (!queue.isEmpty() && queue.head().ms < nowMs) {
        const int slot = queue.dequeue().slot;
        const Entry &entry = m_entries.at(slot);
        const qint64 closesAt = closesAtMs(entry);
        if (nowMs <= closesAt)
            queue.enqueue({closesAt, slot});
        else if (entry.pendingIndex >= 0 || entry.awaitingIds > 0)
            queue.enqueue({nowMs + 1000, slot});
        else
            forget(slot);
    }
}

void EventFolder::forget(int slot)
{
    Entry &entry = m_entries[slot];
    const auto it = m_index.find(entry.hash);
    Q_ASSERT(it != m_index.end());
    if (*it == slot) {
        if (entry.nextSameHash >= 0)
            *it = entry.nextSameHash;
        else
            m_index.erase(it);
    } else {
        int previous = *it;
        while (m_entries.at(previous).nextSameHash != slot)
            previous = m_entries.at(previous).nextSameHash;
        m_entries[previous].nextSameHash = entry.nextSameHash;
    }
    entry = Entry();
    m_freeSlots.append(slot);
    --m_tracked;
}

} // namespace nocdesk
