#include "MaintenanceTableModel.h"

#include "DisplayText.h"
#include "LowerCase.h"

#include <QFont>
#include <QFutureWatcher>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>
#include <atomic>
#include <limits>
#include <utility>
#include <vector>

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
    m_pendingWatcher = new QFutureWatcher<void>(this);
    connect(m_pendingWatcher, &QFutureWatcher<void>::finished, this, [this] {
        if (!m_pending)
            return; // a filter waited for them and took them already
        waitForSearchKeys(); // only takes them in: the build is over
        Q_EMIT searchKeysBuilt();
    });
}

MaintenanceTableModel::~MaintenanceTableModel()
{
    // A build still running shares only PendingKeys with this model: it is told to stop after
    // its chunk and left to end on its own (waiting could build every chunk left, here).
    abandonPendingKeys();
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
    case Start: return rowKeys(leftRow).start < rowKeys(rightRow).start;
    case End: return rowKeys(leftRow).end < rowKeys(rightRow).end;
    case WorstImpact: return rowKeys(leftRow).worstImpact < rowKeys(rightRow).worstImpact;
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

    // What sorting compares: cheap, so worked out at once for every record.
    static SearchKeys sortKeys(const Maintenance &m)
    {
        SearchKeys keys;
        keys.start = m.start.isValid() ? m.start.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        keys.end = m.end.isValid() ? m.end.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        keys.worstImpact = m.impacts.isEmpty() ? -1 : impactRank(m.worstImpact());
        return keys;
    }

    // What the filters match, into keys that have their sort part.
    void addTextKeys(SearchKeys &keys, const Maintenance &m)
    {
        const QChar separator(0x1f); // no word an operator types spans two fields
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

// The text keys of a large arrival, built in chunks by whoever gets to a chunk first: a pool
// thread in the background, and the GUI thread too once something needs them.
struct MaintenanceTableModel::PendingKeys
{
    static constexpr qsizetype kChunk = 500;

    explicit PendingKeys(const QList<Maintenance> &arrived) : records(arrived), keys(size_t(arrived.size())) {}

    void build()
    {
        SearchKeyBuilder builder;
        for (;;) {
            const qsizetype first = nextChunk.fetch_add(1) * kChunk;
            if (first >= records.size())
                return;
            const qsizetype end = std::min(records.size(), first + kChunk);
            for (qsizetype i = first; i < end; ++i)
                builder.addTextKeys(keys[size_t(i)], records.at(i));
        }
    }

    // Leaves the chunks not started yet to nobody.
    void stop() { nextChunk.store(records.size() / kChunk + 1); }

    const QList<Maintenance> records; // shares the arrival's data: nothing is copied
    std::vector<SearchKeys> keys;     // text part only, in the order of records
    std::atomic<qsizetype> nextChunk{0};
    QSet<qint64> superseded;          // updated since they arrived (GUI thread only): keys taken
};

void MaintenanceTableModel::recordsArriving(const QList<Maintenance> &records, bool replaceAll)
{
    constexpr qsizetype kInBackgroundFrom = 2000;
    // Keys of an earlier arrival still being built must not land over these records' keys.
    if (replaceAll) {
        abandonPendingKeys(); // every one of them is replaced
        m_keys.clear();
        m_keys.reserve(records.size());
    } else if (m_pending && records.size() >= kInBackgroundFrom) {
        waitForSearchKeys();
    } else if (m_pending) {
        // A few updates (a fetch, an ack) while the pane has just opened: no waiting for the
        // rest of the build, their keys are made below and the build's are passed over.
        for (const Maintenance &m : records)
            m_pending->superseded.insert(m.id);
    }
    m_rowKeysValid = false;
    // An upsert of a few records gets its whole keys now. A whole store's worth (the pane
    // opening: building the text keys of 20,000 maintenances took as long as the first paint
    // on both cores) gets its sort keys now and its text keys on one pool thread, while this
    // thread sorts and paints on the other core.
    if (records.size() < kInBackgroundFrom) {
        SearchKeyBuilder builder;
        for (const Maintenance &m : records) {
            SearchKeys keys = SearchKeyBuilder::sortKeys(m);
            builder.addTextKeys(keys, m);
            m_keys.insert(m.id, std::move(keys));
        }
        return;
    }
    for (const Maintenance &m : records)
        m_keys.insert(m.id, SearchKeyBuilder::sortKeys(m));
    m_pending = std::make_shared<PendingKeys>(records);
    m_pendingBuild = QtConcurrent::run([pending = m_pending] { pending->build(); });
    m_pendingWatcher->setFuture(m_pendingBuild);
}

void MaintenanceTableModel::waitForSearchKeys() const
{
    if (!m_pending)
        return;
    m_pending->build(); // the chunks nobody has started yet
    m_pendingBuild.waitForFinished();
    takePendingKeys();
}

void MaintenanceTableModel::abandonPendingKeys()
{
    if (!m_pending)
        return;
    m_pending->stop();
    m_pending.reset();
    m_pendingBuild = {};
}

void MaintenanceTableModel::takePendingKeys() const
{
    const std::shared_ptr<PendingKeys> pending = std::exchange(m_pending, nullptr);
    for (qsizetype i = 0; i < pending->records.size(); ++i) {
        const qint64 id = pending->records.at(i).id;
        if (pending->superseded.contains(id))
            continue; // a newer version arrived while these were built, with its own keys
        const auto it = m_keys.find(id);
        if (it == m_keys.end())
            continue;
        SearchKeys &built = pending->keys[size_t(i)];
        it->text = std::move(built.text);
        it->providers = std::move(built.providers);
        it->sites = std::move(built.sites);
        it->circuits = std::move(built.circuits);
    }
    m_rowKeysValid = false;
}

const MaintenanceTableModel::SearchKeys &MaintenanceTableModel::searchKeys(int row) const
{
    waitForSearchKeys();
    return rowKeys(row);
}

const MaintenanceTableModel::SearchKeys &MaintenanceTableModel::rowKeys(int row) const
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
