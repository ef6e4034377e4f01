#include "MaintenanceDetails.h"

#include "ConsoleController.h"
#include "DetailPanel.h"
#include "DisplayText.h"
#include "NoteDialog.h"
#include "NoticeDocument.h"
#include "NoticeViewer.h"
#include "PaneWidget.h"
#include "items/ItemRoles.h"
#include "items/MaintenanceTableModel.h"

#include <QAction>
#include <QPointer>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

Q_DECLARE_METATYPE(nocdesk::NoticeDocument)

namespace nocdesk {

namespace {
// Links in the detail panel that act here rather than open anything.
const QString kNoticeScheme = QStringLiteral("nocdesk-notice");
const QString kNoteScheme = QStringLiteral("nocdesk-note");
} // namespace

MaintenanceDetails::MaintenanceDetails(PaneWidget *pane, ConsoleController *console)
    : QObject(pane), m_pane(pane), m_console(console)
{
    connect(pane, &PaneWidget::selectionChanged, this, &MaintenanceDetails::load);
    // The row's own details are redrawn when it changes (an ack, a new notice): add ours again.
    connect(pane->model(), &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = m_current != 0 ? m_console->maintenances()->rowOfId(m_current) : -1;
                if (row >= topLeft.row() && row <= bottomRight.row())
                    load();
            });
    auto *note = new QAction(tr("Add Note…"), this);
    note->setObjectName(QStringLiteral("addMaintenanceNote"));
    note->setToolTip(tr("Add a note to the selected maintenance, for the next shift"));
    connect(note, &QAction::triggered, this, &MaintenanceDetails::addNote);
    pane->addPaneAction(note);
    connect(pane->detailPanel(), &QTextBrowser::anchorClicked, this, &MaintenanceDetails::linkClicked);
}

void MaintenanceDetails::linkClicked(const QUrl &url)
{
    bool ok = false;
    const qint64 id = url.path().toLongLong(&ok);
    if (!ok)
        return;
    if (url.scheme() == kNoticeScheme)
        openNotice(id);
    else if (url.scheme() == kNoteScheme)
        editNote(id);
}

NoticeViewer *MaintenanceDetails::openNotice(qint64 notificationId)
{
    QByteArray parsedJson;
    for (const Store::NoticeRecord &n : std::as_const(m_shown.notices)) {
        if (n.notificationId == notificationId)
            parsedJson = n.parsedJson;
    }
    auto *viewer = new NoticeViewer(m_pane);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->show();
    const QPointer<NoticeViewer> alive(viewer);
    // The mail may be megabytes with attachments: read and decode it off the GUI thread.
    m_console->runner()->run(
        tr("Reading notice #%1").arg(notificationId),
        [notificationId, parsedJson](TaskContext &context) {
            return NoticeDocument::read(notificationId, context.store().rawNotification(notificationId), parsedJson);
        },
        [alive](const NoticeDocument &notice) {
            if (alive)
                alive->setNotice(notice);
        },
        [alive](const QString &message) {
            if (alive)
                alive->showError(message);
        });
    return viewer;
}

void MaintenanceDetails::editNote(qint64 noteId)
{
    const auto note = std::find_if(m_shown.notes.cbegin(), m_shown.notes.cend(),
                                   [noteId](const MaintenanceNote &n) { return n.id == noteId; });
    if (note == m_shown.notes.cend())
        return;
    NoteDialog dialog(tr("Edit Note"), *note, m_pane);
    if (dialog.exec() != QDialog::Accepted || dialog.text().isEmpty())
        return;
    const MaintenanceNote::Level level = dialog.level();
    const QString text = dialog.text();
    const QString actor = m_console->operatorName();
    saveNote(m_shown.id, tr("Editing a note"),
             [noteId, level, text, actor](Store &store) { store.editNote(noteId, level, text, actor); });
}

void MaintenanceDetails::saveNote(qint64 maintenanceId, const QString &title, std::function<void(Store &)> write)
{
    m_console->runner()->run(
        title,
        [maintenanceId, write](TaskContext &context) {
            Store store = context.store();
            write(store);
            return store.maintenances({maintenanceId});
        },
        [this, maintenanceId](const QList<Maintenance> &changed) {
            m_console->maintenances()->upsert(changed);
            // An edit changes no column of the row, so its dataChanged does not reload us.
            if (maintenanceId == m_current)
                load();
            Q_EMIT noteSaved(maintenanceId);
        },
        [this](const QString &message) { m_pane->detailPanel()->append(tr("Saving the note failed: %1").arg(message)); });
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
    if (action == QLatin1String("note-edited"))
        return tr("Note edited");
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
    // In the zone the pane shows (the UTC toggle); switching it redraws the rows, and with them this.
    const QTimeZone zone = m_console->maintenances()->timeZone();
    const auto time = [&zone](const QDateTime &t) -> QString {
        return zone.isValid() ? DisplayText::time(t, zone) : DisplayText::time(t);
    };
    QString html;
    const bool rescheduled = std::any_of(l.windows.cbegin(), l.windows.cend(),
                                         [](const Store::WindowRecord &w) { return w.rescheduledFrom >= 0; });
    if (rescheduled) { // the row's own lines list the windows; this shows which replaced which
        html += heading(tr("Windows"));
        for (int i = 0; i < l.windows.size(); ++i) {
            const Store::WindowRecord &w = l.windows.at(i);
            html += esc(tr("%1 – %2").arg(time(w.start), time(w.end)));
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
            QString who = tr("%1, %2").arg(n.author, time(n.createdAt));
            if (!n.editedBy.isEmpty())
                who += tr("; edited by %1, %2").arg(n.editedBy, time(n.editedAt));
            html += QStringLiteral("<p style='margin:2px 0'>") + mark + esc(n.text) + QStringLiteral(" <span style='color:gray'>— ")
                + esc(who) + QStringLiteral("</span> <a href='") + kNoteScheme + QLatin1Char(':') + QString::number(n.id)
                + QStringLiteral("'>") + esc(tr("Edit")) + QStringLiteral("</a></p>");
        }
    }
    if (!l.notices.isEmpty()) {
        html += heading(tr("Notices"));
        for (const Store::NoticeRecord &n : l.notices) {
            html += QStringLiteral("<a href='") + kNoticeScheme + QLatin1Char(':') + QString::number(n.notificationId)
                + QStringLiteral("'>") + esc(tr("#%1").arg(n.notificationId)) + QStringLiteral("</a> ")
                + esc(tr("%1 %2").arg(time(n.receivedAt), n.subject));
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
            // An edited note's history keeps the text it replaced.
            const QString said = h.action == QLatin1String("note-edited") ? tr("was “%1”").arg(h.detail) : h.detail;
            const QString detail = said.isEmpty() ? QString() : QString(QStringLiteral(": ") + esc(said));
            html += QStringLiteral("<p style='margin:1px 0'><span style='color:gray'>") + esc(time(h.at))
                + QStringLiteral("</span> ") + action + detail + QStringLiteral(" <span style='color:gray'>(")
                + esc(h.actor) + QStringLiteral(")</span></p>");
        }
    }
    m_shown = l;
    // The row's own lines are already in the panel; these sections follow them.
    m_pane->detailPanel()->setExtraHtml(l.id, html);
    Q_EMIT shown(l.id);
}

void MaintenanceDetails::addNote()
{
    const QList<qint64> ids = m_pane->selectedIds();
    if (ids.size() != 1)
        return;
    NoteDialog dialog(tr("Add Note"), {}, m_pane);
    if (dialog.exec() != QDialog::Accepted || dialog.text().isEmpty())
        return;
    MaintenanceNote note;
    note.level = dialog.level();
    note.author = m_console->operatorName();
    note.text = dialog.text();
    const qint64 id = ids.constFirst();
    saveNote(id, tr("Adding a note"), [id, note](Store &store) { store.addNote(id, note); });
}

} // namespace nocdesk
