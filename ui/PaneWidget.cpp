#include "PaneWidget.h"

#include "DetailPanel.h"
#include "ItemRoles.h"
#include "PaneFilterProxyModel.h"
#include "RecordTableModel.h"
#include "SettingsKeys.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

namespace nocdesk {

PaneWidget::PaneWidget(const QString &objectName, QAbstractItemModel *model, QWidget *parent, Filtering filtering)
    : PaneWidget(objectName, model, filtering == Filtering::Proxy ? new PaneFilterProxyModel : nullptr, parent)
{
}

PaneWidget::PaneWidget(const QString &objectName, PaneFilterProxyModel *proxy, QWidget *parent)
    : PaneWidget(objectName, proxy->sourceModel(), proxy, parent)
{
}

PaneWidget::PaneWidget(const QString &objectName, QAbstractItemModel *model, PaneFilterProxyModel *proxy, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(proxy),
      m_toolBar(new QToolBar(this)), m_filter(new QLineEdit(this)), m_columns(new QToolButton(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_view(new QTableView(m_splitter)),
      m_detail(new DetailPanel(m_splitter))
{
    setObjectName(objectName);
    if (m_proxy) {
        m_proxy->setParent(this);
        if (m_proxy->sourceModel() != model)
            m_proxy->setSourceModel(model);
    }
    QAbstractItemModel *shown = m_proxy ? static_cast<QAbstractItemModel *>(m_proxy) : model;

    m_filter->setObjectName(QStringLiteral("filterField"));
    m_filter->setPlaceholderText(tr("Filter: words to find in any column"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(420);
    // Filtering a large pane on every keystroke would stutter; wait for a pause in typing.
    auto *filterDelay = new QTimer(this);
    filterDelay->setSingleShot(true);
    filterDelay->setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, filterDelay, qOverload<>(&QTimer::start));
    connect(filterDelay, &QTimer::timeout, this, &PaneWidget::applyFilterText);
    connect(m_filter, &QLineEdit::returnPressed, this, [this, filterDelay] {
        filterDelay->stop();
        applyFilterText();
    });

    m_columns->setObjectName(QStringLiteral("columnChooser"));
    m_columns->setText(tr("Columns"));
    m_columns->setToolTip(tr("Choose the columns this pane shows"));
    m_columns->setPopupMode(QToolButton::InstantPopup);
    m_columns->setMenu(new QMenu(m_columns));
    connect(m_columns->menu(), &QMenu::aboutToShow, this, &PaneWidget::rebuildColumnMenu);

    m_toolBar->setObjectName(QStringLiteral("paneToolBar"));
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addWidget(m_filter);
    m_toolBar->addSeparator();
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_columnsAnchor = m_toolBar->addWidget(spacer);
    m_toolBar->addWidget(m_columns);

    m_view->setObjectName(QStringLiteral("table"));
    m_view->setModel(shown);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Fitting a column reads the rows on screen and, by default, up to 1,000 more: with 11
    // columns that is 11,000 text layouts when a pane first fills. The rows on screen will do.
    m_view->horizontalHeader()->setResizeContentsPrecision(0);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, [this](const QPoint &pos) {
        rebuildColumnMenu();
        m_columns->menu()->popup(m_view->horizontalHeader()->mapToGlobal(pos));
    });
    // A column the model cannot sort by keeps the order the pane had (the model ignored it).
    m_sortColumn = m_view->horizontalHeader()->sortIndicatorSection();
    m_sortOrder = m_view->horizontalHeader()->sortIndicatorOrder();
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &PaneWidget::keepSortableIndicator);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetail();
        Q_EMIT selectionChanged();
    });
    connect(shown, &QAbstractItemModel::rowsInserted, this, &PaneWidget::fitColumnsOnce);
    // Rows the store changed under the selection: show their new values.
    connect(shown, &QAbstractItemModel::dataChanged, this, &PaneWidget::updateDetail);
    // A reset (a new filter or order) drops the selection without a selectionChanged.
    connect(shown, &QAbstractItemModel::modelReset, this, &PaneWidget::updateDetail);
    if (!m_proxy)
        keepTopRowOnInsert();

    m_detail->setObjectName(QStringLiteral("detailPanel"));
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_splitter, 1);
}

void PaneWidget::applyFilterText()
{
    if (m_proxy)
        m_proxy->setFilterWords(m_filter->text());
    Q_EMIT filterTextChanged(m_filter->text());
}

// Rows that arrive above what the operator is reading must not push it down the screen: the
// row at the top stays at the top (unless the view is at the very top, where the tail shows).
void PaneWidget::keepTopRowOnInsert()
{
    auto top = std::make_shared<QPersistentModelIndex>();
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this, top] {
        *top = m_view->verticalScrollBar()->value() > 0 ? QPersistentModelIndex(m_view->indexAt(QPoint(0, 0)))
                                                        : QPersistentModelIndex();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this, top] {
        if (top->isValid() && m_view->indexAt(QPoint(0, 0)).row() != top->row())
            m_view->scrollTo(*top, QAbstractItemView::PositionAtTop);
        *top = QPersistentModelIndex();
    });
}

bool PaneWidget::isSortable(int column) const
{
    const QVariant sortable = m_view->model()->headerData(column, Qt::Horizontal, SortableRole);
    return !sortable.isValid() || sortable.toBool();
}

void PaneWidget::keepSortableIndicator(int column, Qt::SortOrder order)
{
    if (isSortable(column)) {
        m_sortColumn = column;
        m_sortOrder = order;
    } else {
        m_view->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
    }
}

void PaneWidget::setFilterBar(QWidget *bar)
{
    static_cast<QVBoxLayout *>(layout())->insertWidget(1, bar);
}

QList<qint64> PaneWidget::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &index : rows)
        ids << index.data(IdRole).toLongLong();
    return ids;
}

int PaneWidget::selectIds(const QList<qint64> &ids, QItemSelectionModel::SelectionFlags how)
{
    const auto *records = qobject_cast<const RecordTableModel *>(m_model);
    QItemSelection selection;
    QModelIndex first;
    for (qint64 id : ids) {
        const int row = records ? records->rowOfId(id) : -1;
        if (row < 0)
            continue;
        QModelIndex index = m_model->index(row, 0);
        if (m_proxy)
            index = m_proxy->mapFromSource(index);
        if (!index.isValid())
            continue; // filtered out
        selection.select(index, index);
        if (!first.isValid())
            first = index;
    }
    if (selection.isEmpty() && !(how & QItemSelectionModel::Clear))
        return 0;
    m_view->selectionModel()->select(selection, how | QItemSelectionModel::Rows);
    if (first.isValid()) {
        m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_view->scrollTo(first);
    }
    return int(selection.size());
}

void PaneWidget::addPaneAction(QAction *action)
{
    m_toolBar->insertAction(m_columnsAnchor, action);
    m_view->addAction(action);
}

void PaneWidget::addPaneWidget(QWidget *widget) { m_toolBar->insertWidget(m_columnsAnchor, widget); }

void PaneWidget::setDefaults(int sortColumn, Qt::SortOrder order, const QList<int> &hiddenColumns)
{
    m_view->sortByColumn(sortColumn, order);
    // The header signals only a change; the default is where an unsortable saved order goes.
    keepSortableIndicator(sortColumn, order);
    for (int column : hiddenColumns)
        m_view->setColumnHidden(column, true);
}

void PaneWidget::saveLayout() const
{
    QSettings settings;
    settings.setValue(settings::paneKey(objectName(), QStringLiteral("header")), m_view->horizontalHeader()->saveState());
    settings.setValue(settings::paneKey(objectName(), QStringLiteral("splitter")), m_splitter->saveState());
}

void PaneWidget::restoreLayout()
{
    QSettings settings;
    const QByteArray header = settings.value(settings::paneKey(objectName(), QStringLiteral("header"))).toByteArray();
    if (!header.isEmpty() && m_view->horizontalHeader()->restoreState(header)) {
        m_columnsFitted = true;
        // restoreState sets the indicator without a signal; the proxy must sort by it too. An
        // order saved when the column was still sortable falls back to the default.
        QHeaderView *h = m_view->horizontalHeader();
        if (isSortable(h->sortIndicatorSection()))
            keepSortableIndicator(h->sortIndicatorSection(), h->sortIndicatorOrder());
        else
            h->setSortIndicator(m_sortColumn, m_sortOrder);
        m_view->model()->sort(h->sortIndicatorSection(), h->sortIndicatorOrder());
    }
    const QByteArray splitter = settings.value(settings::paneKey(objectName(), QStringLiteral("splitter"))).toByteArray();
    if (splitter.isEmpty() || !m_splitter->restoreState(splitter))
        m_splitter->setSizes({760, 240});
}

void PaneWidget::fitColumnsOnce()
{
    if (m_columnsFitted)
        return;
    m_columnsFitted = true;
    // Fit to what the first rows hold, but keep one long message from taking the whole pane.
    const int widest = qMax(120, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 34);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        m_view->resizeColumnToContents(column);
        m_view->setColumnWidth(column, qMin(m_view->columnWidth(column) + 8, widest));
    }
}

void PaneWidget::updateDetail()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() > 1)
        m_detail->showSelectionCount(int(rows.size()));
    else
        m_detail->showIndex(rows.isEmpty() ? QModelIndex() : rows.constFirst());
}

void PaneWidget::rebuildColumnMenu()
{
    QMenu *menu = m_columns->menu();
    menu->clear();
    const int columns = m_model->columnCount();
    for (int column = 0; column < columns; ++column) {
        QString title = m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        QAction *action = menu->addAction(title);
        action->setCheckable(true);
        action->setChecked(!m_view->isColumnHidden(column));
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            // Never hide the last visible column: the pane would become empty and unreachable.
            int visible = 0;
            for (int c = 0; c < m_model->columnCount(); ++c)
                visible += m_view->isColumnHidden(c) ? 0 : 1;
            if (!shown && visible <= 1)
                return;
            m_view->setColumnHidden(column, !shown);
        });
    }
}

} // namespace nocdesk
