#include "InventoryActions.h"

#include "InventoryController.h"
#include "InventorySyncDialog.h"
#include "MainWindow.h"

#include <QAction>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace nocdesk {

InventoryActions::InventoryActions(MainWindow *window, InventoryController *inventory)
    : QObject(window), m_window(window), m_inventory(inventory)
{
    QMenu *menu = new QMenu(tr("&Inventory"), window);
    menu->setObjectName(QStringLiteral("inventoryMenu"));
    // Before Help, where operators look for it.
    const QList<QAction *> top = window->menuBar()->actions();
    window->menuBar()->insertMenu(top.isEmpty() ? nullptr : top.constLast(), menu);
    QAction *import = menu->addAction(tr("&Import…"), this, &InventoryActions::importFiles);
    import->setObjectName(QStringLiteral("importInventory"));
    import->setToolTip(tr("Import providers, sites, circuits, devices and interfaces from CSV or JSON files"));
    QAction *sync = menu->addAction(tr("&Sync with NetBox/Nautobot…"), this, [this] { openSync(); });
    sync->setObjectName(QStringLiteral("syncInventory"));

    connect(m_inventory, &InventoryController::importFinished, this, [this](bool ok, const QString &message) {
        if (ok)
            m_window->statusBar()->showMessage(message, 15000);
        else if (!message.isEmpty()) {
            // Window-modal but not blocking: the import's error stays readable while the
            // operator opens the file at the line it names.
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Inventory Import"), message, QMessageBox::Close, m_window);
            box->setObjectName(QStringLiteral("inventoryImportError"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    });
    connect(m_inventory, &InventoryController::syncFinished, this, [this](bool ok, const QString &message) {
        if (!m_sync || !m_sync->isVisible())
            m_window->statusBar()->showMessage(ok ? message : tr("Inventory sync: %1").arg(message), 15000);
    });
}

InventorySyncDialog *InventoryActions::openSync()
{
    if (!m_sync)
        m_sync = new InventorySyncDialog(m_inventory, m_window);
    m_sync->show();
    m_sync->raise();
    m_sync->activateWindow();
    return m_sync;
}

void InventoryActions::importFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        m_window, tr("Import Inventory"), {},
        tr("Inventory (*.csv *.json);;CSV, one kind per file (*.csv);;JSON (*.json);;All files (*)"));
    if (!files.isEmpty())
        m_inventory->importFiles(files);
}

} // namespace nocdesk
