#pragma once

#include "domain/Maintenance.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace nocdesk {

// Writes or edits a maintenance note: its text and whether it is information or a warning.
class NoteDialog : public QDialog
{
    Q_OBJECT
public:
    NoteDialog(const QString &title, const MaintenanceNote &note, QWidget *parent = nullptr);

    // The text trimmed; empty when the operator left it blank.
    [[nodiscard]] QString text() const;
    [[nodiscard]] MaintenanceNote::Level level() const;

private:
    QPlainTextEdit *m_text;
    QComboBox *m_level;
};

} // namespace nocdesk
