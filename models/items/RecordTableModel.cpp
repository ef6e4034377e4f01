#include "RecordTableModel.h"

namespace nocdesk {

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : recordCount();
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole: {
        const QVariant text = display(row, column);
        return text.toString().size() > 40 ? text : QVariant();
    }
    case RawRole:
        return raw(row, column);
    case IdRole:
        return idAt(row);
    case DetailRole:
        return details(row);
    case SearchTextRole: {
        QStringList parts;
        for (int c = 0; c < columnCount(); ++c)
            parts << display(row, c).toString();
        parts << extraSearchText(row);
        return parts.join(QLatin1Char('\x1f'));
    }
    default:
        return decoration(row, column, role);
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < columnCount())
        return columnTitle(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

int RecordTableModel::rowOfId(qint64 id) const
{
    if (!m_indexValid) {
        m_rowOfId.clear();
        m_rowOfId.reserve(recordCount());
        for (int row = 0; row < recordCount(); ++row)
            m_rowOfId.insert(idAt(row), row);
        m_indexValid = true;
    }
    return m_rowOfId.value(id, -1);
}

QVariantList RecordTableModel::details(int row) const
{
    QVariantList lines;
    for (int c = 0; c < columnCount(); ++c)
        lines << detailLine(columnTitle(c), display(row, c).toString());
    return lines;
}

QVariant RecordTableModel::decoration(int, int, int) const { return {}; }

QVariant RecordTableModel::detailLine(const QString &label, const QString &value)
{
    return QStringList{label, value};
}

} // namespace nocdesk
