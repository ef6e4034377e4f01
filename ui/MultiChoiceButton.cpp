#include "MultiChoiceButton.h"

#include <QAction>
#include <QMenu>
#include <QMouseEvent>

namespace nocdesk {

MultiChoiceButton::MultiChoiceButton(const QString &noneText, const QString &countText, QWidget *parent)
    : QToolButton(parent), m_noneText(noneText), m_countText(countText), m_menu(new QMenu(this))
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setMenu(m_menu);
    m_menu->installEventFilter(this);
    QAction *clear = m_menu->addAction(noneText);
    clear->setObjectName(QStringLiteral("clearChoices"));
    connect(clear, &QAction::triggered, this, [this] {
        setCheckedData({});
        Q_EMIT changed();
    });
    m_menu->addSeparator();
    updateText();
}

void MultiChoiceButton::addChoice(const QString &text, const QVariant &data, const QColor &color)
{
    QAction *action = m_menu->addAction(text);
    action->setCheckable(true);
    action->setData(data);
    if (color.isValid()) {
        QPixmap swatch(10, 10);
        swatch.fill(color);
        action->setIcon(QIcon(swatch));
    }
    connect(action, &QAction::toggled, this, [this] {
        updateText();
        Q_EMIT changed();
    });
    updateText();
}

QVariantList MultiChoiceButton::checkedData() const
{
    QVariantList data;
    for (const QAction *action : m_menu->actions()) {
        if (action->isCheckable() && action->isChecked())
            data << action->data();
    }
    return data;
}

void MultiChoiceButton::setCheckedData(const QVariantList &data)
{
    const QSignalBlocker block(this);
    for (QAction *action : m_menu->actions()) {
        if (action->isCheckable()) {
            const QSignalBlocker blockAction(action);
            action->setChecked(data.contains(action->data()));
        }
    }
    updateText();
}

// A click on a checkable choice toggles it and keeps the menu open, so several can be ticked.
bool MultiChoiceButton::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_menu && event->type() == QEvent::MouseButtonRelease) {
        QAction *action = m_menu->actionAt(static_cast<QMouseEvent *>(event)->position().toPoint());
        if (action && action->isCheckable() && action->isEnabled()) {
            action->toggle();
            return true;
        }
    }
    return QToolButton::eventFilter(watched, event);
}

void MultiChoiceButton::updateText()
{
    QStringList names;
    for (const QAction *action : m_menu->actions()) {
        if (action->isCheckable() && action->isChecked())
            names << action->text();
    }
    if (names.isEmpty())
        setText(m_noneText);
    else if (names.size() <= 2)
        setText(names.join(QStringLiteral(", ")));
    else
        setText(m_countText.arg(names.size()));
    setToolTip(names.isEmpty() ? QString() : names.join(QLatin1Char('\n')));
}

} // namespace nocdesk
