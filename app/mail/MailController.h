#pragma once

#include "SourceConfig.h"
#include "SourceFetcher.h"
#include "TaskRunner.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

namespace nocdesk {

class ConsoleController;
class SecretStore;

// The console's mail side, without widgets: sources (settings in the store, secrets in the
// keychain), Validate, Fetch now and the per-source schedule, import of dropped files, re-parse
// and provider assignment. Every action is a pool task with progress and cancel; its result
// updates only the notification and maintenance rows it touched.
class MailController : public QObject
{
    Q_OBJECT
public:
    // secrets: the keychain in the product, an in-memory store in tests.
    MailController(ConsoleController *console, std::shared_ptr<SecretStore> secrets, QObject *parent = nullptr);

    // Sources as last loaded (reloadSources() refreshes them).
    [[nodiscard]] QList<SourceConfig> sources() const { return m_sources; }
    [[nodiscard]] QString lastError(const QString &sourceName) const { return m_lastErrors.value(sourceName); }
    [[nodiscard]] QDateTime lastFetch(const QString &sourceName) const { return m_lastFetch.value(sourceName); }

public Q_SLOTS:
    void reloadSources();
    // Saves the settings; a password, when given, goes to the keychain only.
    void saveSource(const nocdesk::SourceConfig &source, const std::optional<QString> &password);
    void removeSource(const QString &name);
    void validateSource(const nocdesk::SourceConfig &source, const std::optional<QString> &password);
    void signIn(const nocdesk::SourceConfig &source);
    void fetchSource(const QString &name);
    void fetchAll();
    void importPaths(const QStringList &paths);
    void reparse(const QList<qint64> &notificationIds, const QString &provider = {}, bool rememberSender = false);
    // Starts or stops the schedule: each enabled source is fetched every schedule_minutes.
    void setScheduleEnabled(bool enabled);

Q_SIGNALS:
    void sourcesChanged();
    void sourceChecked(const QString &name, const nocdesk::SourceCheck &check);
    void sourceFetched(const QString &name, const nocdesk::FetchReport &report);
    void importFinished(int stored, int duplicates, const QStringList &errors);
    // An action that has no dialog of its own to answer in failed (the status bar shows it).
    void errorOccurred(const QString &message);

private:
    void fetchDue();
    void applyChanges(const QList<qint64> &notificationIds, const QList<qint64> &maintenanceIds);

    ConsoleController *m_console;
    std::shared_ptr<SecretStore> m_secrets;
    QList<SourceConfig> m_sources;
    QHash<QString, QString> m_lastErrors;
    QHash<QString, QDateTime> m_lastFetch;
    QHash<QString, TaskId> m_fetching;   // a source is never fetched twice at once
    QTimer m_schedule;
};

} // namespace nocdesk

Q_DECLARE_METATYPE(nocdesk::SourceCheck)
Q_DECLARE_METATYPE(nocdesk::FetchReport)
