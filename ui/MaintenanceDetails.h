#pragma once

#include "Store.h"

#include <QObject>

namespace nocdesk {

class ConsoleController;
class PaneWidget;

// What the maintenances pane's detail shows beyond the row itself, loaded in the background
// when a maintenance is selected: its history (who acknowledged it, status changes, resets),
// every window it was given (and which one a re-schedule replaced), the notices that built it,
// and its notes; plus Add Note.
class MaintenanceDetails : public QObject
{
    Q_OBJECT
public:
    MaintenanceDetails(PaneWidget *pane, ConsoleController *console);

    struct Loaded
    {
        qint64 id = 0;
        QList<Store::HistoryEntry> history;
        QList<Store::WindowRecord> windows;
        QList<Store::NoticeRecord> notices;
        QList<MaintenanceNote> notes;
    };

    // Appends the sections to the detail panel (public for tests).
    void show(const Loaded &loaded);
    // The history action as operators read it ("ack-reset" -> "Acknowledgement reset").
    [[nodiscard]] static QString actionText(const QString &action);

Q_SIGNALS:
    void shown(qint64 maintenanceId);

private:
    void load();
    void addNote();

    PaneWidget *m_pane;
    ConsoleController *m_console;
    qint64 m_current = 0;
};

} // namespace nocdesk

Q_DECLARE_METATYPE(nocdesk::MaintenanceDetails::Loaded)
