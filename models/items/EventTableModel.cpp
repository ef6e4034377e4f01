#include "EventTableModel.h"

#include "DisplayText.h"
#include "store/Store.h"

#include <QSet>
#include <QTimer>

#include <algorithm>

namespace nocdesk {

EventTableModel::EventTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void EventTableModel::setDatabasePath(const QString &path) { m_path = path; }

int EventTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : m_rowCount; }

int EventTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

bool EventTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetchPending;
}

QList<Event> EventTableModel::readPage(const EventPageStart &start, int limit) const
{
    if (m_path.isEmpty())
        return {};
    try {
        return Store::forCurrentThread(m_path).eventPage(m_filter, m_order, start, m_horizon, limit);
    } catch (const StoreError &e) {
        // A locked or failing store shows fewer rows, never stops the console.
        Q_EMIT const_cast<EventTableModel *>(this)->errorOccurred(tr("Reading events failed: %1").arg(e.message()));
        return {};
    }
}

// A view asks from inside its own updates (and asks again on every scroll): the page is read
// once, on the next event-loop turn, and comes in as one insert.
void EventTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_fetchPending)
        return;
    m_fetchPending = true;
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        m_fetchPending = false;
        if (generation == m_generation)
            fetchNextPage();
    });
}

void EventTableModel::fetchNextPage()
{
    if (m_atEnd)
        return;
    const EventPageStart start = m_segments.empty() ? EventPageStart::begin() : EventPageStart::after(m_endKey);
    const QList<Event> rows = readPage(start, kPageSize);
    m_atEnd = rows.size() < kPageSize;
    if (rows.isEmpty())
        return;
    beginInsertRows({}, m_rowCount, m_rowCount + int(rows.size()) - 1);
    Segment segment;
    segment.start = m_segments.empty() ? EventPageStart::begin() : EventPageStart::at(eventKey(rows.constFirst(), m_order));
    segment.size = int(rows.size());
    segment.rows = rows;
    segment.lastUse = ++m_useClock;
    m_segments.push_back(std::move(segment));
    m_firstRowsValid = false;
    m_rowCount += int(rows.size());
    m_endKey = eventKey(rows.constLast(), m_order);
    endInsertRows();
    evict(int(m_segments.size()) - 1);
}

void EventTableModel::sort(int column, Qt::SortOrder order)
{
    static constexpr EventSortKey keys[ColumnCount] = {EventSortKey::Arrival, EventSortKey::Host,    EventSortKey::Severity,
                                                       EventSortKey::Code,    EventSortKey::Kind,    EventSortKey::Message,
                                                       EventSortKey::Status,  EventSortKey::Count};
    if (!isSortable(column))
        return;
    const EventOrder wanted{keys[column], order == Qt::DescendingOrder};
    if (wanted == m_order)
        return;
    m_order = wanted;
    // Before the first reload() the pane is still being set up (saved order, saved filter):
    // nothing is read until it is complete.
    if (m_generation > 0)
        reload();
}

bool EventTableModel::isSortable(int column)
{
    return column == Time || column == Severity || column == Status;
}

void EventTableModel::setFilter(const EventFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    if (m_generation > 0)
        reload();
}

// Rows out, then the first page in: not a model reset, which would also reset the view's
// header (column widths, order, hidden columns). The first page is read before the view asks,
// so it paints at once.
void EventTableModel::reload()
{
    ++m_generation;
    m_fetchPending = false;
    if (m_rowCount > 0) {
        beginRemoveRows({}, 0, m_rowCount - 1);
        m_segments.clear();
        m_firstRowsValid = false;
        m_rowCount = 0;
        endRemoveRows();
    }
    m_segments.clear();
    m_firstRowsValid = false;
    m_endKey = {};
    m_atEnd = true;
    m_horizon = 0;
    if (!m_path.isEmpty()) {
        try {
            m_horizon = Store::forCurrentThread(m_path).newestEventId();
        } catch (const StoreError &e) {
            Q_EMIT errorOccurred(tr("Reading events failed: %1").arg(e.message()));
        }
    }
    const QList<Event> rows = m_horizon > 0 ? readPage(EventPageStart::begin(), kPageSize) : QList<Event>();
    if (!rows.isEmpty()) {
        beginInsertRows({}, 0, int(rows.size()) - 1);
        m_segments.push_back({EventPageStart::begin(), int(rows.size()), rows, ++m_useClock});
        m_rowCount = int(rows.size());
        m_endKey = eventKey(rows.constLast(), m_order);
        m_atEnd = rows.size() < kPageSize;
        endInsertRows();
    }
    Q_EMIT reloaded();
}

void EventTableModel::indexRows() const
{
    if (m_firstRowsValid)
        return;
    m_firstRows.resize(qsizetype(m_segments.size()));
    int row = 0;
    for (size_t i = 0; i < m_segments.size(); ++i) {
        m_firstRows[qsizetype(i)] = row;
        row += m_segments[i].size;
    }
    m_firstRowsValid = true;
}

int EventTableModel::firstRowOf(int segment) const
{
    indexRows();
    return m_firstRows.at(segment);
}

std::pair<int, int> EventTableModel::locate(int row) const
{
    indexRows();
    // The last segment starting at or before the row (a segment may be empty for a moment).
    const auto it = std::upper_bound(m_firstRows.cbegin(), m_firstRows.cend(), row);
    const int segment = int(it - m_firstRows.cbegin()) - 1;
    return {segment, row - m_firstRows.at(segment)};
}

void EventTableModel::load(int index) const
{
    Segment &segment = m_segments[size_t(index)];
    segment.lastUse = ++m_useClock;
    if (segment.held())
        return;
    QList<Event> rows = readPage(segment.start, segment.size);
    if (rows.size() != segment.size) {
        // The store changed under the order (a row left the filter, or a count it is sorted by
        // grew): read everything again on the next turn; until then the gap shows empty rows.
        QTimer::singleShot(0, const_cast<EventTableModel *>(this), &EventTableModel::reload);
        rows.resize(segment.size);
    }
    segment.rows = rows;
    evict(index);
}

// Drops the least recently used segments beyond the budget. Segments holding a row a view
// keeps an index on (the selection, the current row) stay, so those rows never change
// identity while other rows arrive.
void EventTableModel::evict(int keep) const
{
    int held = cachedRowCount();
    if (held <= kMaxCachedRows)
        return;
    QSet<int> pinned{keep};
    for (const QModelIndex &index : persistentIndexList())
        pinned.insert(locate(index.row()).first);
    while (held > kMaxCachedRows) {
        int oldest = -1;
        for (int i = 0; i < int(m_segments.size()); ++i) {
            const Segment &s = m_segments[size_t(i)];
            if (s.held() && !pinned.contains(i) && (oldest < 0 || s.lastUse < m_segments[size_t(oldest)].lastUse))
                oldest = i;
        }
        if (oldest < 0)
            return;
        held -= int(m_segments[size_t(oldest)].rows.size());
        m_segments[size_t(oldest)].rows = QList<Event>();
    }
}

int EventTableModel::cachedRowCount() const
{
    int held = 0;
    for (const Segment &s : m_segments)
        held += int(s.rows.size());
    return held;
}

const Event *EventTableModel::eventAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const auto [segment, offset] = locate(row);
    if (m_inserting && !m_segments[size_t(segment)].held()) {
        static const Event placeholder;
        return &placeholder;
    }
    load(segment);
    return &m_segments[size_t(segment)].rows.at(offset);
}

QList<qint64> EventTableModel::heldIds(const QList<qint64> &ids) const
{
    QSet<qint64> held;
    for (const Segment &s : m_segments) {
        for (const Event &e : s.rows)
            held.insert(e.id);
    }
    QList<qint64> result;
    for (qint64 id : ids) {
        if (held.contains(id))
            result << id;
    }
    return result;
}

int EventTableModel::segmentFor(const EventKey &key) const
{
    // The last segment whose start comes before the key; the first starts at the beginning.
    int low = 1;
    int high = int(m_segments.size());
    while (low < high) {
        const int mid = (low + high) / 2;
        const EventPageStart &start = m_segments[size_t(mid)].start;
        const int c = compareKeys(key, start.key, m_order);
        const bool after = start.kind == EventPageStart::AfterKey ? c > 0 : c >= 0;
        if (after)
            low = mid + 1;
        else
            high = mid;
    }
    return low - 1;
}

bool EventTableModel::addNewRows(quint64 generation, const QList<Event> &rows, qint64 upToId)
{
    if (generation != m_generation)
        return false;
    // Raised once every row is in place: a segment read before then must not see them.
    const qint64 horizon = qMax(m_horizon, upToId);

    struct Placed
    {
        EventKey key;
        const Event *event;
    };
    QList<Placed> placed;
    placed.reserve(rows.size());
    for (const Event &e : rows) {
        const EventKey key = eventKey(e, m_order);
        // Beyond what is discovered: fetchMore brings it in its turn.
        if (!m_atEnd && compareKeys(key, m_endKey, m_order) > 0)
            continue;
        placed.append({key, &e});
    }
    if (placed.isEmpty()) {
        m_horizon = horizon;
        return true;
    }
    std::sort(placed.begin(), placed.end(),
              [this](const Placed &a, const Placed &b) { return compareKeys(a.key, b.key, m_order) < 0; });

    const bool wasEmpty = m_rowCount == 0;
    if (m_segments.empty())
        m_segments.push_back({EventPageStart::begin(), 0, {}, ++m_useClock});

    // Where each new row goes, against the rows as they are: (segment, offset in it). In a
    // segment that is not held the place among its rows is unknown and does not matter (no
    // view shows or keeps an index into it); the rows join its end and it is read whole later.
    struct Run
    {
        int segment;
        int offset;
        QList<Event> rows;
    };
    QList<Run> runs;
    for (const Placed &p : std::as_const(placed)) {
        const int s = segmentFor(p.key);
        const Segment &segment = m_segments[size_t(s)];
        int offset = segment.size;
        if (segment.held()) {
            const auto it = std::lower_bound(segment.rows.cbegin(), segment.rows.cend(), p.key,
                                             [this](const Event &row, const EventKey &key) {
                                                 return compareKeys(eventKey(row, m_order), key, m_order) < 0;
                                             });
            offset = int(it - segment.rows.cbegin());
        }
        if (!runs.isEmpty() && runs.constLast().segment == s && runs.constLast().offset == offset)
            runs.last().rows.append(*p.event);
        else
            runs.append({s, offset, {*p.event}});
    }

    // From the last run back, so each insert leaves the places of the runs before it alone.
    // Meanwhile a segment that is not held cannot be read consistently (its size and the
    // store disagree until the run is in), so it shows empty rows to whoever asks.
    m_inserting = true;
    for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
        const int first = firstRowOf(it->segment) + it->offset;
        const int count = int(it->rows.size());
        beginInsertRows({}, first, first + count - 1);
        Segment &segment = m_segments[size_t(it->segment)];
        if (segment.held() || segment.size == 0) {
            segment.rows.insert(it->offset, count, Event());
            std::copy(it->rows.cbegin(), it->rows.cend(), segment.rows.begin() + it->offset);
        }
        segment.size += count;
        m_rowCount += count;
        m_firstRowsValid = false;
        endInsertRows();
    }
    m_inserting = false;
    m_horizon = horizon;
    // Everything is discovered: the end moves with rows that sort last.
    if (m_atEnd && (wasEmpty || compareKeys(placed.constLast().key, m_endKey, m_order) > 0))
        m_endKey = placed.constLast().key;
    splitLarge();
    evict(-1);
    return true;
}

// Keeps every segment readable in one page: a segment grown past two pages is cut at page
// boundaries (read first when it is not held).
void EventTableModel::splitLarge()
{
    for (size_t i = 0; i < m_segments.size(); ++i) {
        if (m_segments[i].size <= 2 * kPageSize)
            continue;
        load(int(i));
        Segment whole = std::move(m_segments[i]);
        std::vector<Segment> parts;
        for (int from = 0; from < whole.size; from += kPageSize) {
            Segment part;
            part.start = from == 0 ? whole.start : EventPageStart::at(eventKey(whole.rows.at(from), m_order));
            part.rows = whole.rows.mid(from, kPageSize);
            part.size = int(part.rows.size());
            part.lastUse = whole.lastUse;
            parts.push_back(std::move(part));
        }
        m_segments.erase(m_segments.begin() + qsizetype(i));
        m_segments.insert(m_segments.begin() + qsizetype(i), std::make_move_iterator(parts.begin()),
                          std::make_move_iterator(parts.end()));
        i += parts.size() - 1;
        m_firstRowsValid = false;
    }
}

void EventTableModel::updateRows(const QList<Event> &events)
{
    // One pass over the held rows rather than a search per event: a burst of folded lines
    // updates thousands of events at once, and this runs on the GUI thread.
    QHash<qint64, const Event *> byId;
    byId.reserve(events.size());
    for (const Event &e : events)
        byId.insert(e.id, &e);
    for (size_t i = 0; i < m_segments.size(); ++i) {
        QList<Event> &rows = m_segments[i].rows;
        int first = -1;
        int last = -1;
        for (int r = 0; r < rows.size(); ++r) {
            const auto it = byId.constFind(rows.at(r).id);
            if (it == byId.constEnd())
                continue;
            rows[r] = **it;
            if (first < 0)
                first = r;
            last = r;
        }
        if (first >= 0) {
            const int base = firstRowOf(int(i));
            Q_EMIT dataChanged(index(base + first, 0), index(base + last, ColumnCount - 1));
        }
    }
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event *e = eventAt(index.row());
    if (!e)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(*e, column);
    case Qt::ToolTipRole: {
        const QString text = display(*e, column).toString();
        return text.size() > 40 ? QVariant(text) : QVariant();
    }
    case IdRole:
        return e->id;
    case DetailRole:
        return details(*e);
    case Qt::ForegroundRole:
        if (column == Severity)
            return DisplayText::color(e->severity);
        return {};
    case Qt::TextAlignmentRole:
        if (column == Count)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole:
        break;
    case SortableRole:
        return isSortable(section);
    case Qt::ToolTipRole:
        if (section >= 0 && section < ColumnCount && !isSortable(section))
            return tr("Not sortable: sorting millions of events by this column would take seconds. "
                      "The pane sorts by time, severity or status.");
        return {};
    case Qt::InitialSortOrderRole:
        // The first click shows what matters first: the newest, the most severe.
        return section == Time || section == Severity ? QVariant(int(Qt::DescendingOrder)) : QVariant();
    default:
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Time: return tr("Time");
    case Host: return tr("Device");
    case Severity: return tr("Severity");
    case Code: return tr("Code");
    case Kind: return tr("Kind");
    case Message: return tr("Message");
    case Status: return tr("Status");
    case Count: return tr("Count");
    case ColumnCount: break;
    }
    return {};
}

QVariant EventTableModel::display(const Event &e, int column) const
{
    switch (Column(column)) {
    case Time: return DisplayText::time(e.eventTime.isValid() ? e.eventTime : e.receivedAt);
    case Host: return e.host;
    case Severity: return DisplayText::name(e.severity);
    case Code: return e.code;
    case Kind: return e.kind;
    case Message: return e.message;
    case Status: return DisplayText::name(e.status);
    case Count: return e.count;
    case ColumnCount: break;
    }
    return {};
}

// Every field the event has, the parsed ones included, and the line as it arrived.
QVariantList EventTableModel::details(const Event &e) const
{
    QVariantList lines;
    auto line = [&lines](const QString &label, const QString &value) { lines << QVariant(QStringList{label, value}); };
    for (int c = 0; c < ColumnCount; ++c)
        line(headerData(c, Qt::Horizontal, Qt::DisplayRole).toString(), display(e, c).toString());
    line(tr("Received"), DisplayText::time(e.receivedAt));
    line(tr("OS"), e.os);
    line(tr("Facility"), QString::number(e.facility));
    for (auto it = e.values.constBegin(); it != e.values.constEnd(); ++it)
        line(it.key(), it.value().toString());
    if (!e.result.isEmpty())
        line(tr("Result"), e.result);
    if (!e.parseError.isEmpty())
        line(tr("Not parsed"), e.parseError);
    line(tr("Raw line"), QString::fromUtf8(e.raw));
    return lines;
}

} // namespace nocdesk
