#pragma once

#include "SecretStore.h"

#include <QHash>
#include <QMutex>

namespace nocdesk {

// Secrets in a hash, for tests that exercise something other than the keyring.
class MemorySecretStore : public SecretStore
{
public:
    std::optional<QString> read(const QString &key) override
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_secrets.constFind(key);
        return it == m_secrets.constEnd() ? std::nullopt : std::optional<QString>(*it);
    }
    void write(const QString &key, const QString &secret) override
    {
        QMutexLocker lock(&m_mutex);
        m_secrets.insert(key, secret);
    }
    void remove(const QString &key) override
    {
        QMutexLocker lock(&m_mutex);
        m_secrets.remove(key);
    }

private:
    QMutex m_mutex;
    QHash<QString, QString> m_secrets;
};

} // namespace nocdesk
