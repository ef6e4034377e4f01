#include "AssignProviderDialog.h"

#include "ProviderRegistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>

namespace nocdesk {

AssignProviderDialog::AssignProviderDialog(const QStringList &senders, QWidget *parent)
    : QDialog(parent), m_provider(new QComboBox(this)),
      m_remember(new QCheckBox(tr("Attribute all future mail from this sender to it"), this))
{
    setObjectName(QStringLiteral("assignProviderDialog"));
    setWindowTitle(tr("Assign Provider"));
    QStringList ids = parsing::ProviderRegistry::instance().ids();
    ids.sort();
    m_provider->addItems(ids);
    m_provider->setEditable(false);
    m_remember->setChecked(true);
    m_remember->setEnabled(senders.size() == 1 && !senders.constFirst().isEmpty());

    auto *layout = new QFormLayout(this);
    auto *intro = new QLabel(senders.size() == 1
                                 ? tr("Parse the mail from <b>%1</b> as a notice of:").arg(senders.constFirst().toHtmlEscaped())
                                 : tr("Parse the %n selected mails as notices of:", nullptr, int(senders.size())),
                             this);
    intro->setWordWrap(true);
    layout->addRow(intro);
    layout->addRow(tr("Provider:"), m_provider);
    layout->addRow(QString(), m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString AssignProviderDialog::provider() const { return m_provider->currentText(); }

bool AssignProviderDialog::rememberSender() const { return m_remember->isEnabled() && m_remember->isChecked(); }

} // namespace nocdesk
