#include "CalendarExportAction.h"

#include "ConsoleController.h"
#include "IcsExport.h"
#include "PaneWidget.h"
#include "items/ItemRoles.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QSaveFile>
#include <QTableView>

#include <stdexcept>

namespace nocdesk {

namespace {

struct ExportResult
{
    qsizetype maintenances = 0;
    qsizetype events = 0;
};

} // namespace

CalendarExportAction::CalendarExportAction(PaneWidget *pane, ConsoleController *controller)
    : QObject(pane), m_pane(pane), m_controller(controller), m_action(new QAction(tr("Export to Calendar…"), pane))
{
    m_action->setObjectName(QStringLiteral("exportCalendar"));
    m_action->setToolTip(tr("Save the selected maintenances, or all shown, as an .ics file for a calendar"));
    connect(m_action, &QAction::triggered, this, [this] {
        const QString path = choosePath();
        if (!path.isEmpty())
            exportTo(path);
    });
}

QList<qint64> CalendarExportAction::idsToExport() const
{
    const QList<qint64> selected = m_pane->selectedIds();
    if (!selected.isEmpty())
        return selected;
    // What the operator sees: the pane's filter applies.
    const QAbstractItemModel *shown = m_pane->view()->model();
    QList<qint64> ids;
    ids.reserve(shown->rowCount());
    for (int row = 0; row < shown->rowCount(); ++row)
        ids << shown->index(row, 0).data(IdRole).toLongLong();
    return ids;
}

QString CalendarExportAction::choosePath() const
{
    if (m_choosePath)
        return m_choosePath();
    return QFileDialog::getSaveFileName(m_pane, tr("Export to Calendar"),
                                        QDir::home().filePath(QStringLiteral("maintenances.ics")),
                                        tr("iCalendar files (*.ics)"));
}

void CalendarExportAction::exportTo(const QString &path)
{
    const QList<qint64> ids = idsToExport();
    if (ids.isEmpty()) {
        Q_EMIT failed(tr("No maintenances to export."));
        return;
    }
    m_controller->runner()->run(
        tr("Exporting %n maintenance(s) to %1", nullptr, int(ids.size())).arg(QDir::toNativeSeparators(path)),
        [ids, path](TaskContext &context) {
            const Store store = context.store();
            const QList<Maintenance> maintenances = store.maintenances(ids);
            context.checkCancelled();
            const QByteArray ics = IcsExport::fromStore(store, maintenances);
            // QSaveFile: a failed write leaves an earlier export of the same name intact.
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size() || !file.commit())
                throw std::runtime_error(tr("Cannot write %1: %2").arg(path, file.errorString()).toStdString());
            return ExportResult{maintenances.size(), ics.count("BEGIN:VEVENT")};
        },
        [this, path](const ExportResult &result) {
            Q_EMIT exported(tr("Exported %n maintenance(s) with %1 window(s) to %2", nullptr, int(result.maintenances))
                                .arg(result.events)
                                .arg(QDir::toNativeSeparators(path)));
        },
        [this](const QString &message) { Q_EMIT failed(message); });
}

} // namespace nocdesk
