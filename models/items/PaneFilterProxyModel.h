#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace nocdesk {

// Sorts a pane by raw values (RawRole) and keeps the rows whose text contains every word typed
// in the filter field, in any column, case-insensitively: "zayo outage" finds Zayo's outages.
class PaneFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit PaneFilterProxyModel(QObject *parent = nullptr);

    virtual void setFilterWords(const QString &text);
    [[nodiscard]] QStringList filterWords() const { return m_words; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
};

} // namespace nocdesk
