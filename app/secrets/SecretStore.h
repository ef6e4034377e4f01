#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <stdexcept>

namespace nocdesk {

// Why a secret could not be read or written: the keyring is locked, absent, or refused.
class SecretStoreError : public std::runtime_error
{
public:
    explicit SecretStoreError(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message)
    {
    }
    [[nodiscard]] QString message() const { return m_message; }

private:
    QString m_message;
};

// Where passwords and tokens live. The only implementation used by the product is the
// keychain one (QtKeychain -> Secret Service); the in-memory one serves unit tests that are not
// about the keyring. Calls block: use them from a pool thread or the CLI, never from a paint.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    // nullopt when no secret is stored under key; throws SecretStoreError when the store
    // itself fails.
    [[nodiscard]] virtual std::optional<QString> read(const QString &key) = 0;
    virtual void write(const QString &key, const QString &secret) = 0;
    // Removing a key that is not there is not an error.
    virtual void remove(const QString &key) = 0;
};

// The keychain key of a notification source's secret (password, or OAuth token set).
[[nodiscard]] inline QString sourceSecretKey(const QString &sourceName, const QString &what = QStringLiteral("password"))
{
    return QStringLiteral("source/%1/%2").arg(sourceName, what);
}

} // namespace nocdesk
