#pragma once

#include <QItemSelectionModel>
#include <QWidget>

class QAbstractItemModel;
class QLineEdit;
class QSplitter;
class QTableView;
class QToolBar;
class QToolButton;

namespace nocdesk {

class DetailPanel;
class PaneFilterProxyModel;

// One pane of the console: a toolbar (filter field, pane actions, column chooser), the table
// and the detail panel for the selected row. Its header layout (widths, order, hidden columns,
// sort) and splitter persist under the pane's object name.
//
// A pane over rows held in memory sorts and filters them in a proxy. A pane whose model sorts
// and filters itself (in SQL, over more rows than memory holds) gets the model directly: the
// header's sort goes to the model and the filter field's text to filterTextChanged. A column
// whose header data says it is not sortable (SortableRole false) keeps the order where it was.
class PaneWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Filtering { Proxy, Model };

    PaneWidget(const QString &objectName, QAbstractItemModel *model, QWidget *parent = nullptr,
               Filtering filtering = Filtering::Proxy);
    // A pane with its own kind of proxy (already over its source model), which it then owns.
    PaneWidget(const QString &objectName, PaneFilterProxyModel *proxy, QWidget *parent = nullptr);

    [[nodiscard]] QTableView *view() const { return m_view; }
    // nullptr for a pane whose model filters itself.
    [[nodiscard]] PaneFilterProxyModel *proxy() const { return m_proxy; }
    [[nodiscard]] QAbstractItemModel *model() const { return m_model; }
    [[nodiscard]] QLineEdit *filterField() const { return m_filter; }
    [[nodiscard]] DetailPanel *detailPanel() const { return m_detail; }
    [[nodiscard]] QToolBar *toolBar() const { return m_toolBar; }

    // Store ids of the selected rows.
    [[nodiscard]] QList<qint64> selectedIds() const;
    // Selects the rows of these store ids that the pane shows (others are ignored) and scrolls
    // to the first; the flags say how (replace the selection, or toggle with Ctrl+click).
    // Returns how many rows it selected.
    int selectIds(const QList<qint64> &ids,
                  QItemSelectionModel::SelectionFlags how = QItemSelectionModel::ClearAndSelect);
    // Shown before the column chooser; acts on the selection.
    void addPaneAction(QAction *action);
    // A status widget on the pane's toolbar, before the column chooser.
    void addPaneWidget(QWidget *widget);
    // A row of filter controls under the toolbar.
    void setFilterBar(QWidget *bar);
    // Applied when no saved layout exists.
    void setDefaults(int sortColumn, Qt::SortOrder order, const QList<int> &hiddenColumns);

    void saveLayout() const;
    void restoreLayout();

Q_SIGNALS:
    void selectionChanged();
    // The filter field's text, once typing pauses (after the proxy, if any, has it).
    void filterTextChanged(const QString &text);

private:
    PaneWidget(const QString &objectName, QAbstractItemModel *model, PaneFilterProxyModel *proxy, QWidget *parent);
    void updateDetail();
    void rebuildColumnMenu();
    void fitColumnsOnce();

    void applyFilterText();
    void keepTopRowOnInsert();
    [[nodiscard]] bool isSortable(int column) const;
    void keepSortableIndicator(int column, Qt::SortOrder order);

    QAbstractItemModel *m_model;
    PaneFilterProxyModel *m_proxy;
    QToolBar *m_toolBar;
    QLineEdit *m_filter;
    QToolButton *m_columns;
    QAction *m_columnsAnchor = nullptr;
    QSplitter *m_splitter;
    QTableView *m_view;
    DetailPanel *m_detail;
    // Columns are fitted to the first rows unless the operator's saved widths apply.
    bool m_columnsFitted = false;
    // The last order the header showed on a column the model sorts by.
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace nocdesk
