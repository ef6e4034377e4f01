#include "EventTableModel.h"

#include "DisplayText.h"

#include <algorithm>

namespace nocdesk {

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void EventTableModel::replaceAll(const QList<Event> &events)
{
    beginResetModel();
    m_rows = events;
    std::sort(m_rows.begin(), m_rows.end(), [](const Event &a, const Event &b) { return a.id < b.id; });
    invalidateIndex();
    endResetModel();
}

void EventTableModel::appendNewest(const QList<Event> &fresh, int maxRows)
{
    // A reload may already have brought some of them: only ids above the newest held count.
    const qint64 newest = m_rows.isEmpty() ? 0 : m_rows.constLast().id;
    QList<Event> events;
    for (const Event &e : fresh) {
        if (e.id > newest)
            events.append(e);
    }
    if (!events.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(events.size()) - 1);
        m_rows.append(events);
        endInsertRows();
    }
    // Rows are held oldest first, so the oldest leave from the top in one removal.
    const int excess = int(m_rows.size()) - maxRows;
    if (excess > 0) {
        beginRemoveRows({}, 0, excess - 1);
        m_rows.erase(m_rows.begin(), m_rows.begin() + excess);
        endRemoveRows();
    }
    invalidateIndex();
}

QString EventTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
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

QVariant EventTableModel::display(int row, int column) const
{
    const Event &e = m_rows.at(row);
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

QVariant EventTableModel::raw(int row, int column) const
{
    const Event &e = m_rows.at(row);
    switch (Column(column)) {
    case Time: return e.eventTime.isValid() ? e.eventTime : e.receivedAt;
    // Lower numbers are more severe; negate so a descending sort puts the worst first.
    case Severity: return -static_cast<int>(e.severity);
    case Status: return static_cast<int>(e.status);
    default: return display(row, column);
    }
}

QVariantList EventTableModel::details(int row) const
{
    const Event &e = m_rows.at(row);
    QVariantList lines = RecordTableModel::details(row);
    lines << detailLine(tr("Received"), DisplayText::time(e.receivedAt));
    lines << detailLine(tr("OS"), e.os);
    lines << detailLine(tr("Facility"), QString::number(e.facility));
    for (auto it = e.values.constBegin(); it != e.values.constEnd(); ++it)
        lines << detailLine(it.key(), it.value().toString());
    if (!e.result.isEmpty())
        lines << detailLine(tr("Result"), e.result);
    if (!e.parseError.isEmpty())
        lines << detailLine(tr("Not parsed"), e.parseError);
    lines << detailLine(tr("Raw line"), QString::fromUtf8(e.raw));
    return lines;
}

QString EventTableModel::extraSearchText(int row) const { return QString::fromUtf8(m_rows.at(row).raw); }

QVariant EventTableModel::decoration(int row, int column, int role) const
{
    const Event &e = m_rows.at(row);
    if (role == Qt::ForegroundRole && column == Severity)
        return DisplayText::color(e.severity);
    if (role == Qt::TextAlignmentRole && column == Count)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace nocdesk
