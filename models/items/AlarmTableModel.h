#pragma once

#include "RecordListModel.h"
#include "domain/Alarm.h"

namespace nocdesk {

class AlarmTableModel : public RecordListModel<Alarm>
{
    Q_OBJECT
public:
    enum Column { Raised, Severity, Object, Type, Text, State, Count, Updated, Forwarded, ColumnCount };
    Q_ENUM(Column)

    using RecordListModel<Alarm>::RecordListModel;

    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;

protected:
    [[nodiscard]] QString columnTitle(int column) const override;
    [[nodiscard]] QVariant display(int row, int column) const override;
    [[nodiscard]] QVariant raw(int row, int column) const override;
    [[nodiscard]] QVariant decoration(int row, int column, int role) const override;
};

} // namespace nocdesk
