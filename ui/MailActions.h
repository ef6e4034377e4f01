#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace nocdesk {

class MailController;
class MainWindow;
class SourcesDialog;

// The mail side of the main window: the Mail menu (sources, fetch, import), the notifications
// pane's Parse Again and Assign Provider, and .eml files or maildirs dropped on the window.
class MailActions : public QObject
{
    Q_OBJECT
public:
    MailActions(MainWindow *window, MailController *mail);

    SourcesDialog *openSources();
    [[nodiscard]] QAction *reparseAction() const { return m_reparse; }
    [[nodiscard]] QAction *assignAction() const { return m_assign; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void importFiles();
    void importMaildir();
    void assignProvider();

    MainWindow *m_window;
    MailController *m_mail;
    QAction *m_reparse;
    QAction *m_assign;
    QPointer<SourcesDialog> m_sources;
};

} // namespace nocdesk
