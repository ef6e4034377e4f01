#include "InventorySyncDialog.h"

#include "InventoryController.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace nocdesk {

InventorySyncDialog::InventorySyncDialog(InventoryController *inventory, QWidget *parent)
    : QDialog(parent), m_inventory(inventory), m_url(new QLineEdit(this)), m_kind(new QComboBox(this)),
      m_token(new QLineEdit(this)), m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_sync(new QPushButton(tr("&Sync"), this)), m_cancel(new QPushButton(tr("Cancel Sync"), this)),
      m_close(new QPushButton(tr("Close"), this))
{
    setWindowTitle(tr("Sync with NetBox or Nautobot"));
    setObjectName(QStringLiteral("inventorySyncDialog"));
    m_url->setObjectName(QStringLiteral("url"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_token->setObjectName(QStringLiteral("token"));
    m_status->setObjectName(QStringLiteral("status"));
    m_sync->setObjectName(QStringLiteral("sync"));
    m_cancel->setObjectName(QStringLiteral("cancelSync"));

    m_url->setPlaceholderText(QStringLiteral("https://netbox.example.net/"));
    if (m_inventory->lastUrl().isValid())
        m_url->setText(m_inventory->lastUrl().toString());
    m_kind->addItem(QStringLiteral("NetBox"), QVariant::fromValue(int(InventoryServerKind::NetBox)));
    m_kind->addItem(QStringLiteral("Nautobot"), QVariant::fromValue(int(InventoryServerKind::Nautobot)));
    m_kind->setCurrentIndex(m_inventory->lastKind() == InventoryServerKind::Nautobot ? 1 : 0);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Empty: use the token in the keychain"));
    m_token->setMinimumWidth(320);
    setMinimumWidth(560);

    auto *form = new QFormLayout;
    form->addRow(tr("Server &URL:"), m_url);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("API &token:"), m_token);
    auto *hint = new QLabel(tr("A read-only token is enough. It is kept in the system keychain once a sync with it "
                               "succeeds, never in a settings file. The certificate of the server is always checked."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    m_progress->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancel->setVisible(false);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_sync, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    m_sync->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_sync, &QPushButton::clicked, this, &InventorySyncDialog::startSync);
    connect(m_cancel, &QPushButton::clicked, m_inventory, &InventoryController::cancelSync);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_inventory, &InventoryController::syncRunning, this, &InventorySyncDialog::setRunning);
    connect(m_inventory, &InventoryController::syncFinished, this, &InventorySyncDialog::showResult);
    connect(m_inventory, &InventoryController::syncProgress, this, [this](qint64 done, qint64 total, const QString &text) {
        m_progress->setRange(0, int(total));
        m_progress->setValue(int(done));
        showStatus(text);
    });
}

void InventorySyncDialog::startSync()
{
    const QUrl url = QUrl::fromUserInput(m_url->text().trimmed());
    if (m_url->text().trimmed().isEmpty() || !url.isValid() || url.host().isEmpty()) {
        showResult(false, tr("Enter the server's address, e.g. https://netbox.example.net/."));
        m_url->setFocus();
        return;
    }
    const QString token = m_token->text().trimmed();
    m_inventory->sync(url, InventoryServerKind(m_kind->currentData().toInt()),
                      token.isEmpty() ? std::nullopt : std::optional<QString>(token));
}

void InventorySyncDialog::setRunning(bool running)
{
    m_sync->setEnabled(!running);
    m_url->setEnabled(!running);
    m_kind->setEnabled(!running);
    m_token->setEnabled(!running);
    m_cancel->setVisible(running);
    m_progress->setVisible(running);
    if (running) {
        m_progress->setRange(0, 0);
        showStatus(tr("Connecting…"));
    }
}

void InventorySyncDialog::showResult(bool ok, const QString &message)
{
    if (ok)
        m_token->clear(); // kept in the keychain now; not in this widget's memory
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, ok || message.isEmpty() ? palette.color(QPalette::Text) : QColor(0xb0, 0x20, 0x20));
    m_status->setPalette(palette);
    showStatus(message.isEmpty() ? tr("Cancelled: nothing was changed.")
                                 : ok ? message : tr("The sync failed; nothing was changed.\n%1").arg(message));
}

void InventorySyncDialog::showStatus(const QString &text)
{
    m_status->setText(text);
    // Grow to show the whole message: an error cut off after its first line helps nobody.
    layout()->activate();
    if (sizeHint().height() > height())
        resize(width(), sizeHint().height());
}

} // namespace nocdesk
