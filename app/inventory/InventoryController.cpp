#include "InventoryController.h"

#include "ConsoleController.h"
#include "InventoryImport.h"
#include "NetboxClient.h"
#include "SecretStore.h"
#include "SettingsKeys.h"

#include <QSettings>

namespace nocdesk {

InventoryController::InventoryController(ConsoleController *console, std::shared_ptr<SecretStore> secrets, QObject *parent)
    : QObject(parent), m_console(console), m_secrets(std::move(secrets))
{
    connect(m_console->runner(), &TaskRunner::taskProgress, this,
            [this](TaskId id, qint64 done, qint64 total, const QString &text) {
                if (id == m_sync)
                    Q_EMIT syncProgress(done, total, text);
            });
}

QUrl InventoryController::lastUrl() const
{
    return QUrl(QSettings().value(settings::kInventoryUrl).toString());
}

InventoryServerKind InventoryController::lastKind() const
{
    return serverKindFromName(QSettings().value(settings::kInventoryKind).toString()).value_or(InventoryServerKind::NetBox);
}

void InventoryController::importFiles(const QStringList &paths)
{
    m_console->runner()->run(
        tr("Importing the inventory"),
        [paths](TaskContext &context) {
            InventoryImport import;
            qint64 done = 0;
            for (const QString &path : paths) {
                context.checkCancelled();
                context.setProgress(done++, paths.size(), path);
                import.addFile(path);
            }
            Store store = context.store();
            const InventoryChanges changes = import.apply(store);
            return tr("Inventory imported: %1 rows, %2 new, %3 changed, %4 unchanged.")
                .arg(import.batch().size()).arg(changes.inserted).arg(changes.updated).arg(changes.unchanged);
        },
        [this](const QString &summary) {
            m_console->refreshAll();
            Q_EMIT importFinished(true, summary);
        },
        [this](const QString &message) { Q_EMIT importFinished(false, tr("Nothing was imported.\n%1").arg(message)); },
        [this] { Q_EMIT importFinished(false, {}); });
}

void InventoryController::sync(const QUrl &url, InventoryServerKind kind, const std::optional<QString> &token)
{
    if (m_sync != 0)
        return;
    QSettings settings;
    settings.setValue(settings::kInventoryUrl, url.toString());
    settings.setValue(settings::kInventoryKind, serverKindName(kind));
    const std::shared_ptr<SecretStore> secrets = m_secrets;
    const auto delay = m_retryDelay;
    Q_EMIT syncRunning(true);
    m_sync = m_console->runner()->run(
        tr("Syncing the inventory with %1").arg(url.host()),
        [url, kind, token, secrets, delay](TaskContext &context) {
            // The keychain blocks until it answers: here on the pool, never on the GUI thread.
            const std::optional<QString> secret = token ? token : secrets->read(inventoryTokenKey(url));
            if (!secret || secret->isEmpty())
                throw InventorySyncError(tr("No token for %1 in the keychain: enter one.").arg(url.host()));
            InventorySync sync(url, kind, *secret);
            sync.setRetryDelay(delay);
            sync.setCancelCheck([&context] { return context.isCancelled(); });
            sync.setProgress([&context](qint64 done, qint64 total, const QString &text) { context.setProgress(done, total, text); });
            Store store = context.store();
            const InventorySyncReport report = sync.run(store);
            if (token)
                secrets->write(inventoryTokenKey(url), *token);
            QString summary = report.summary();
            if (!report.notes.isEmpty())
                summary += QLatin1Char(' ') + tr("%n note(s); the first: %1", nullptr, int(report.notes.size())).arg(report.notes.constFirst());
            return summary;
        },
        [this](const QString &summary) {
            m_sync = 0;
            Q_EMIT syncRunning(false);
            m_console->refreshAll();
            Q_EMIT syncFinished(true, summary);
        },
        [this](const QString &message) {
            m_sync = 0;
            Q_EMIT syncRunning(false);
            Q_EMIT syncFinished(false, message);
        },
        [this] {
            m_sync = 0;
            Q_EMIT syncRunning(false);
            Q_EMIT syncFinished(false, {});
        });
}

void InventoryController::cancelSync()
{
    if (m_sync != 0)
        m_console->runner()->cancel(m_sync);
}

} // namespace nocdesk
