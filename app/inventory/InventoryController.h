#pragma once

#include "InventorySync.h"
#include "TaskRunner.h"

#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

namespace nocdesk {

class ConsoleController;
class SecretStore;

// The console's inventory side, without widgets: import of CSV/JSON files and a sync with
// NetBox or Nautobot, each a pool task with progress and Cancel. The server's address and kind
// are remembered in the settings; its token only in the secret store (the keychain).
class InventoryController : public QObject
{
    Q_OBJECT
public:
    InventoryController(ConsoleController *console, std::shared_ptr<SecretStore> secrets, QObject *parent = nullptr);

    [[nodiscard]] QUrl lastUrl() const;
    [[nodiscard]] InventoryServerKind lastKind() const;
    // For tests: how long a sync waits before repeating a request a server answered with 5xx.
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

public Q_SLOTS:
    void importFiles(const QStringList &paths);
    // token: a new one to use and keep once the sync succeeds; nullopt: the one in the keychain.
    void sync(const QUrl &url, nocdesk::InventoryServerKind kind, const std::optional<QString> &token);
    void cancelSync();

Q_SIGNALS:
    // ok false with an empty message: cancelled.
    void importFinished(bool ok, const QString &message);
    void syncFinished(bool ok, const QString &message);
    void syncRunning(bool running);
    void syncProgress(qint64 done, qint64 total, const QString &text);

private:
    ConsoleController *m_console;
    std::shared_ptr<SecretStore> m_secrets;
    TaskId m_sync = 0;
    std::chrono::milliseconds m_retryDelay{2000};
};

} // namespace nocdesk
