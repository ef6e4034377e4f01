#include "TaskStatusWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

namespace nocdesk {

TaskStatusWidget::TaskStatusWidget(TaskRunner *runner, QWidget *parent)
    : QWidget(parent), m_runner(runner), m_label(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("taskStatus"));
    m_label->setObjectName(QStringLiteral("taskLabel"));
    m_progress->setObjectName(QStringLiteral("taskProgress"));
    m_progress->setMaximumWidth(160);
    m_progress->setMaximumHeight(fontMetrics().height() + 4);
    m_progress->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("taskCancel"));
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_cancel->setAutoRaise(true);
    m_cancel->setToolTip(tr("Cancel this task"));
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (!m_running.isEmpty())
            m_runner->cancel(m_running.lastKey());
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);

    connect(runner, &TaskRunner::taskStarted, this, [this](TaskId id, const QString &title) {
        m_running.insert(id, {title, {}, 0, 0});
        refresh();
    });
    connect(runner, &TaskRunner::taskProgress, this, [this](TaskId id, qint64 done, qint64 total, const QString &text) {
        auto it = m_running.find(id);
        if (it == m_running.end())
            return;
        it->done = done;
        it->total = total;
        it->text = text;
        refresh();
    });
    connect(runner, &TaskRunner::taskFinished, this, [this](TaskId id) {
        m_running.remove(id);
        refresh();
    });
    refresh();
}

QString TaskStatusWidget::currentText() const { return m_label->text(); }

void TaskStatusWidget::refresh()
{
    if (m_running.isEmpty()) {
        m_label->clear();
        m_progress->hide();
        m_cancel->hide();
        return;
    }
    const Running &task = m_running.last();
    QString text = task.text.isEmpty() ? task.title : tr("%1: %2").arg(task.title, task.text);
    if (m_running.size() > 1)
        text += QLatin1Char(' ') + tr("(+%n more)", nullptr, int(m_running.size() - 1));
    m_label->setText(text);
    // An unknown total shows as a busy bar rather than a bar stuck at zero.
    m_progress->setRange(0, task.total > 0 ? 1000 : 0);
    if (task.total > 0)
        m_progress->setValue(int(1000 * task.done / task.total));
    m_progress->show();
    m_cancel->show();
}

} // namespace nocdesk
