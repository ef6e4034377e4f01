#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace nocdesk {

class InventoryController;

// Sync with NetBox or Nautobot: the server's address, its kind and an API token. The token
// field may stay empty once a sync has kept the token in the keychain. The sync runs on the
// pool; the dialog shows its progress, Cancel stops it, and the result stays readable here.
class InventorySyncDialog : public QDialog
{
    Q_OBJECT
public:
    InventorySyncDialog(InventoryController *inventory, QWidget *parent = nullptr);

private:
    void startSync();
    void setRunning(bool running);
    void showResult(bool ok, const QString &message);
    void showStatus(const QString &text);

    InventoryController *m_inventory;
    QLineEdit *m_url;
    QComboBox *m_kind;
    QLineEdit *m_token;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_sync;
    QPushButton *m_cancel;
    QPushButton *m_close;
};

} // namespace nocdesk
