#pragma once

#include "domain/InventoryBatch.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

namespace nocdesk {

class Store;

enum class InventoryServerKind { NetBox, Nautobot };

[[nodiscard]] QString serverKindName(InventoryServerKind kind);
[[nodiscard]] std::optional<InventoryServerKind> serverKindFromName(const QString &name);
// The keychain key of a server's API token: one per server, so a test NetBox and the real one
// keep their own.
[[nodiscard]] QString inventoryTokenKey(const QUrl &url);

// The lists a sync reads, as the API returns them.
struct InventoryServerData
{
    QJsonArray providers;
    QJsonArray circuits;
    QJsonArray terminations;
    QJsonArray sites;     // Nautobot 2: locations
    QJsonArray devices;
    QJsonArray interfaces;
};

struct InventorySyncReport
{
    InventoryBatch batch;
    InventoryChanges changes;
    QStringList notes; // what was left out and why (a device without a name, a circuit ending at a region)
    [[nodiscard]] QString summary() const;
};

// Mirrors NetBox's or Nautobot's providers, sites, circuits (with the sites their A and Z
// terminations land on), devices and interfaces (with the circuit their cable reaches) into the
// store. Everything is read first; the store is written in one transaction at the end, so a
// refused token, a server error, bad JSON or a cancel leaves the store as it was.
class InventorySync
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::InventorySync)
public:
    using Progress = std::function<void(qint64 done, qint64 total, const QString &text)>;

    InventorySync(QUrl url, InventoryServerKind kind, QString token);

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancelCheck(std::function<bool()> cancelled) { m_cancelled = std::move(cancelled); }
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }
    void setPageSize(int size) { m_pageSize = size; }

    // Reads every list; throws InventorySyncError, or TaskCancelled.
    [[nodiscard]] InventoryServerData fetch();
    // fetch(), then one transaction.
    InventorySyncReport run(Store &store);

    // The API's objects as inventory rows; notes collects what had to be left out.
    [[nodiscard]] static InventoryBatch toBatch(const InventoryServerData &data, QStringList *notes);

private:
    QUrl m_url;
    InventoryServerKind m_kind;
    QString m_token;
    Progress m_progress;
    std::function<bool()> m_cancelled;
    std::chrono::milliseconds m_retryDelay{2000};
    int m_pageSize = 500;
};

} // namespace nocdesk
