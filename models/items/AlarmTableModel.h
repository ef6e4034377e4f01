#pragma once

#include "RecordTableModel.h"
#include "domain/Alarm.h"

namespace nocdesk {

class AlarmTableModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { Raised, Severity, Object, Type, Text, State, Count, Updated, Forwarded, ColumnCount };
    Q_ENUM(Column)

    using RecordTableModel::RecordTableModel;

    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    void replaceAll(const QList<Alarm> &alarms);
    void upsert(const QList<Alarm> &alarms);
    [[nodiscard]] const Alarm &at(int row) const { return m_rows.at(row); }
    [[nodiscard]] qint64 idAt(int row) const override { return m_rows.at(row).id; }

protected:
    [[nodiscard]] int recordCount() const override { return int(m_rows.size()); }
    [[nodiscard]] QString columnTitle(int column) const override;
    [[nodiscard]] QVariant display(int row, int column) const override;
    [[nodiscard]] QVariant raw(int row, int column) const override;
    [[nodiscard]] QVariant decoration(int row, int column, int role) const override;

private:
    QList<Alarm> m_rows;
};

} // namespace nocdesk
