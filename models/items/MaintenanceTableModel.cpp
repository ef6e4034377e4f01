#include "MaintenanceTableModel.h"

#include "DisplayText.h"
#include "LowerCase.h"

#include <QFont>
#include <QtConcurrent/QtConcurrentMap>
#include <QSet>

#include <algorithm>
#include <array>
#include <numeric>
#include <vector>
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
    case Provider: return m.providerDisplayName();
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
        detailLine(tr("Provider"), m.providerDisplayName()),
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

namespace {

// Builds the search keys of records. One builder per thread: each keeps its own cache.
class SearchKeyBuilder
{
public:
    using SearchKeys = MaintenanceTableModel::SearchKeys;

    SearchKeyBuilder()
    {
        // Translated and lower-cased once rather than once per record and circuit.
        for (int s = 0; s <= static_cast<int>(MaintenanceStatus::NoChange); ++s)
            m_statusNames[s] = lowerCase(DisplayText::name(MaintenanceStatus(s)));
        for (int i = 0; i <= static_cast<int>(Impact::Outage); ++i)
            m_impactNames[i] = lowerCase(DisplayText::name(Impact(i)));
    }

    SearchKeys operator()(const Maintenance &m)
    {
        const QChar separator(0x1f); // no word an operator types spans two fields
        SearchKeys keys;
        keys.start = m.start.isValid() ? m.start.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        keys.end = m.end.isValid() ? m.end.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        keys.worstImpact = m.impacts.isEmpty() ? -1 : impactRank(m.worstImpact());
        keys.providers << lowerShared(m.providerName);
        if (!m.providerLabel.isEmpty() && m.providerLabel.compare(m.providerName, Qt::CaseInsensitive) != 0)
            keys.providers << lowerShared(m.providerLabel);
        QString &text = keys.text;
        text.reserve(m.maintenanceKey.size() + m.summary.size() + m.organizer.size() + 64 + 24 * m.impacts.size());
        for (const QString *part : {&m.maintenanceKey, &m.summary, &m.organizer, &m.providerName, &m.providerLabel}) {
            appendLowerCase(text, *part);
            text += separator;
        }
        text += m_statusNames[static_cast<int>(m.status)];
        text += separator;
        keys.circuits.reserve(m.impacts.size());
        for (const CircuitImpact &ci : m.impacts) {
            const QString circuit = lowerShared(ci.circuitRef);
            keys.circuits << circuit;
            text += circuit;
            text += separator;
            if (!ci.siteName.isEmpty()) {
                const QString site = lowerShared(ci.siteName);
                if (!keys.sites.contains(site))
                    keys.sites << site;
                text += site;
                text += separator;
            }
            text += m_impactNames[static_cast<int>(ci.impact)];
            text += separator;
        }
        return keys;
    }

private:
    // Providers, sites and circuits repeat across records, and the store hands out one shared
    // string for each: each is lower-cased once, found again by where its text lives.
    QString lowerShared(const QString &value)
    {
        auto it = m_lowered.find(value.constData());
        if (it == m_lowered.end())
            it = m_lowered.insert(value.constData(), lowerCase(value));
        return *it;
    }

    std::array<QString, static_cast<int>(MaintenanceStatus::NoChange) + 1> m_statusNames;
    std::array<QString, static_cast<int>(Impact::Outage) + 1> m_impactNames;
    QHash<const QChar *, QString> m_lowered;
};

} // namespace

void MaintenanceTableModel::recordsArriving(const QList<Maintenance> &records, bool replaceAll)
{
    if (replaceAll) {
        m_keys.clear();
        m_keys.reserve(records.size());
    }
    m_rowKeysValid = false;
    // A whole store's worth (the pane opening) is split over the cores: building the keys of
    // 20,000 maintenances was a third of opening the pane on one.
    constexpr qsizetype kChunk = 2500;
    const qsizetype chunks = (records.size() + kChunk - 1) / kChunk;
    std::vector<std::vector<SearchKeys>> built(static_cast<size_t>(chunks));
    const auto buildChunk = [&records, &built](qsizetype chunk) {
        SearchKeyBuilder keysOf;
        std::vector<SearchKeys> &out = built[size_t(chunk)];
        const qsizetype end = std::min(records.size(), (chunk + 1) * kChunk);
        out.reserve(size_t(end - chunk * kChunk));
        for (qsizetype i = chunk * kChunk; i < end; ++i)
            out.push_back(keysOf(records.at(i)));
    };
    if (chunks > 1) {
        std::vector<qsizetype> indexes(static_cast<size_t>(chunks));
        std::iota(indexes.begin(), indexes.end(), 0);
        QtConcurrent::blockingMap(indexes, [&buildChunk](qsizetype chunk) { buildChunk(chunk); });
    } else if (chunks == 1) {
        buildChunk(0);
    }
    for (qsizetype chunk = 0; chunk < chunks; ++chunk) {
        std::vector<SearchKeys> &keys = built[size_t(chunk)];
        for (size_t i = 0; i < keys.size(); ++i)
            m_keys.insert(records.at(chunk * kChunk + qsizetype(i)).id, std::move(keys[i]));
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
    // Records share one string per provider, site and circuit (see Store::maintenances): a
    // string already seen is passed over by where its text lives, without hashing the text.
    // One set of addresses per list: every empty string shares one address.
    QSet<const QChar *> seenProviders, seenSites, seenCircuits;
    const auto insert = [](QSet<QString> &set, QSet<const QChar *> &seen, const QString &value) {
        if (!seen.contains(value.constData())) {
            seen.insert(value.constData());
            set.insert(value);
        }
    };
    for (const Maintenance &m : m_rows) {
        insert(providers, seenProviders, m.providerDisplayName());
        for (const CircuitImpact &ci : m.impacts) {
            insert(circuits, seenCircuits, ci.circuitRef);
            if (!ci.siteName.isEmpty())
                insert(sites, seenSites, ci.siteName);
        }
    }
    // Case-insensitively, comparing lower-cased copies: a case-insensitive comparison folds
    // every character again each of the ~100,000 times two circuit ids are compared.
    auto sorted = [](const QSet<QString> &set) {
        QList<std::pair<QString, QString>> keyed;
        keyed.reserve(set.size());
        for (const QString &value : set)
            keyed.append({lowerCase(value), value});
        std::sort(keyed.begin(), keyed.end());
        QStringList list;
        list.reserve(keyed.size());
        for (auto &[key, value] : keyed)
            list.append(std::move(value));
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
