#pragma once

#include "RecordTableModel.h"
#include "domain/Event.h"

namespace nocdesk {

class EventTableModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Host, Severity, Code, Kind, Message, Status, Count, ColumnCount };
    Q_ENUM(Column)

    using RecordTableModel::RecordTableModel;

    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    // Takes a fresh snapshot, oldest first. A reset rather than a merge: rows stay in id order,
    // which appendNewest relies on.
    void replaceAll(const QList<Event> &events);
    void upsert(const QList<Event> &events);
    // Appends events newer than any held, then drops the oldest beyond maxRows.
    void appendNewest(const QList<Event> &events, int maxRows);
    [[nodiscard]] const Event &at(int row) const { return m_rows.at(row); }
    [[nodiscard]] qint64 idAt(int row) const override { return m_rows.at(row).id; }

protected:
    [[nodiscard]] int recordCount() const override { return int(m_rows.size()); }
    [[nodiscard]] QString columnTitle(int column) const override;
    [[nodiscard]] QVariant display(int row, int column) const override;
    [[nodiscard]] QVariant raw(int row, int column) const override;
    [[nodiscard]] QVariantList details(int row) const override;
    [[nodiscard]] QString extraSearchText(int row) const override;
    [[nodiscard]] QVariant decoration(int row, int column, int role) const override;

private:
    QList<Event> m_rows;
};

} // namespace nocdesk
