#include "FilterComboBox.h"

#include <QCompleter>
#include <QLineEdit>
#include <QListView>
#include <QSignalBlocker>
#include <QStringListModel>

namespace nocdesk {

FilterComboBox::FilterComboBox(const QString &objectName, const QString &placeholder, const QString &toolTip,
                               int minimumLength, QWidget *parent)
    : QComboBox(parent), m_values(new QStringListModel(this))
{
    setObjectName(objectName);
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setModel(m_values);
    if (auto *list = qobject_cast<QListView *>(view()))
        list->setUniformItemSizes(true);
    setMinimumContentsLength(minimumLength);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setToolTip(toolTip);
    lineEdit()->setPlaceholderText(placeholder);
    lineEdit()->setClearButtonEnabled(true);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setFilterMode(Qt::MatchContains);
    setCurrentIndex(-1);
    connect(this, &QComboBox::editTextChanged, this, &FilterComboBox::edited);
    connect(this, &QComboBox::activated, this, &FilterComboBox::committed);
    connect(lineEdit(), &QLineEdit::returnPressed, this, &FilterComboBox::committed);
}

void FilterComboBox::setValues(const QStringList &values)
{
    if (m_values->stringList() == values)
        return;
    const QSignalBlocker block(this);
    const QString typed = currentText();
    m_values->setStringList(values);
    setCurrentIndex(-1);
    setEditText(typed);
}

} // namespace nocdesk
