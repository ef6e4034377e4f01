#pragma once

#include "RecordListModel.h"
#include "domain/Maintenance.h"

#include <QFuture>
#include <QHash>
#include <QTimeZone>

#include <memory>
#include <optional>

template<typename T>
class QFutureWatcher;

namespace nocdesk {

class MaintenanceTableModel : public RecordListModel<Maintenance>
{
    Q_OBJECT
public:
    enum Column { Ack, Provider, MaintenanceId, Summary, Status, Start, End, Circuits, Sites, WorstImpact, Notices, ColumnCount };
    Q_ENUM(Column)

    // What the filters match, worked out once per record as it arrives (lower-cased), so that
    // filtering 20,000 rows touches no display text.
    struct SearchKeys
    {
        QString text;          // every field an operator may type a word of
        QStringList providers; // name and label
        QStringList sites;
        QStringList circuits;
        // What sorting by time and impact compares, without building a QDateTime each time.
        qint64 start = 0; // ms since the epoch
        qint64 end = 0;
        int worstImpact = -1;
    };
    // The providers, sites and circuits the model holds, sorted, for the filter's lists.
    struct KnownValues
    {
        QStringList providers;
        QStringList sites;
        QStringList circuits;
    };

    explicit MaintenanceTableModel(QObject *parent = nullptr);
    ~MaintenanceTableModel() override;

    // Complete keys: waits for the text part when it is still being built (see
    // searchKeysBuilt), so a filter never matches against keys that are not there yet.
    // Records updated meanwhile have theirs at once; a new whole list abandons the build.
    [[nodiscard]] const SearchKeys &searchKeys(int row) const;
    // Whether the text part of every record's keys is built. A large arrival (the pane
    // opening) gets its sort keys at once and its text keys on a pool thread, so the first
    // paint does not wait for them.
    [[nodiscard]] bool searchKeysComplete() const { return !m_pending; }
    // Finishes the text keys here and now, on this thread too.
    void waitForSearchKeys() const;
    // Whether the left row's raw value (RawRole) sorts before the right row's, without a
    // QVariant per comparison: sorting 20,000 rows takes some 300,000 comparisons. Empty for a
    // column whose raw value is text (those compare as the proxy compares text).
    [[nodiscard]] std::optional<bool> rawLessThan(int leftRow, int rightRow, int column) const;
    [[nodiscard]] KnownValues knownValues() const;

    // The zone start and end read in (with its abbreviation shown); an invalid zone, the
    // default, is the operator's local time. Changing it repaints those cells, nothing reloads.
    void setTimeZone(const QTimeZone &zone);
    [[nodiscard]] QTimeZone timeZone() const { return m_zone; }

    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Ticking the ack box asks for the change; the store decides, and the answer comes back
    // through upsert(), so the box never shows a state the database does not have.
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void acknowledgeRequested(const QList<qint64> &maintenanceIds, bool acknowledged);
    // The text keys built in the background are in place.
    void searchKeysBuilt();

protected:
    [[nodiscard]] QString columnTitle(int column) const override;
    [[nodiscard]] QVariant display(int row, int column) const override;
    [[nodiscard]] QVariant raw(int row, int column) const override;
    [[nodiscard]] QVariantList details(int row) const override;
    [[nodiscard]] QString extraSearchText(int row) const override;
    [[nodiscard]] QVariant decoration(int row, int column, int role) const override;
    void recordsArriving(const QList<Maintenance> &records, bool replaceAll) override;

private:
    struct PendingKeys;

    [[nodiscard]] QString timeText(const QDateTime &t) const;
    // The keys of a row as they are: the text part may still be pending.
    [[nodiscard]] const SearchKeys &rowKeys(int row) const;
    void takePendingKeys() const;
    void abandonPendingKeys();

    mutable QHash<qint64, SearchKeys> m_keys;
    mutable std::shared_ptr<PendingKeys> m_pending;
    mutable QFuture<void> m_pendingBuild;
    QFutureWatcher<void> *m_pendingWatcher = nullptr;
    mutable QList<SearchKeys> m_rowKeys;
    mutable bool m_rowKeysValid = false;
    QTimeZone m_zone;
};

} // namespace nocdesk
