#pragma once

#include "SourceConfig.h"
#include "SourceFetcher.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace nocdesk {

class MailController;

// Where an operator adds, edits and checks notification sources: one list, one form per kind,
// and Validate / Sign in / Fetch now on the source in the form. Passwords typed here go to the
// keychain only; the form never shows a stored one.
class SourcesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SourcesDialog(MailController *mail, QWidget *parent = nullptr);

    // The settings as the form holds them now (saved or not).
    [[nodiscard]] SourceConfig formConfig() const;
    [[nodiscard]] QLabel *resultLabel() const { return m_result; }
    [[nodiscard]] QListWidget *list() const { return m_list; }
    void selectSource(const QString &name);

private:
    void rebuildList();
    void showSource(const SourceConfig &source);
    void startNew(SourceConfig::Kind kind);
    void save();
    void validate();
    void showCheck(const QString &name, const SourceCheck &check);
    void showFetch(const QString &name, const FetchReport &report);
    void exportSources();
    void importSources();
    void updateKindFields();
    [[nodiscard]] std::optional<QString> typedPassword() const;

    MailController *m_mail;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QCheckBox *m_enabled;
    QSpinBox *m_schedule;
    QLineEdit *m_sourceHeader;
    QCheckBox *m_allProviders;
    QLineEdit *m_providers;
    QGroupBox *m_imapBox;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_tls;
    QLineEdit *m_account;
    QLineEdit *m_password;
    QLineEdit *m_folder;
    QLineEdit *m_caFile;
    QGroupBox *m_gmailBox;
    QLineEdit *m_gmailAccount;
    QLineEdit *m_credentials;
    QLineEdit *m_labels;
    QLineEdit *m_scopes;
    QLineEdit *m_limitFrom;
    QPushButton *m_signIn;
    QPushButton *m_fetch;
    QPushButton *m_remove;
    QLabel *m_result;
    QString m_pendingSelection;
};

} // namespace nocdesk
