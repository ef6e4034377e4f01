#pragma once

#include "RecordListModel.h"
#include "domain/Maintenance.h"

namespace nocdesk {

class MaintenanceTableModel : public RecordListModel<Maintenance>
{
    Q_OBJECT
public:
    enum Column { Ack, Provider, MaintenanceId, Summary, Status, Start, End, Circuits, Sites, WorstImpact, Notices, ColumnCount };
    Q_ENUM(Column)

    using RecordListModel<Maintenance>::RecordListModel;

    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Ticking the ack box asks for the change; the store decides, and the answer comes back
    // through upsert(), so the box never shows a state the database does not have.
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;


Q_SIGNALS:
    void acknowledgeRequested(const QList<qint64> &maintenanceIds, bool acknowledged);

protected:
    [[nodiscard]] QString columnTitle(int column) const override;
    [[nodiscard]] QVariant display(int row, int column) const override;
    [[nodiscard]] QVariant raw(int row, int column) const override;
    [[nodiscard]] QVariantList details(int row) const override;
    [[nodiscard]] QString extraSearchText(int row) const override;
    [[nodiscard]] QVariant decoration(int row, int column, int role) const override;
};

} // namespace nocdesk
