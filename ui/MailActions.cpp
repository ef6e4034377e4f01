#include "MailActions.h"

#include "AssignProviderDialog.h"
#include "MailController.h"
#include "MainWindow.h"
#include "PaneWidget.h"
#include "SourcesDialog.h"
#include "items/ItemRoles.h"
#include "items/NotificationTableModel.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QMenuBar>
#include <QMimeData>
#include <QStatusBar>

namespace nocdesk {

MailActions::MailActions(MainWindow *window, MailController *mail)
    : QObject(window), m_window(window), m_mail(mail), m_reparse(new QAction(tr("Parse Again"), this)),
      m_assign(new QAction(tr("Assign Provider…"), this))
{
    QMenu *menu = new QMenu(tr("&Mail"), window);
    // Before Help, where operators look for it.
    const QList<QAction *> top = window->menuBar()->actions();
    window->menuBar()->insertMenu(top.isEmpty() ? nullptr : top.constLast(), menu);
    QAction *sources = menu->addAction(tr("Notification &Sources…"), this, [this] { openSources(); });
    sources->setObjectName(QStringLiteral("openSources"));
    QAction *fetch = menu->addAction(tr("&Fetch All Now"), m_mail, &MailController::fetchAll);
    fetch->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    menu->addSeparator();
    QAction *import = menu->addAction(tr("&Import Mail Files…"), this, &MailActions::importFiles);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    menu->addAction(tr("Import a &Maildir…"), this, &MailActions::importMaildir);

    m_reparse->setObjectName(QStringLiteral("reparseNotifications"));
    m_reparse->setToolTip(tr("Parse the selected notifications again, e.g. after a parser upgrade"));
    connect(m_reparse, &QAction::triggered, this, [this] {
        const QList<qint64> ids = m_window->pane(MainWindow::NotificationsPane)->selectedIds();
        if (!ids.isEmpty())
            m_mail->reparse(ids);
    });
    m_assign->setObjectName(QStringLiteral("assignProvider"));
    m_assign->setToolTip(tr("Name the provider of mail from an unknown sender and parse it"));
    connect(m_assign, &QAction::triggered, this, &MailActions::assignProvider);
    PaneWidget *pane = window->pane(MainWindow::NotificationsPane);
    pane->addPaneAction(m_reparse);
    pane->addPaneAction(m_assign);

    connect(m_mail, &MailController::importFinished, this, [this](int stored, int duplicates, const QStringList &errors) {
        QString text = tr("Imported %n mail(s)", nullptr, stored);
        if (duplicates > 0)
            text += tr("; %n already stored", nullptr, duplicates);
        if (!errors.isEmpty())
            text += tr("; %n could not be read: %1", nullptr, int(errors.size())).arg(errors.constFirst());
        m_window->statusBar()->showMessage(text, 15000);
    });
    connect(m_mail, &MailController::errorOccurred, this, [this](const QString &message) {
        m_window->statusBar()->showMessage(message, 15000);
    });
    connect(m_mail, &MailController::sourceFetched, this, [this](const QString &name, const FetchReport &report) {
        m_window->statusBar()->showMessage(report.ok ? tr("%1: %2").arg(name, report.message)
                                                     : tr("Fetching %1 failed: %2").arg(name, report.message),
                                           15000);
    });

    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

SourcesDialog *MailActions::openSources()
{
    if (!m_sources) {
        m_sources = new SourcesDialog(m_mail, m_window);
        m_sources->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_sources->show();
    m_sources->raise();
    m_sources->activateWindow();
    return m_sources;
}

void MailActions::importFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(m_window, tr("Import Mail Files"), {},
                                                            tr("Mail messages (*.eml);;All files (*)"));
    if (!files.isEmpty())
        m_mail->importPaths(files);
}

void MailActions::importMaildir()
{
    const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Import a Maildir"));
    if (!folder.isEmpty())
        m_mail->importPaths({folder});
}

void MailActions::assignProvider()
{
    PaneWidget *pane = m_window->pane(MainWindow::NotificationsPane);
    const QList<qint64> ids = pane->selectedIds();
    if (ids.isEmpty())
        return;
    QStringList senders;
    const auto *model = qobject_cast<NotificationTableModel *>(pane->model());
    for (int row = 0; model && row < model->rowCount(); ++row) {
        if (ids.contains(model->at(row).id))
            senders << model->at(row).sender;
    }
    senders.removeDuplicates();
    AssignProviderDialog dialog(senders, m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_mail->reparse(ids, dialog.provider(), dialog.rememberSender());
}

bool MailActions::eventFilter(QObject *watched, QEvent *event)
{
    // Files dragged from a mail client or a file manager: .eml files, or maildir folders.
    if (watched == m_window && (event->type() == QEvent::DragEnter || event->type() == QEvent::Drop)) {
        auto *drop = static_cast<QDropEvent *>(event);
        QStringList paths;
        for (const QUrl &url : drop->mimeData()->urls()) {
            if (url.isLocalFile())
                paths << url.toLocalFile();
        }
        if (paths.isEmpty())
            return false;
        drop->acceptProposedAction();
        if (event->type() == QEvent::Drop)
            m_mail->importPaths(paths);
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace nocdesk
