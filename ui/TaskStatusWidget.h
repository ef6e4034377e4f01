#pragma once

#include "TaskRunner.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace nocdesk {

// The status-bar area that says what the background pool is doing: the newest running task's
// name and progress, how many others run, and a button that cancels the one shown.
class TaskStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TaskStatusWidget(TaskRunner *runner, QWidget *parent = nullptr);

    [[nodiscard]] QString currentText() const;

private:
    struct Running
    {
        QString title;
        QString text;
        qint64 done = 0;
        qint64 total = 0;
    };
    void refresh();

    TaskRunner *m_runner;
    QMap<TaskId, Running> m_running; // ordered by id: the last is the newest
    QLabel *m_label;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};

} // namespace nocdesk
