#pragma once

#include "ItemRoles.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace nocdesk {

// Base of the pane models: a table of value records, each with a store id. Background tasks
// read the store and hand the records over; the model then touches only what changed —
// dataChanged over contiguous ranges, one insert for all new rows — so views keep their
// selection and scroll position while data streams in.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    [[nodiscard]] virtual qint64 idAt(int row) const = 0;
    // Row of the record with this id, -1 when it is not in the model.
    [[nodiscard]] int rowOfId(qint64 id) const;

protected:
    [[nodiscard]] virtual int recordCount() const = 0;
    [[nodiscard]] virtual QString columnTitle(int column) const = 0;
    [[nodiscard]] virtual QVariant display(int row, int column) const = 0;
    [[nodiscard]] virtual QVariant raw(int row, int column) const { return display(row, column); }
    [[nodiscard]] virtual QVariantList details(int row) const;
    [[nodiscard]] virtual QString extraSearchText(int) const { return {}; }
    // Other roles (colours, check state, alignment) a subclass wants to answer.
    [[nodiscard]] virtual QVariant decoration(int row, int column, int role) const;

    static QVariant detailLine(const QString &label, const QString &value);

    // Merges fresh records into rows by id. With replaceAll, rows missing from fresh are removed.
    template<typename Record>
    void mergeRecords(QList<Record> &rows, const QList<Record> &fresh, bool replaceAll);

    void invalidateIndex() { m_indexValid = false; }

private:
    mutable QHash<qint64, int> m_rowOfId;
    mutable bool m_indexValid = false;
};

template<typename Record>
void RecordTableModel::mergeRecords(QList<Record> &rows, const QList<Record> &fresh, bool replaceAll)
{
    if (rows.isEmpty()) {
        // The first load: nothing to match, and the list is shared rather than copied.
        if (!fresh.isEmpty()) {
            beginInsertRows({}, 0, int(fresh.size()) - 1);
            rows = fresh;
            invalidateIndex();
            endInsertRows();
        }
        return;
    }
    QHash<qint64, qsizetype> freshById;
    freshById.reserve(fresh.size());
    for (qsizetype i = 0; i < fresh.size(); ++i)
        freshById.insert(fresh.at(i).id, i);

    if (replaceAll) {
        // Remove from the bottom in contiguous runs so each run is one beginRemoveRows.
        int row = int(rows.size()) - 1;
        while (row >= 0) {
            if (freshById.contains(rows.at(row).id)) {
                --row;
                continue;
            }
            const int last = row;
            while (row >= 0 && !freshById.contains(rows.at(row).id))
                --row;
            beginRemoveRows({}, row + 1, last);
            rows.erase(rows.begin() + row + 1, rows.begin() + last + 1);
            endRemoveRows();
        }
        invalidateIndex();
    }

    // Update in place, announcing each contiguous run of changed rows once.
    QSet<qint64> seen;
    int runStart = -1;
    const int lastColumn = columnCount() - 1;
    for (int row = 0; row < rows.size(); ++row) {
        const auto it = freshById.constFind(rows.at(row).id);
        const bool changed = it != freshById.constEnd() && !(rows.at(row) == fresh.at(*it));
        if (it != freshById.constEnd())
            seen.insert(rows.at(row).id);
        if (changed) {
            rows[row] = fresh.at(*it);
            if (runStart < 0)
                runStart = row;
        } else if (runStart >= 0) {
            Q_EMIT dataChanged(index(runStart, 0), index(row - 1, lastColumn));
            runStart = -1;
        }
    }
    if (runStart >= 0)
        Q_EMIT dataChanged(index(runStart, 0), index(int(rows.size()) - 1, lastColumn));

    QList<Record> added;
    for (const Record &r : fresh) {
        if (!seen.contains(r.id))
            added.append(r);
    }
    if (!added.isEmpty()) {
        const int first = int(rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        rows.append(added);
        invalidateIndex();
        endInsertRows();
    }
}

} // namespace nocdesk
