#pragma once

#include "EventRow.h"

#include <QHash>
#include <QList>
#include <QQueue>
#include <QString>

namespace nocdesk {

struct EventFoldConfig
{
    int identicalWindowMs = 10000; // the same line from the same device within this: one event, counted
    int flapTransitions = 4;       // this many interface downs and ups ...
    int flapWindowMs = 60000;      // ... within this make one "flapping" event
    // Lines it remembers at most, to fold later ones into: about 500 bytes each. A storm of
    // distinct lines (60,000 a second for the 10 s window is 600,000) would otherwise take
    // memory in proportion; past this, a new distinct line is stored without being remembered
    // (its repeats are rows of their own) until the window frees room.
    int maxTracked = 200000;
    // The bits of a line's hash the folder keys on. Tests clear most of them so that distinct
    // lines share a hash, which real traffic almost never shows (64 seeded bits).
    size_t hashMask = ~size_t(0);
};

// Turns the intake's stream of events into rows, so a storm does not bury the pane: identical
// lines within a short window become one event with a count, and an interface that keeps going
// down and up becomes one INTERFACE_FLAPPING event whose count grows while it flaps. Runs on the
// intake thread; no locking.
//
// New rows wait here until the intake takes them for the writer; repeats of a row that was
// taken become count increments for that row's id once the store reports it.
class EventFolder
{
public:
    explicit EventFolder(EventFoldConfig config = {}) : m_config(config) {}

    void add(EventRow row);
    // The rows added since the last call, in order; their ids are expected back in rowsStored().
    [[nodiscard]] QList<EventRow> takeRows();
    // Count increments for rows already stored, by row id.
    [[nodiscard]] QHash<qint64, int> takeIncrements();
    [[nodiscard]] bool hasIncrements() const { return !m_increments.isEmpty(); }
    // The store gave these ids to the rows of the oldest batch taken (empty: it could not).
    // Repeats counted while those rows were on their way become increments for them; returns
    // how many repeats were lost with a batch that could not be stored.
    quint64 rowsStored(const QList<qint64> &ids);

    [[nodiscard]] qsizetype pendingRows() const { return m_rows.size(); }
    [[nodiscard]] quint64 folded() const { return m_folded; }

private:
    struct Entry
    {
        QByteArray key; // EventRow::foldKey(), or INTERFACE_FLAPPING, host and interface
        size_t hash = 0;
        int nextSameHash = -1; // another entry whose key has the same hash (m_index holds one)
        qint64 firstMs = 0;
        qint64 lastMs = 0;
        int pendingIndex = -1; // in m_rows, while not yet taken
        qint64 rowId = 0;      // once stored
        quint64 generation = 0;
        int awaitingIds = 0;   // rows of it taken or waiting, whose ids are not back yet
        // Keyed by device and interface rather than by line: it holds the times of the
        // interface's recent downs and ups, and its INTERFACE_FLAPPING row once there is one,
        // which stays open while the interface flaps.
        bool interface = false;
        QList<qint64> transitions;
    };
    // A row waiting for its id names its entry by slot, which stays put while others come and
    // go: no second look-up (a hash of the whole line) when it is taken and when it is stored.
    // A slot is not reused while rows name it (awaitingIds > 0). -1: a row nothing remembers.
    struct RowKey
    {
        int slot;
        quint64 generation;
    };
    // When an entry is next looked at to be forgotten. Every remembered entry is in one of the
    // two queues (lines, interfaces) exactly once, roughly in the order it falls due.
    struct Due
    {
        qint64 ms;
        int slot;
    };

    // An interface's down or up, counted towards its flapping; true when that took the line
    // (into a flapping row), false when it is to be folded as any other line.
    bool addTransition(const EventRow &row, qint64 nowMs);
    [[nodiscard]] size_t hashOf(QByteArrayView key) const { return qHash(key, m_seed) & m_config.hashMask; }
    // The slot of key's entry, made (empty) when there is none; -1 when there is none and no
    // room for it (maxTracked).
    int slotFor(QByteArrayView key, size_t hash, bool *created);
    // The slot of key's entry, or -1.
    [[nodiscard]] int find(QByteArrayView key, size_t hash) const;
    // True when the event was counted into the entry's row.
    bool foldInto(Entry &entry, qint64 nowMs, int windowMs, int times);
    void addRow(EventRow row, int slot, qint64 nowMs);
    [[nodiscard]] qint64 closesAtMs(const Entry &entry) const;
    void prune(qint64 nowMs);
    void prune(QQueue<Due> &queue, qint64 nowMs);
    void forget(int slot);

    EventFoldConfig m_config;
    QList<EventRow> m_rows;
    QList<RowKey> m_rowKeys;
    QQueue<QList<RowKey>> m_taken;
    // The hash of an entry's key -> its slot in m_entries; entries whose keys share a hash
    // chain through nextSameHash. Keys are told apart by their hash first: the key itself (in
    // memory the look-up would otherwise touch for every line) is compared only when the
    // hashes agree. A plain hash of integers keeps its nodes inline: nothing allocated per
    // entry beyond its key.
    QHash<size_t, int> m_index;
    size_t m_seed = QHashSeed::globalSeed(); // lines come from the network: no predictable hash
    QList<Entry> m_entries;
    QList<int> m_freeSlots;
    qsizetype m_tracked = 0;
    QQueue<Due> m_lineDues;
    QQueue<Due> m_interfaceDues;
    QByteArray m_flapKey; // reused: no allocation per interface transition
    QHash<qint64, int> m_increments;
    QHash<quint64, int> m_inFlightRepeats; // by the generation of a row taken, its id not back yet
    quint64 m_folded = 0;
    quint64 m_generation = 0;
};

} // namespace nocdesk
