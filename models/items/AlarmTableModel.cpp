#include "AlarmTableModel.h"

#include "DisplayText.h"

#include <QFont>

namespace nocdesk {

int AlarmTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AlarmTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Raised: return tr("Raised");
    case Severity: return tr("Severity");
    case Object: return tr("Object");
    case Type: return tr("Type");
    case Text: return tr("Text");
    case State: return tr("State");
    case Count: return tr("Count");
    case Updated: return tr("Updated");
    case Forwarded: return tr("Forwarded to NSP");
    case ColumnCount: break;
    }
    return {};
}

QVariant AlarmTableModel::display(int row, int column) const
{
    const Alarm &a = m_rows.at(row);
    switch (Column(column)) {
    case Raised: return DisplayText::time(a.raisedAt);
    case Severity: return DisplayText::name(a.severity);
    case Object: return a.objectRef;
    case Type: return a.alarmType;
    case Text: return a.text;
    case State: return DisplayText::name(a.state);
    case Count: return a.count;
    case Updated: return DisplayText::time(a.updatedAt);
    case Forwarded: return a.forwardedAt.isValid() ? DisplayText::time(a.forwardedAt) : tr("not forwarded");
    case ColumnCount: break;
    }
    return {};
}

QVariant AlarmTableModel::raw(int row, int column) const
{
    const Alarm &a = m_rows.at(row);
    switch (Column(column)) {
    case Raised: return a.raisedAt;
    case Updated: return a.updatedAt;
    case Forwarded: return a.forwardedAt;
    case Severity: return static_cast<int>(a.severity);
    case State: return static_cast<int>(a.state);
    default: return display(row, column);
    }
}

QVariant AlarmTableModel::decoration(int row, int column, int role) const
{
    const Alarm &a = m_rows.at(row);
    if (role == Qt::ForegroundRole && column == Severity)
        return DisplayText::color(a.severity);
    if (role == Qt::FontRole && a.state == AlarmState::Active) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && column == Count)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace nocdesk
