#pragma once

#include "RecordListModel.h"
#include "domain/Notification.h"

namespace nocdesk {

class NotificationTableModel : public RecordListModel<Notification>
{
    Q_OBJECT
public:
    enum Column { Received, Source, Sender, Subject, Provider, Outcome, Maintenances, Size, Error, ColumnCount };
    Q_ENUM(Column)

    using RecordListModel<Notification>::RecordListModel;

    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;

protected:
    [[nodiscard]] QString columnTitle(int column) const override;
    [[nodiscard]] QVariant display(int row, int column) const override;
    [[nodiscard]] QVariant raw(int row, int column) const override;
    [[nodiscard]] QVariantList details(int row) const override;
    [[nodiscard]] QString extraSearchText(int row) const override;
    [[nodiscard]] QVariant decoration(int row, int column, int role) const override;
};

} // namespace nocdesk
