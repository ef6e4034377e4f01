#pragma once

#include "ItemRoles.h"
#include "store/EventQuery.h"

#include <QAbstractTableModel>

#include <vector>

namespace nocdesk {

// The Live Events pane over a store of any size: filtered and sorted in SQL, read a page at a
// time, with only a bounded number of rows in memory.
//
// Rows are held as segments: where a segment starts in the order (a key) and how many rows it
// has. Its rows are read when a view asks for one of them and dropped again, least recently
// used first, once more than kMaxCachedRows are held, so memory does not grow with the store.
// rowCount() is what has been discovered: the view's canFetchMore/fetchMore reads the next page
// as it scrolls to the end. New rows from the live tail go into the segment their key belongs
// to, at their place in the order, in one insert per contiguous run.
//
// Reads are keyset pages walked in id order or along the pane's partial indexes, a few
// milliseconds each; they run on the GUI thread's own connection. So the model sorts only by
// the columns such a page serves (isSortable: time, severity, status); sorting by the others
// would read every row of the store for each page, and sort() leaves the order as it is. The
// header says so (SortableRole, a tooltip). Every read stops at horizon(): newer rows arrive
// through addNewRows(), so a row is never counted twice.
class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Host, Severity, Code, Kind, Message, Status, Count, ColumnCount };
    Q_ENUM(Column)

    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedRows = 4000;

    explicit EventTableModel(QObject *parent = nullptr);

    // The database to read (migrated already). Nothing is read before the first reload();
    // sort() and setFilter() before it only set what that reads.
    void setDatabasePath(const QString &path);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Columns other than isSortable() ones leave the order unchanged.
    void sort(int column, Qt::SortOrder order) override;
    [[nodiscard]] static bool isSortable(int column);
    // Reads the next page now (fetchMore reads it on the next event-loop turn).
    void fetchNextPage();

    void setFilter(const EventFilter &filter);
    [[nodiscard]] EventFilter filter() const { return m_filter; }
    [[nodiscard]] EventOrder order() const { return m_order; }
    // Reads the store again from the top, keeping the filter and the order.
    void reload();

    // The live tail. generation() changes with every reload, filter and order; rows read for
    // an older one are refused (false), the caller reads again from the new horizon.
    [[nodiscard]] quint64 generation() const { return m_generation; }
    [[nodiscard]] qint64 horizon() const { return m_horizon; }
    // rows: the filter's rows with horizon() < id <= upToId, oldest first (Store::eventsAfter).
    bool addNewRows(quint64 generation, const QList<Event> &rows, qint64 upToId);
    // Newer values (a grown fold count) for rows the model may hold.
    void updateRows(const QList<Event> &events);

    // The event on a row, read from the store when it is not held; nullptr when out of range.
    [[nodiscard]] const Event *eventAt(int row) const;
    // Those of ids the model holds.
    [[nodiscard]] QList<qint64> heldIds(const QList<qint64> &ids) const;
    [[nodiscard]] int cachedRowCount() const;
    // Every row of the filter is discovered (no fetchMore left).
    [[nodiscard]] bool atEnd() const { return m_atEnd; }

Q_SIGNALS:
    void errorOccurred(const QString &message);
    // The filter, the order or the store's contents changed: every row was read anew.
    void reloaded();

private:
    struct Segment
    {
        EventPageStart start;
        int size = 0;
        QList<Event> rows; // empty unless held
        mutable quint64 lastUse = 0;
        [[nodiscard]] bool held() const { return !rows.isEmpty(); }
    };

    [[nodiscard]] QList<Event> readPage(const EventPageStart &start, int limit) const;
    void indexRows() const;
    // Segment of a row and the row's offset in it.
    [[nodiscard]] std::pair<int, int> locate(int row) const;
    [[nodiscard]] int firstRowOf(int segment) const;
    void load(int segment) const;
    // The segment a new row with this key belongs to.
    [[nodiscard]] int segmentFor(const EventKey &key) const;
    void splitLarge();
    void evict(int keep) const;

    [[nodiscard]] QVariant display(const Event &e, int column) const;
    [[nodiscard]] QVariantList details(const Event &e) const;

    QString m_path;
    EventFilter m_filter;
    EventOrder m_order;
    quint64 m_generation = 0;
    qint64 m_horizon = 0;
    // mutable: reading a row may load its segment and drop others (the view calls data()).
    mutable std::vector<Segment> m_segments;
    mutable QList<int> m_firstRows; // first row of each segment, rebuilt when sizes change
    mutable bool m_firstRowsValid = false;
    mutable quint64 m_useClock = 0;
    bool m_inserting = false;
    bool m_fetchPending = false;
    int m_rowCount = 0;
    EventKey m_endKey; // key of the last discovered row
    bool m_atEnd = true;
};

} // namespace nocdesk
