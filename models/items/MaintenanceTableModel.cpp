#include "MaintenanceTableModel.h"

#include "DisplayText.h"

#include <QFont>
#include <QSet>

#include <algorithm>
#include <limits>

namespace nocdesk {

MaintenanceTableModel::MaintenanceTableModel(QObject *parent) : RecordListModel<Maintenance>(parent)
{
    // Connected before any proxy: rows that moved have their keys looked up again before the
    // proxy reads them.
    const auto rowsMoved = [this] { m_rowKeysValid = false; };
    connect(this, &QAbstractItemModel::rowsInserted, this, rowsMoved);
    connect(this, &QAbstractItemModel::rowsRemoved, this, rowsMoved);
    connect(this, &QAbstractItemModel::modelReset, this, rowsMoved);
    connect(this, &QAbstractItemModel::layoutChanged, this, rowsMoved);
}

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
    case MaintenanceId: return tr("Name");
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
    case Start: return timeText(m.start);
    case End: return timeText(m.end);
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

std::optional<bool> MaintenanceTableModel::rawLessThan(int leftRow, int rightRow, int column) const
{
    const Maintenance &a = m_rows.at(leftRow);
    const Maintenance &b = m_rows.at(rightRow);
    switch (Column(column)) {
    case Ack: return a.acknowledged < b.acknowledged;
    case Status: return static_cast<int>(a.status) < static_cast<int>(b.status);
    case Start: return searchKeys(leftRow).start < searchKeys(rightRow).start;
    case End: return searchKeys(leftRow).end < searchKeys(rightRow).end;
    case WorstImpact: return searchKeys(leftRow).worstImpact < searchKeys(rightRow).worstImpact;
    case Circuits: return a.impacts.size() < b.impacts.size();
    case Notices: return a.noticeCount < b.noticeCount;
    default: return std::nullopt;
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
        detailLine(tr("Start"), timeText(m.start)),
        detailLine(tr("End"), timeText(m.end)),
        detailLine(tr("Duration"), DisplayText::duration(m.start.secsTo(m.end))),
        detailLine(tr("Sequence"), QString::number(m.sequence)),
        detailLine(tr("Acknowledged"), m.acknowledged
                       ? tr("yes, by %1 at %2").arg(m.acknowledgedBy, timeText(m.acknowledgedAt))
                       : tr("no")),
        detailLine(tr("Notices"), QString::number(m.noticeCount)),
        detailLine(tr("Notes"), QString::number(m.noteCount)),
    };
    for (const MaintenanceWindow &w : m.windows)
        lines << detailLine(tr("Window"), tr("%1 – %2").arg(timeText(w.start), timeText(w.end)));
    for (const CircuitImpact &ci : m.impacts) {
        const QString where = ci.siteName.isEmpty() ? (ci.circuitId ? QString() : tr(" (unknown circuit)"))
                                                    : tr(" at %1").arg(ci.siteName);
        lines << detailLine(tr("Circuit"), tr("%1: %2%3").arg(ci.circuitRef, DisplayText::name(ci.impact), where));
    }
    return lines;
}

QVariant MaintenanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section) {
        case MaintenanceId: return tr("The provider's id for the maintenance");
        case Start:
        case End:
            return m_zone.isValid() ? tr("In %1").arg(QString::fromUtf8(m_zone.id())) : tr("In your local time");
        default: break;
        }
    }
    return RecordTableModel::headerData(section, orientation, role);
}

void MaintenanceTableModel::recordsArriving(const QList<Maintenance> &records, bool replaceAll)
{
    if (replaceAll) {
        m_keys.clear();
        m_keys.reserve(records.size());
    }
    m_rowKeysValid = false;
    // Translated once per batch rather than once per record and circuit.
    QHash<int, QString> statusNames, impactNames;
    for (int s = 0; s <= static_cast<int>(MaintenanceStatus::NoChange); ++s)
        statusNames.insert(s, DisplayText::name(MaintenanceStatus(s)));
    for (int i = 0; i <= static_cast<int>(Impact::Outage); ++i)
        impactNames.insert(i, DisplayText::name(Impact(i)));
    const QChar separator(0x1f); // no word an operator types spans two fields
    // Circuits, sites and providers repeat across records: each distinct one is lower-cased
    // once and its lower-cased text shared by every record that names it.
    QHash<QString, QString> lowered;
    const auto lower = [&lowered](const QString &value) -> QString {
        auto it = lowered.find(value);
        if (it == lowered.end())
            it = lowered.insert(value, value.toLower());
        return *it;
    };
    QString text;
    for (const Maintenance &m : records) {
        SearchKeys keys;
        keys.start = m.start.isValid() ? m.start.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        keys.end = m.end.isValid() ? m.end.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        keys.worstImpact = m.impacts.isEmpty() ? -1 : impactRank(m.worstImpact());
        keys.providers << lower(m.providerName);
        if (!m.providerLabel.isEmpty() && m.providerLabel.compare(m.providerName, Qt::CaseInsensitive) != 0)
            keys.providers << lower(m.providerLabel);
        text.resize(0);
        const QString &statusName = statusNames[static_cast<int>(m.status)];
        for (const QString *part : {&m.maintenanceKey, &m.summary, &m.organizer, &m.providerName, &m.providerLabel, &statusName}) {
            text += *part;
            text += separator;
        }
        keys.circuits.reserve(m.impacts.size());
        for (const CircuitImpact &ci : m.impacts) {
            const QString circuit = lower(ci.circuitRef);
            keys.circuits << circuit;
            text += circuit;
            text += separator;
            if (!ci.siteName.isEmpty()) {
                const QString site = lower(ci.siteName);
                if (!keys.sites.contains(site))
                    keys.sites << site;
                text += site;
                text += separator;
            }
            text += impactNames[static_cast<int>(ci.impact)];
            text += separator;
        }
        keys.text = text.toLower();
        m_keys.insert(m.id, keys);
    }
}

const MaintenanceTableModel::SearchKeys &MaintenanceTableModel::searchKeys(int row) const
{
    // By row, so a filter or sort over every row does no hash lookup per row. Rebuilt after
    // rows move (the hash by id is what arriving records update).
    if (!m_rowKeysValid) {
        static const SearchKeys none;
        m_rowKeys.clear();
        m_rowKeys.reserve(m_rows.size());
        for (const Maintenance &m : m_rows) {
            const auto it = m_keys.constFind(m.id);
            m_rowKeys.append(it == m_keys.constEnd() ? none : *it);
        }
        m_rowKeysValid = true;
    }
    return m_rowKeys.at(row);
}

MaintenanceTableModel::KnownValues MaintenanceTableModel::knownValues() const
{
    QSet<QString> providers, sites, circuits;
    for (const Maintenance &m : m_rows) {
        providers.insert(m.providerLabel.isEmpty() ? m.providerName : m.providerLabel);
        for (const CircuitImpact &ci : m.impacts) {
            circuits.insert(ci.circuitRef);
            if (!ci.siteName.isEmpty())
                sites.insert(ci.siteName);
        }
    }
    auto sorted = [](const QSet<QString> &set) {
        QStringList list(set.cbegin(), set.cend());
        std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) {
            return a.compare(b, Qt::CaseInsensitive) < 0;
        });
        return list;
    };
    return {sorted(providers), sorted(sites), sorted(circuits)};
}

void MaintenanceTableModel::setTimeZone(const QTimeZone &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Start), index(int(m_rows.size()) - 1, End), {Qt::DisplayRole, Qt::ToolTipRole, DetailRole});
    Q_EMIT headerDataChanged(Qt::Horizontal, Start, End);
}

QString MaintenanceTableModel::timeText(const QDateTime &t) const
{
    return m_zone.isValid() ? DisplayText::time(t, m_zone) : DisplayText::time(t);
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
