#include "MaintenanceDetails.h"

#include "ConsoleController.h"
#include "DetailPanel.h"
#include "DisplayText.h"
#include "PaneWidget.h"
#include "items/ItemRoles.h"
#include "items/MaintenanceTableModel.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace nocdesk {

MaintenanceDetails::MaintenanceDetails(PaneWidget *pane, ConsoleController *console)
    : QObject(pane), m_pane(pane), m_console(console)
{
    connect(pane, &PaneWidget::selectionChanged, this, &MaintenanceDetails::load);
    // The row's own details are redrawn when it changes (an ack, a new notice): add ours again.
    connect(pane->model(), &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                for (int row = topLeft.row(); m_current != 0 && row <= bottomRight.row(); ++row) {
                    if (m_pane->model()->index(row, 0).data(IdRole).toLongLong() == m_current) {
                        load();
                        return;
                    }
                }
            });
    auto *note = new QAction(tr("Add Note…"), this);
    note->setObjectName(QStringLiteral("addMaintenanceNote"));
    note->setToolTip(tr("Add a note to the selected maintenance, for the next shift"));
    connect(note, &QAction::triggered, this, &MaintenanceDetails::addNote);
    pane->addPaneAction(note);
}

QString MaintenanceDetails::actionText(const QString &action)
{
    if (action == QLatin1String("created"))
        return tr("Created");
    if (action == QLatin1String("acknowledged"))
        return tr("Acknowledged");
    if (action == QLatin1String("unacknowledged"))
        return tr("Acknowledgement removed");
    if (action == QLatin1String("status"))
        return tr("Status changed");
    if (action == QLatin1String("window"))
        return tr("Window changed");
    if (action == QLatin1String("rescheduled"))
        return tr("Re-scheduled");
    if (action == QLatin1String("impacts"))
        return tr("Impacts changed");
    if (action == QLatin1String("ack-reset"))
        return tr("Acknowledgement reset");
    return action;
}

void MaintenanceDetails::load()
{
    const QList<qint64> ids = m_pane->selectedIds();
    if (ids.size() != 1) {
        m_current = 0;
        return;
    }
    const qint64 id = ids.constFirst();
    m_current = id;
    m_console->runner()->run(
        tr("Loading maintenance #%1").arg(id),
        [id](TaskContext &context) {
            const Store store = context.store();
            Loaded l;
            l.id = id;
            l.history = store.maintenanceHistory(id);
            l.windows = store.maintenanceWindows(id);
            l.notices = store.maintenanceNotices(id);
            l.notes = store.notes(id);
            return l;
        },
        [this](const Loaded &l) {
            if (l.id == m_current) // the operator may have moved on meanwhile
                show(l);
        });
}

void MaintenanceDetails::show(const Loaded &l)
{
    // Explicit QString returns: with QStringBuilder an `auto` lambda would return a builder
    // that points into its dead temporaries.
    const auto esc = [](const QString &s) -> QString { return s.toHtmlEscaped(); };
    const auto heading = [](const QString &title) -> QString {
        return QStringLiteral("<h4 style='margin-top:12px; margin-bottom:4px'>") + title.toHtmlEscaped() + QStringLiteral("</h4>");
    };
    QString html;
    const bool rescheduled = std::any_of(l.windows.cbegin(), l.windows.cend(),
                                         [](const Store::WindowRecord &w) { return w.rescheduledFrom >= 0; });
    if (rescheduled) { // the row's own lines list the windows; this shows which replaced which
        html += heading(tr("Windows"));
        for (int i = 0; i < l.windows.size(); ++i) {
            const Store::WindowRecord &w = l.windows.at(i);
            html += esc(tr("%1 – %2").arg(DisplayText::time(w.start), DisplayText::time(w.end)));
            if (w.rescheduledFrom >= 0)
                html += QStringLiteral(" <i>") + esc(tr("(re-scheduled from window %1)").arg(w.rescheduledFrom + 1)) + QStringLiteral("</i>");
            html += QStringLiteral("<br>");
        }
    }
    if (!l.notes.isEmpty()) {
        html += heading(tr("Notes"));
        for (const MaintenanceNote &n : l.notes) {
            const bool warning = n.level == MaintenanceNote::Level::Warning;
            const QString mark = warning ? QStringLiteral("<b style='color:#b3261e'>⚠</b> ") : QString();
            html += QStringLiteral("<p style='margin:2px 0'>") + mark + esc(n.text) + QStringLiteral(" <span style='color:gray'>— ")
                + esc(tr("%1, %2").arg(n.author, DisplayText::time(n.createdAt))) + QStringLiteral("</span></p>");
        }
    }
    if (!l.notices.isEmpty()) {
        html += heading(tr("Notices"));
        for (const Store::NoticeRecord &n : l.notices) {
            html += esc(tr("#%1 %2 %3").arg(n.notificationId).arg(DisplayText::time(n.receivedAt), n.subject));
            if (!n.applied)
                html += QStringLiteral(" <i>") + esc(tr("(out of sequence: changed nothing)")) + QStringLiteral("</i>");
            html += QStringLiteral("<br>");
        }
    }
    if (!l.history.isEmpty()) {
        html += heading(tr("History"));
        // One line per entry: the detail panel is narrow, and lines wrap where a table squeezes.
        for (const Store::HistoryEntry &h : l.history) {
            const bool reset = h.action == QLatin1String("ack-reset");
            const QString action = reset ? QString(QStringLiteral("<b>") + esc(actionText(h.action)) + QStringLiteral("</b>"))
                                         : esc(actionText(h.action));
            const QString detail = h.detail.isEmpty() ? QString() : QString(QStringLiteral(": ") + esc(h.detail));
            html += QStringLiteral("<p style='margin:1px 0'><span style='color:gray'>") + esc(DisplayText::time(h.at))
                + QStringLiteral("</span> ") + action + detail + QStringLiteral(" <span style='color:gray'>(")
                + esc(h.actor) + QStringLiteral(")</span></p>");
        }
    }
    // The row's own lines are already in the panel; these sections follow them.
    m_pane->detailPanel()->setExtraHtml(l.id, html);
    Q_EMIT shown(l.id);
}

void MaintenanceDetails::addNote()
{
    const QList<qint64> ids = m_pane->selectedIds();
    if (ids.size() != 1)
        return;
    QDialog dialog(m_pane);
    dialog.setWindowTitle(tr("Add Note"));
    auto *text = new QPlainTextEdit(&dialog);
    text->setPlaceholderText(tr("What the next shift should know about this maintenance"));
    auto *level = new QComboBox(&dialog);
    level->addItem(tr("Information"), int(MaintenanceNote::Level::Info));
    level->addItem(tr("Warning"), int(MaintenanceNote::Level::Warning));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(level);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || text->toPlainText().trimmed().isEmpty())
        return;
    MaintenanceNote note;
    note.level = MaintenanceNote::Level(level->currentData().toInt());
    note.author = m_console->operatorName();
    note.text = text->toPlainText().trimmed();
    const qint64 id = ids.constFirst();
    m_console->runner()->run(
        tr("Adding a note"),
        [id, note](TaskContext &context) {
            Store store = context.store();
            store.addNote(id, note);
            return store.maintenances({id});
        },
        [this](const QList<Maintenance> &changed) { m_console->maintenances()->upsert(changed); });
}

} // namespace nocdesk
