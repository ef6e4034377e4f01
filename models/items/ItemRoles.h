#pragma once

#include <Qt>

namespace nocdesk {

// Every custom role the pane models answer, in one place.
enum ItemRole : int {
    // The raw value behind a cell (QDateTime, a severity rank, a count) so proxies sort and
    // compare values rather than localised display text.
    RawRole = Qt::UserRole + 1,
    // The store id (qint64) of the row's record; the same for every column of a row.
    IdRole,
    // The detail panel's content for the row: a QVariantList of {label, value} QStringList pairs.
    DetailRole,
    // Free text the filter field matches against: every column's display text plus fields
    // that have no column (message ids, raw lines).
    SearchTextRole,
    // Horizontal header data: false for a column the model cannot sort by (quickly enough);
    // the pane's header then keeps its current order. Absent means sortable.
    SortableRole,
};

} // namespace nocdesk
