#pragma once

#include <QWidget>

class QSortFilterProxyModel;
class QTableView;

namespace nocdesk {

class SiteOverlapTableModel;

// The overlap job's findings as a table: per site, redundancy reduced or lost, the circuits,
// the span and the maintenances. Selecting a row asks for it to be shown (the timeline
// scrolls to it, the maintenances pane selects its maintenances).
class SiteOverlapView : public QWidget
{
    Q_OBJECT
public:
    explicit SiteOverlapView(SiteOverlapTableModel *model, QWidget *parent = nullptr);

    [[nodiscard]] QTableView *view() const { return m_view; }
    // Selects the overlap's row (no-op when the table does not hold it).
    void selectOverlap(qint64 overlapId);
    [[nodiscard]] qint64 selectedOverlap() const;

Q_SIGNALS:
    void overlapSelected(qint64 overlapId, const QList<qint64> &maintenanceIds);

private:
    SiteOverlapTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
};

} // namespace nocdesk
