#pragma once

#include <QToolButton>
#include <QVariant>

class QMenu;

namespace nocdesk {

// A button whose menu holds checkable choices and stays open while the operator ticks several
// of them. Its text says what is picked: the "none" text, one choice's name, or a count.
class MultiChoiceButton : public QToolButton
{
    Q_OBJECT
public:
    // countText names three or more picks, with %1 for how many, e.g. "%1 statuses".
    MultiChoiceButton(const QString &noneText, const QString &countText, QWidget *parent = nullptr);

    void addChoice(const QString &text, const QVariant &data, const QColor &color = {});
    [[nodiscard]] QVariantList checkedData() const;
    // Without emitting changed.
    void setCheckedData(const QVariantList &data);
    [[nodiscard]] QMenu *choices() const { return m_menu; }

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateText();

    QString m_noneText;
    QString m_countText;
    QMenu *m_menu;
};

} // namespace nocdesk
