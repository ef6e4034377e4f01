#pragma once

#include "items/MaintenanceFilter.h"

#include <QWidget>

class QComboBox;
class QSpinBox;
class QTimer;
class QToolButton;

namespace nocdesk {

class FilterComboBox;

class MultiChoiceButton;

// The maintenances pane's filters in one row: status (any number of them), provider, site and
// circuit (typed, with the loaded values to pick from; * and ? match any text), acknowledged
// or not, and time (upcoming, running now, ended in the last N days). The free text comes from
// the pane's filter field through setText(); a filter applied here hands its text back through
// textApplied() for that field to show.
//
// Filters can be named and picked again later; they are stored by name, each with its parts by
// name (MaintenanceFilter::toMap). The current filter is saved on every change and comes back
// with the next start (restore()).
class MaintenanceFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit MaintenanceFilterBar(QWidget *parent = nullptr);

    [[nodiscard]] MaintenanceFilter filter() const;
    // Shows the filter in the controls and applies it.
    void setFilter(const MaintenanceFilter &filter);
    void setText(const QString &text);
    void setKnownValues(const QStringList &providers, const QStringList &sites, const QStringList &circuits);
    void clear();

    // Named filters, sorted by name.
    [[nodiscard]] QStringList savedFilterNames() const;
    // Replaces a filter of the same name.
    void saveFilterAs(const QString &name);
    // False when there is no filter of that name.
    bool applySavedFilter(const QString &name);
    void deleteSavedFilter(const QString &name);

    // The last filter, as saved on the last change.
    void restore();

Q_SIGNALS:
    void filterChanged(const nocdesk::MaintenanceFilter &filter);
    // The text of a filter applied here (restored, picked, cleared), for the filter field.
    void textApplied(const QString &text);

private:
    void changed();
    void emitNow();
    void updateDaysField();
    void reloadSavedNames();
    void selectMatchingSavedFilter();
    void askToSave();
    void askToDelete();

    MultiChoiceButton *m_status;
    FilterComboBox *m_provider;
    FilterComboBox *m_site;
    FilterComboBox *m_circuit;
    QComboBox *m_ack;
    QComboBox *m_time;
    QSpinBox *m_days;
    QToolButton *m_clear;
    QComboBox *m_saved;
    QToolButton *m_save;
    QToolButton *m_delete;
    QTimer *m_typingDelay;
    QString m_text;
    bool m_applying = false;
};

} // namespace nocdesk
