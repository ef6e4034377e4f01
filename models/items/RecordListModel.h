#pragma once

#include "RecordTableModel.h"

namespace nocdesk {

// A RecordTableModel over a list of value records (each with an `id`): what every pane model
// shares, so a pane model only says how its columns read.
template<typename Record>
class RecordListModel : public RecordTableModel
{
public:
    using RecordTableModel::RecordTableModel;

    void replaceAll(const QList<Record> &records)
    {
        recordsArriving(records, true);
        mergeRecords(m_rows, records, true);
    }
    void upsert(const QList<Record> &records)
    {
        recordsArriving(records, false);
        mergeRecords(m_rows, records, false);
    }
    [[nodiscard]] const Record &at(int row) const { return m_rows.at(row); }
    [[nodiscard]] qint64 idAt(int row) const override { return m_rows.at(row).id; }

protected:
    [[nodiscard]] int recordCount() const override { return int(m_rows.size()); }
    // Called with fresh records before they are merged (and before any proxy looks at them):
    // the place to work out, once per record, what filtering needs. replaceAll: the records are
    // all the model will hold.
    virtual void recordsArriving(const QList<Record> &, bool /*replaceAll*/) {}

    QList<Record> m_rows;
};

} // namespace nocdesk
