#pragma once

#include "SecretStore.h"

#include <QString>

namespace nocdesk {

// The product's secret store: QtKeychain, which on Linux talks to the Secret Service (GNOME
// Keyring, KWallet) through libsecret. Every call blocks until the keyring answers, so it works
// the same from a QThreadPool task and from the CLI's main thread; it needs a
// QCoreApplication. A keyring that is absent, locked or refuses raises SecretStoreError with a
// message an operator can act on.
class KeychainSecretStore : public SecretStore
{
public:
    // service: the name entries are filed under in the keyring. timeoutSeconds: how long a
    // call waits for a keyring that does not answer (an unanswered unlock prompt, a hung
    // daemon) before it fails.
    explicit KeychainSecretStore(QString service = QStringLiteral("nocdesk"), int timeoutSeconds = 60);

    [[nodiscard]] std::optional<QString> read(const QString &key) override;
    void write(const QString &key, const QString &secret) override;
    void remove(const QString &key) override;


private:
    QString m_service;
    int m_timeoutSeconds;
};

} // namespace nocdesk
