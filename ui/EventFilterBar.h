#pragma once

#include "store/EventQuery.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QTimer;
class QToolButton;

namespace nocdesk {

class FilterComboBox;

// The Live Events pane's filters in one row: device, code and kind (typed, with the store's
// values to pick from; * and ? match any text), severity (a level or worse, or only that
// level), status, and a time range (recent presets or from/to). The free text comes from the
// pane's filter field through setText(). Typing waits for a pause before it filters; picks
// filter at once. The last filter is saved and comes back with the next start.
class EventFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit EventFilterBar(QWidget *parent = nullptr);

    [[nodiscard]] EventFilter filter() const;
    void setText(const QString &text);
    // What the store holds, for the device, code and kind lists.
    void setKnownValues(const QStringList &hosts, const QStringList &codes, const QStringList &kinds);
    void clear();

    void save() const;
    void restore();

Q_SIGNALS:
    void filterChanged(const nocdesk::EventFilter &filter);

private:
    enum TimePreset { AnyTime, Last15Minutes, LastHour, Last24Hours, Last7Days, CustomRange };

    void changed();
    void emitNow();
    void updateRangeFields();

    FilterComboBox *m_host;
    FilterComboBox *m_code;
    FilterComboBox *m_kind;
    QComboBox *m_severity;
    QComboBox *m_status;
    QComboBox *m_time;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QToolButton *m_clear;
    QTimer *m_typingDelay;
    QString m_text;
    bool m_restoring = false;
};

} // namespace nocdesk
