#pragma once

#include <QObject>
#include <QPointer>

namespace nocdesk {

class InventoryController;
class InventorySyncDialog;
class MainWindow;

// The Inventory menu: import CSV/JSON files, and sync with NetBox or Nautobot.
class InventoryActions : public QObject
{
    Q_OBJECT
public:
    InventoryActions(MainWindow *window, InventoryController *inventory);

    InventorySyncDialog *openSync();

private:
    void importFiles();

    MainWindow *m_window;
    InventoryController *m_inventory;
    QPointer<InventorySyncDialog> m_sync;
};

} // namespace nocdesk
