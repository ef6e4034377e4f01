#pragma once

#include "RecordListModel.h"
#include "domain/Event.h"

namespace nocdesk {

class EventTableModel : public RecordListModel<Event>
{
    Q_OBJECT
public:
    enum Column { Time, Host, Severity, Code, Kind, Message, Status, Count, ColumnCount };
    Q_ENUM(Column)

    using RecordListModel<Event>::RecordListModel;

    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    // Takes a fresh snapshot, oldest first. A reset rather than a merge: rows stay in id order,
    // which appendNewest relies on.
    void replaceAll(const QList<Event> &events);
    // Appends events newer than any held, then drops the oldest beyond maxRows.
    void appendNewest(const QList<Event> &events, int maxRows);

protected:
    [[nodiscard]] QString columnTitle(int column) const override;
    [[nodiscard]] QVariant display(int row, int column) const override;
    [[nodiscard]] QVariant raw(int row, int column) const override;
    [[nodiscard]] QVariantList details(int row) const override;
    [[nodiscard]] QString extraSearchText(int row) const override;
    [[nodiscard]] QVariant decoration(int row, int column, int role) const override;
};

} // namespace nocdesk
