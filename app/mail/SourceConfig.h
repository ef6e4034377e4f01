#pragma once

#include "MailPipeline.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace nocdesk {

// A notification source's settings. The JSON keys mirror the source system's configuration
// (host, port, tls, account, folder, source_header, attach_all_providers, providers,
// credentials_file, limit_emails_with_not_header_from, extra_scopes, labels), so an export file
// reads like the configuration operators already know. Never holds a secret: passwords and
// tokens live in the keychain under sourceSecretKey(name, ...).
struct SourceConfig
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::SourceConfig)
public:
    enum class Kind { Imap, Gmail, File };

    QString name;
    Kind kind = Kind::Imap;
    bool enabled = true;
    int scheduleMinutes = 5;                 // 0: fetched by hand only
    QString sourceHeader = QStringLiteral("From");
    bool attachAllProviders = true;
    QStringList providers;

    // IMAP
    QString host;
    int port = 993;
    QString tls = QStringLiteral("implicit"); // implicit, starttls, none
    QString account;
    QString folder = QStringLiteral("INBOX");
    QString caFile;                           // an extra CA to trust, besides the system's

    // Gmail API
    QString credentialsFile;
    QStringList limitEmailsWithNotHeaderFrom;
    QStringList extraScopes;
    QMap<QString, QString> labels;            // outcome ("parsed", ...) -> Gmail label id
    // Google's endpoints, overridable for a proxy or a test server; empty: Google's own.
    QString apiBaseUrl;
    QString tokenUrl;
    QString authUrl;

    [[nodiscard]] static QString kindName(Kind kind);
    [[nodiscard]] static bool kindFromName(const QString &name, Kind *kind);

    // The settings without name, kind and enabled (those have columns of their own).
    [[nodiscard]] QJsonObject settingsJson() const;
    // Everything, as one entry of an export file.
    [[nodiscard]] QJsonObject toJson() const;
    // Reads an export entry, or stored settings when name and kind are given apart. Unknown
    // keys are an error, so a typo never silently falls back to a default.
    [[nodiscard]] static SourceConfig fromJson(const QJsonObject &json, QString *error);
    [[nodiscard]] static SourceConfig fromStored(const NotificationSourceRow &row, QString *error);
    // Empty when the settings are complete, else what is missing or wrong.
    [[nodiscard]] QString validationError() const;
    [[nodiscard]] MailRouting routing() const;
    // Adds or replaces this source's row (settings only; the secret is the keychain's).
    void save(Store &store) const;

    // The export file, {"sources": [...]}: what `nocdesk-cli sources export` and the dialog's
    // Export write.
    [[nodiscard]] static QByteArray toFile(const QList<SourceConfig> &sources);
    // Reads an export file. Every entry is checked before any is returned: a file with one bad
    // entry gives an error and no sources, so an import never half-happens.
    [[nodiscard]] static QList<SourceConfig> fromFile(const QByteArray &bytes, QString *error);

    // Outcome names a Gmail label can be given for.
    [[nodiscard]] static QStringList labelOutcomes();
};

} // namespace nocdesk
