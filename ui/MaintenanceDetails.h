#pragma once

#include "Store.h"

#include <QObject>

#include <functional>

class QUrl;

namespace nocdesk {

class ConsoleController;
class NoticeViewer;
class PaneWidget;

// What the maintenances pane's detail shows beyond the row itself, loaded in the background
// when a maintenance is selected: its history (who acknowledged it, status changes, resets),
// every window it was given (and which one a re-schedule replaced), the notices that built it
// (each opens in a NoticeViewer), and its notes; plus Add Note and Edit on each note.
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
    // Opens a viewer on a notice of the maintenance shown, filled once the mail is read.
    NoticeViewer *openNotice(qint64 notificationId);
    // Asks for the note's new text and level, then stores them with the operator's name.
    void editNote(qint64 noteId);

Q_SIGNALS:
    void shown(qint64 maintenanceId);
    void noteSaved(qint64 maintenanceId);

private:
    void load();
    void addNote();
    void linkClicked(const QUrl &url);
    void saveNote(qint64 maintenanceId, const QString &title, std::function<void(Store &)> write);

    PaneWidget *m_pane;
    ConsoleController *m_console;
    qint64 m_current = 0;
    Loaded m_shown;
};

} // namespace nocdesk

Q_DECLARE_METATYPE(nocdesk::MaintenanceDetails::Loaded)
