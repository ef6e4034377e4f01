#include "MaintenanceTableModel.h"

#include "DisplayText.h"

#include <QFont>

namespace nocdesk {

int MaintenanceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags MaintenanceTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = RecordTableModel::flags(index);
    if (index.isValid() && index.column() == Ack)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool MaintenanceTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != Ack || role != Qt::CheckStateRole)
        return false;
    const bool acknowledged = value.value<Qt::CheckState>() == Qt::Checked;
    Q_EMIT acknowledgeRequested({m_rows.at(index.row()).id}, acknowledged);
    return true;
}

QString MaintenanceTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Ack: return tr("Ack");
    case Provider: return tr("Provider");
    case MaintenanceId: return tr("Maintenance");
    case Summary: return tr("Summary");
    case Status: return tr("Status");
    case Start: return tr("Start");
    case End: return tr("End");
    case Circuits: return tr("Circuits");
    case Sites: return tr("Sites");
    case WorstImpact: return tr("Impact");
    case Notices: return tr("Notices");
    case ColumnCount: break;
    }
    return {};
}

QVariant MaintenanceTableModel::display(int row, int column) const
{
    const Maintenance &m = m_rows.at(row);
    switch (Column(column)) {
    case Ack: return QVariant();
    case Provider: return m.providerLabel.isEmpty() ? m.providerName : m.providerLabel;
    case MaintenanceId: return m.maintenanceKey;
    case Summary: return m.summary;
    case Status: return DisplayText::name(m.status);
    case Start: return DisplayText::time(m.start);
    case End: return DisplayText::time(m.end);
    case Circuits: return m.circuitRefs().join(QStringLiteral(", "));
    case Sites: return m.siteNames().join(QStringLiteral(", "));
    case WorstImpact: return m.impacts.isEmpty() ? QString() : DisplayText::name(m.worstImpact());
    case Notices: return m.noticeCount;
    case ColumnCount: break;
    }
    return {};
}

QVariant MaintenanceTableModel::raw(int row, int column) const
{
    const Maintenance &m = m_rows.at(row);
    switch (Column(column)) {
    case Ack: return m.acknowledged;
    case Status: return static_cast<int>(m.status);
    case Start: return m.start;
    case End: return m.end;
    case WorstImpact: return m.impacts.isEmpty() ? -1 : impactRank(m.worstImpact());
    case Circuits: return int(m.impacts.size());
    default: return display(row, column);
    }
}

QVariantList MaintenanceTableModel::details(int row) const
{
    const Maintenance &m = m_rows.at(row);
    QVariantList lines{
        detailLine(tr("Maintenance"), m.maintenanceKey),
        detailLine(tr("Provider"), m.providerLabel.isEmpty() ? m.providerName : m.providerLabel),
        detailLine(tr("Status"), DisplayText::name(m.status)),
        detailLine(tr("Summary"), m.summary),
        detailLine(tr("Organizer"), m.organizer),
        detailLine(tr("Start"), DisplayText::time(m.start)),
        detailLine(tr("End"), DisplayText::time(m.end)),
        detailLine(tr("Duration"), DisplayText::duration(m.start.secsTo(m.end))),
        detailLine(tr("Sequence"), QString::number(m.sequence)),
        detailLine(tr("Acknowledged"), m.acknowledged
                       ? tr("yes, by %1 at %2").arg(m.acknowledgedBy, DisplayText::time(m.acknowledgedAt))
                       : tr("no")),
        detailLine(tr("Notices"), QString::number(m.noticeCount)),
        detailLine(tr("Notes"), QString::number(m.noteCount)),
    };
    for (const MaintenanceWindow &w : m.windows)
        lines << detailLine(tr("Window"), tr("%1 – %2").arg(DisplayText::time(w.start), DisplayText::time(w.end)));
    for (const CircuitImpact &ci : m.impacts) {
        const QString where = ci.siteName.isEmpty() ? (ci.circuitId ? QString() : tr(" (unknown circuit)"))
                                                    : tr(" at %1").arg(ci.siteName);
        lines << detailLine(tr("Circuit"), tr("%1: %2%3").arg(ci.circuitRef, DisplayText::name(ci.impact), where));
    }
    return lines;
}

QString MaintenanceTableModel::extraSearchText(int row) const
{
    return m_rows.at(row).organizer;
}

QVariant MaintenanceTableModel::decoration(int row, int column, int role) const
{
    const Maintenance &m = m_rows.at(row);
    if (role == Qt::CheckStateRole && column == Ack)
        return m.acknowledged ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ForegroundRole && column == Status)
        return DisplayText::color(m.status);
    if (role == Qt::ForegroundRole && column == WorstImpact && !m.impacts.isEmpty())
        return DisplayText::color(m.worstImpact());
    if (role == Qt::FontRole && !m.acknowledged && column != Ack) {
        // Unacknowledged work stands out the way unread mail does.
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && column == Notices)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace nocdesk
