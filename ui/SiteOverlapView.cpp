#include "SiteOverlapView.h"

#include "items/ItemRoles.h"
#include "items/SiteOverlapTableModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace nocdesk {

SiteOverlapView::SiteOverlapView(SiteOverlapTableModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("siteOverlaps"));
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(RawRole);
    m_view->setObjectName(QStringLiteral("overlapTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    // Worst first: a site that loses redundancy is what the operator must see.
    m_view->sortByColumn(SiteOverlapTableModel::Kind, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setColumnHidden(SiteOverlapTableModel::End, true);
    m_view->setToolTip(tr("Select a row to see it in the timeline and select its maintenances"));
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('m'));
    m_view->setColumnWidth(SiteOverlapTableModel::Kind, em * 13);
    m_view->setColumnWidth(SiteOverlapTableModel::Site, em * 6);
    m_view->setColumnWidth(SiteOverlapTableModel::Circuits, em * 22);
    m_view->setColumnWidth(SiteOverlapTableModel::Start, em * 12);
    m_view->setColumnWidth(SiteOverlapTableModel::Duration, em * 7);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const qint64 id = selectedOverlap();
        if (id == 0)
            return;
        const int row = m_model->rowOfId(id);
        Q_EMIT overlapSelected(id, row < 0 ? QList<qint64>() : m_model->at(row).maintenanceIds());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void SiteOverlapView::selectOverlap(qint64 overlapId)
{
    const int row = m_model->rowOfId(overlapId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    m_view->scrollTo(index);
}

qint64 SiteOverlapView::selectedOverlap() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(IdRole).toLongLong();
}

} // namespace nocdesk
