#include "NotificationTableModel.h"

#include "DisplayText.h"

namespace nocdesk {

int NotificationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NotificationTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Received: return tr("Received");
    case Source: return tr("Source");
    case Sender: return tr("Sender");
    case Subject: return tr("Subject");
    case Provider: return tr("Provider");
    case Outcome: return tr("Outcome");
    case Maintenances: return tr("Maintenances");
    case Size: return tr("Size");
    case Error: return tr("Error");
    case ColumnCount: break;
    }
    return {};
}

QVariant NotificationTableModel::display(int row, int column) const
{
    const Notification &n = m_rows.at(row);
    switch (Column(column)) {
    case Received: return DisplayText::time(n.receivedAt);
    case Source: return n.sourceName.isEmpty() ? tr("Import") : n.sourceName;
    case Sender: return n.sender;
    case Subject: return n.subject;
    case Provider: return n.providerLabel.isEmpty() ? n.providerName : n.providerLabel;
    case Outcome: return DisplayText::name(n.outcome);
    case Maintenances: return n.maintenanceCount;
    case Size: return DisplayText::bytes(n.size);
    case Error: return n.error;
    case ColumnCount: break;
    }
    return {};
}

QVariant NotificationTableModel::raw(int row, int column) const
{
    const Notification &n = m_rows.at(row);
    switch (Column(column)) {
    case Received: return n.receivedAt;
    case Outcome: return static_cast<int>(n.outcome);
    case Size: return n.size;
    default: return display(row, column);
    }
}

QVariantList NotificationTableModel::details(int row) const
{
    const Notification &n = m_rows.at(row);
    QVariantList lines = RecordTableModel::details(row);
    lines << detailLine(tr("Message-ID"), n.messageId);
    return lines;
}

QString NotificationTableModel::extraSearchText(int row) const { return m_rows.at(row).messageId; }

QVariant NotificationTableModel::decoration(int row, int column, int role) const
{
    const Notification &n = m_rows.at(row);
    if (role == Qt::ForegroundRole && column == Outcome)
        return DisplayText::color(n.outcome);
    if (role == Qt::TextAlignmentRole && (column == Size || column == Maintenances))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace nocdesk
