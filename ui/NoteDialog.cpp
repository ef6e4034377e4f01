#include "NoteDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace nocdesk {

NoteDialog::NoteDialog(const QString &title, const MaintenanceNote &note, QWidget *parent)
    : QDialog(parent), m_text(new QPlainTextEdit(this)), m_level(new QComboBox(this))
{
    setObjectName(QStringLiteral("noteDialog"));
    setWindowTitle(title);
    m_text->setObjectName(QStringLiteral("noteText"));
    m_text->setPlaceholderText(tr("What the next shift should know about this maintenance"));
    m_text->setPlainText(note.text);
    m_level->setObjectName(QStringLiteral("noteLevel"));
    m_level->addItem(tr("Information"), int(MaintenanceNote::Level::Info));
    m_level->addItem(tr("Warning"), int(MaintenanceNote::Level::Warning));
    m_level->setCurrentIndex(m_level->findData(int(note.level)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_level);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString NoteDialog::text() const { return m_text->toPlainText().trimmed(); }

MaintenanceNote::Level NoteDialog::level() const { return MaintenanceNote::Level(m_level->currentData().toInt()); }

} // namespace nocdesk
