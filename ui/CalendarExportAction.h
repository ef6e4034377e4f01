#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QAction;

namespace nocdesk {

class ConsoleController;
class PaneWidget;

// "Export to Calendar…" on the maintenances pane: writes the selected maintenances, or every
// one the pane shows when none is selected, to an .ics file (IcsExport) on a pool task.
class CalendarExportAction : public QObject
{
    Q_OBJECT
public:
    CalendarExportAction(PaneWidget *pane, ConsoleController *controller);

    [[nodiscard]] QAction *action() const { return m_action; }
    // Asks where to save; tests replace the file dialog with a function that returns a path
    // (an empty path cancels).
    void setPathChooser(std::function<QString()> chooser) { m_choosePath = std::move(chooser); }
    // The ids the action exports right now.
    [[nodiscard]] QList<qint64> idsToExport() const;
    void exportTo(const QString &path);

Q_SIGNALS:
    void exported(const QString &message);
    void failed(const QString &message);

private:
    QString choosePath() const;

    PaneWidget *m_pane;
    ConsoleController *m_controller;
    QAction *m_action;
    std::function<QString()> m_choosePath;
};

} // namespace nocdesk
