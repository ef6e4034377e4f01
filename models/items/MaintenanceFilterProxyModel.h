#pragma once

#include "MaintenanceFilter.h"
#include "PaneFilterProxyModel.h"

#include <QDateTime>
#include <QRegularExpression>

#include <functional>

class QTimer;

namespace nocdesk {

class MaintenanceTableModel;

// The maintenances pane's sort and filter, in memory over the loaded records. It reads the
// keys the model worked out when the records arrived (MaintenanceTableModel::searchKeys) and
// the records themselves, never display text, so a filter over 20,000 rows costs a few
// milliseconds. The filter field's words (setFilterWords) are the filter's text.
//
// Time filters are relative to "now", read from a clock that tests replace; while one is on,
// the proxy looks at the clock again every minute, so "running now" stays true.
class MaintenanceFilterProxyModel : public PaneFilterProxyModel
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit MaintenanceFilterProxyModel(MaintenanceTableModel *source, QObject *parent = nullptr);

    void setFilter(const MaintenanceFilter &filter);
    // The text part alone, as the filter field types it.
    void setFilterWords(const QString &text) override;
    [[nodiscard]] MaintenanceFilter filter() const;
    // Defaults to the system clock.
    void setClock(Clock clock);
    [[nodiscard]] QDateTime now() const { return m_now; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // A typed value: exact (case-insensitive), or a wildcard pattern when it has * or ?.
    struct Matcher
    {
        QString exact;
        QRegularExpression pattern;
        bool wildcard = false;
        [[nodiscard]] bool isSet() const { return wildcard || !exact.isEmpty(); }
        [[nodiscard]] bool matches(const QString &lowered) const;
        [[nodiscard]] bool matchesAny(const QStringList &lowered) const;
        static Matcher from(const QString &typed);
    };

    void readClock();
    void refilter();
    void updateClockTimer();

    MaintenanceTableModel *m_source;
    MaintenanceFilter m_filter; // its text is the filter words
    Matcher m_provider;
    Matcher m_site;
    Matcher m_circuit;
    QStringList m_loweredWords;
    Clock m_clock;
    QDateTime m_now;
    QTimer *m_clockTimer;
};

} // namespace nocdesk
