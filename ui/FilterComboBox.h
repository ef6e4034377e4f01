#pragma once

#include <QComboBox>

class QStringListModel;

namespace nocdesk {

// A filter bar's text field with a list to pick from (device, code, provider, site, circuit):
// typed text is case-insensitively completed from anywhere in the known values; typing says
// edited(), a pick from the list or Return says committed(). The list can hold thousands of
// values: one model whose list is swapped, rows of one height.
class FilterComboBox : public QComboBox
{
    Q_OBJECT
public:
    FilterComboBox(const QString &objectName, const QString &placeholder, const QString &toolTip,
                   int minimumLength, QWidget *parent);

    // Replaces the known values and keeps what is typed, without signalling a change.
    void setValues(const QStringList &values);
    // What is typed, trimmed.
    [[nodiscard]] QString text() const { return currentText().trimmed(); }

Q_SIGNALS:
    void edited();
    void committed();

private:
    QStringListModel *m_values;
};

} // namespace nocdesk
