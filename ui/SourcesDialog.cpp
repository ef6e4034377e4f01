#include "SourcesDialog.h"

#include "MailController.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace nocdesk {

namespace {

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        items << item.trimmed();
    items.removeAll(QString());
    return items;
}

QString html(const QString &text) { return text.toHtmlEscaped(); }

} // namespace

SourcesDialog::SourcesDialog(MailController *mail, QWidget *parent)
    : QDialog(parent), m_mail(mail), m_list(new QListWidget(this)), m_name(new QLineEdit(this)),
      m_kind(new QComboBox(this)), m_enabled(new QCheckBox(tr("Fetch this source"), this)),
      m_schedule(new QSpinBox(this)), m_sourceHeader(new QLineEdit(this)),
      m_allProviders(new QCheckBox(tr("Mail from any known provider"), this)), m_providers(new QLineEdit(this)),
      m_imapBox(new QGroupBox(tr("IMAP server"), this)), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)),
      m_tls(new QComboBox(this)), m_account(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_folder(new QLineEdit(this)), m_caFile(new QLineEdit(this)),
      m_gmailBox(new QGroupBox(tr("Gmail API"), this)), m_gmailAccount(new QLineEdit(this)),
      m_credentials(new QLineEdit(this)), m_labels(new QLineEdit(this)), m_scopes(new QLineEdit(this)),
      m_limitFrom(new QLineEdit(this)), m_signIn(new QPushButton(tr("Sign in…"), this)),
      m_fetch(new QPushButton(tr("Fetch now"), this)), m_remove(new QPushButton(tr("Remove"), this)),
      m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("sourcesDialog"));
    setWindowTitle(tr("Notification Sources"));
    resize(860, 560);

    // The list of sources, with Add (per kind) and Remove under it.
    m_list->setObjectName(QStringLiteral("sourceList"));
    m_list->setMinimumWidth(220);
    auto *add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("addSource"));
    auto *addMenu = new QMenu(add);
    addMenu->addAction(tr("IMAP mailbox"), this, [this] { startNew(SourceConfig::Kind::Imap); });
    addMenu->addAction(tr("Gmail API"), this, [this] { startNew(SourceConfig::Kind::Gmail); });
    add->setMenu(addMenu);
    m_remove->setObjectName(QStringLiteral("removeSource"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(m_remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    // The form: what every source has, then the kind's own settings.
    m_name->setObjectName(QStringLiteral("sourceName"));
    m_kind->addItem(tr("IMAP mailbox"), int(SourceConfig::Kind::Imap));
    m_kind->addItem(tr("Gmail API"), int(SourceConfig::Kind::Gmail));
    m_kind->addItem(tr("Files (drop or import)"), int(SourceConfig::Kind::File));
    m_schedule->setRange(0, 24 * 60);
    m_schedule->setSuffix(tr(" min"));
    m_schedule->setSpecialValueText(tr("by hand only"));
    m_sourceHeader->setPlaceholderText(QStringLiteral("From"));
    m_sourceHeader->setToolTip(tr("The header that names the provider: From, or e.g. X-Original-Sender for mail relayed by a list"));
    m_providers->setPlaceholderText(tr("zayo, arelion, …"));
    auto *common = new QFormLayout;
    common->addRow(tr("Name:"), m_name);
    common->addRow(tr("Kind:"), m_kind);
    common->addRow(QString(), m_enabled);
    common->addRow(tr("Fetch every:"), m_schedule);
    common->addRow(tr("Sender header:"), m_sourceHeader);
    common->addRow(tr("Providers:"), m_allProviders);
    common->addRow(QString(), m_providers);

    m_host->setObjectName(QStringLiteral("imapHost"));
    m_port->setObjectName(QStringLiteral("imapPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(993);
    m_tls->addItem(tr("TLS (implicit, port 993)"), QStringLiteral("implicit"));
    m_tls->addItem(tr("STARTTLS (port 143)"), QStringLiteral("starttls"));
    m_tls->addItem(tr("None — plain text, local test servers only"), QStringLiteral("none"));
    m_account->setObjectName(QStringLiteral("imapAccount"));
    m_password->setObjectName(QStringLiteral("imapPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in the keychain; leave empty to keep the stored one"));
    m_folder->setPlaceholderText(QStringLiteral("INBOX"));
    m_caFile->setPlaceholderText(tr("optional: a CA certificate (PEM) to trust besides the system's"));
    auto *caBrowse = new QPushButton(tr("Browse…"), this);
    connect(caBrowse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA certificate"), {}, tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(caBrowse);
    auto *imap = new QFormLayout(m_imapBox);
    imap->addRow(tr("Host:"), m_host);
    imap->addRow(tr("Port:"), m_port);
    imap->addRow(tr("Security:"), m_tls);
    imap->addRow(tr("Account:"), m_account);
    imap->addRow(tr("Password:"), m_password);
    imap->addRow(tr("Folder:"), m_folder);
    imap->addRow(tr("Extra CA:"), caRow);
    connect(m_tls, &QComboBox::currentIndexChanged, this, [this] {
        const QString mode = m_tls->currentData().toString();
        if (m_port->value() == 993 || m_port->value() == 143)
            m_port->setValue(mode == QLatin1String("implicit") ? 993 : 143);
    });

    m_credentials->setPlaceholderText(tr("an OAuth client or a service account (JSON from Google Cloud)"));
    auto *credentialsBrowse = new QPushButton(tr("Browse…"), this);
    connect(credentialsBrowse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Google credentials"), {}, tr("JSON files (*.json);;All files (*)"));
        if (!file.isEmpty())
            m_credentials->setText(file);
    });
    auto *credentialsRow = new QHBoxLayout;
    credentialsRow->addWidget(m_credentials, 1);
    credentialsRow->addWidget(credentialsBrowse);
    m_labels->setPlaceholderText(tr("parsed=Label_1, parsing-failed=Label_2, …"));
    m_labels->setToolTip(tr("Gmail label ids applied per outcome: %1").arg(SourceConfig::labelOutcomes().join(QStringLiteral(", "))));
    m_limitFrom->setPlaceholderText(tr("only mail whose From is one of these (relayed lists)"));
    auto *gmail = new QFormLayout(m_gmailBox);
    gmail->addRow(tr("Account:"), m_gmailAccount);
    gmail->addRow(tr("Credentials file:"), credentialsRow);
    gmail->addRow(tr("Outcome labels:"), m_labels);
    gmail->addRow(tr("Extra scopes:"), m_scopes);
    gmail->addRow(tr("Limit to From:"), m_limitFrom);

    auto *save = new QPushButton(tr("Save"), this);
    save->setObjectName(QStringLiteral("saveSource"));
    auto *validate = new QPushButton(tr("Validate"), this);
    validate->setObjectName(QStringLiteral("validateSource"));
    validate->setToolTip(tr("Connect, sign in and open the folder now, and say what was found or exactly what failed"));
    m_signIn->setObjectName(QStringLiteral("signInSource"));
    m_fetch->setObjectName(QStringLiteral("fetchSource"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(save);
    actions->addWidget(validate);
    actions->addWidget(m_signIn);
    actions->addWidget(m_fetch);
    actions->addStretch(1);

    m_result->setObjectName(QStringLiteral("sourceResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_result->setContentsMargins(6, 4, 6, 4);
    // A failure can carry a long server message and a certificate: it scrolls rather than clips.
    auto *resultArea = new QScrollArea(this);
    resultArea->setWidget(m_result);
    resultArea->setWidgetResizable(true);
    resultArea->setMinimumHeight(120);

    auto *right = new QVBoxLayout;
    right->addLayout(common);
    right->addWidget(m_imapBox);
    right->addWidget(m_gmailBox);
    right->addLayout(actions);
    right->addWidget(resultArea, 1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addLayout(right, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("Export…"), QDialogButtonBox::ActionRole);
    QPushButton *importButton = buttons->addButton(tr("Import…"), QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &SourcesDialog::exportSources);
    connect(importButton, &QPushButton::clicked, this, &SourcesDialog::importSources);
    connect(save, &QPushButton::clicked, this, &SourcesDialog::save);
    connect(validate, &QPushButton::clicked, this, &SourcesDialog::validate);
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        m_result->setText(tr("Waiting for the sign-in in your browser…"));
        m_mail->signIn(formConfig());
    });
    connect(m_fetch, &QPushButton::clicked, this, [this] {
        m_result->setText(tr("Fetching %1…").arg(html(m_name->text())));
        m_mail->fetchSource(m_name->text());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QString name = m_name->text();
        if (QMessageBox::question(this, tr("Remove source"),
                                  tr("Remove the source %1 and its password? Mail it delivered stays in the notifications.").arg(name))
            == QMessageBox::Yes)
            m_mail->removeSource(name);
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SourcesDialog::updateKindFields);
    connect(m_allProviders, &QCheckBox::toggled, m_providers, &QWidget::setDisabled);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        const QList<SourceConfig> sources = m_mail->sources();
        if (row >= 0 && row < sources.size())
            showSource(sources.at(row));
    });
    connect(m_mail, &MailController::sourcesChanged, this, &SourcesDialog::rebuildList);
    connect(m_mail, &MailController::sourceChecked, this, &SourcesDialog::showCheck);
    connect(m_mail, &MailController::sourceFetched, this, &SourcesDialog::showFetch);

    rebuildList();
    if (m_mail->sources().isEmpty())
        startNew(SourceConfig::Kind::Imap);
}

void SourcesDialog::rebuildList()
{
    const QString current = m_pendingSelection.isEmpty() ? m_name->text() : m_pendingSelection;
    m_pendingSelection.clear();
    const QSignalBlocker block(m_list);
    m_list->clear();
    int select = -1;
    for (const SourceConfig &s : m_mail->sources()) {
        const QString error = m_mail->lastError(s.name);
        auto *item = new QListWidgetItem(s.name + QStringLiteral("  (") + SourceConfig::kindName(s.kind) + QLatin1Char(')'), m_list);
        if (!error.isEmpty()) {
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setToolTip(tr("Last fetch failed: %1").arg(error));
        } else if (!s.enabled) {
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            item->setToolTip(tr("Disabled"));
        }
        if (s.name == current)
            select = m_list->count() - 1;
    }
    if (select < 0 && m_list->count() > 0 && !current.isEmpty() && m_name->isEnabled())
        return; // a new source being typed: keep the form as it is
    if (select >= 0) {
        m_list->setCurrentRow(select);
        const QString shown = m_result->text();
        const bool same = m_mail->sources().at(select).name == m_name->text().trimmed();
        showSource(m_mail->sources().at(select));
        if (same)
            m_result->setText(shown); // what Validate or Save just said stays readable
    } else if (m_list->count() > 0) {
        m_list->setCurrentRow(0);
        showSource(m_mail->sources().constFirst());
    }
}

void SourcesDialog::selectSource(const QString &name)
{
    const QList<SourceConfig> sources = m_mail->sources();
    for (int i = 0; i < sources.size(); ++i) {
        if (sources.at(i).name == name) {
            m_list->setCurrentRow(i);
            return;
        }
    }
}

void SourcesDialog::startNew(SourceConfig::Kind kind)
{
    SourceConfig fresh;
    fresh.kind = kind;
    showSource(fresh);
    m_list->clearSelection();
    m_name->setFocus();
    m_result->setText(tr("A new source: fill in the form, then Save. Validate checks it without saving."));
}

void SourcesDialog::showSource(const SourceConfig &s)
{
    m_name->setText(s.name);
    m_kind->setCurrentIndex(m_kind->findData(int(s.kind)));
    m_enabled->setChecked(s.enabled);
    m_schedule->setValue(s.scheduleMinutes);
    m_sourceHeader->setText(s.sourceHeader == QLatin1String("From") ? QString() : s.sourceHeader);
    m_allProviders->setChecked(s.attachAllProviders);
    m_providers->setText(s.providers.join(QStringLiteral(", ")));
    m_providers->setDisabled(s.attachAllProviders);
    m_host->setText(s.host);
    m_port->setValue(s.port);
    m_tls->setCurrentIndex(std::max(0, m_tls->findData(s.tls)));
    m_account->setText(s.kind == SourceConfig::Kind::Imap ? s.account : QString());
    m_password->clear();
    m_folder->setText(s.folder == QLatin1String("INBOX") ? QString() : s.folder);
    m_caFile->setText(s.caFile);
    m_gmailAccount->setText(s.kind == SourceConfig::Kind::Gmail ? s.account : QString());
    m_credentials->setText(s.credentialsFile);
    QStringList labels;
    for (auto it = s.labels.constBegin(); it != s.labels.constEnd(); ++it)
        labels << it.key() + QLatin1Char('=') + it.value();
    m_labels->setText(labels.join(QStringLiteral(", ")));
    m_scopes->setText(s.extraScopes.join(QStringLiteral(", ")));
    m_limitFrom->setText(s.limitEmailsWithNotHeaderFrom.join(QStringLiteral(", ")));
    const bool saved = !s.name.isEmpty();
    m_fetch->setEnabled(saved && s.kind != SourceConfig::Kind::File);
    m_remove->setEnabled(saved);
    if (saved) {
        const QString error = m_mail->lastError(s.name);
        const QDateTime last = m_mail->lastFetch(s.name);
        if (!error.isEmpty())
            m_result->setText(QStringLiteral("<b style='color:#b3261e'>%1</b><br>%2").arg(tr("Last fetch failed:"), html(error)));
        else if (last.isValid())
            m_result->setText(tr("Last fetched %1.").arg(QLocale().toString(last.toLocalTime(), QLocale::ShortFormat)));
        else
            m_result->setText(tr("Not fetched yet."));
    }
    updateKindFields();
}

void SourcesDialog::updateKindFields()
{
    const auto kind = SourceConfig::Kind(m_kind->currentData().toInt());
    m_imapBox->setVisible(kind == SourceConfig::Kind::Imap);
    m_gmailBox->setVisible(kind == SourceConfig::Kind::Gmail);
    m_signIn->setVisible(kind == SourceConfig::Kind::Gmail);
}

SourceConfig SourcesDialog::formConfig() const
{
    SourceConfig c;
    c.name = m_name->text().trimmed();
    c.kind = SourceConfig::Kind(m_kind->currentData().toInt());
    c.enabled = m_enabled->isChecked();
    c.scheduleMinutes = m_schedule->value();
    c.sourceHeader = m_sourceHeader->text().trimmed().isEmpty() ? QStringLiteral("From") : m_sourceHeader->text().trimmed();
    c.attachAllProviders = m_allProviders->isChecked();
    c.providers = splitList(m_providers->text());
    if (c.kind == SourceConfig::Kind::Imap) {
        c.host = m_host->text().trimmed();
        c.port = m_port->value();
        c.tls = m_tls->currentData().toString();
        c.account = m_account->text().trimmed();
        c.folder = m_folder->text().trimmed().isEmpty() ? QStringLiteral("INBOX") : m_folder->text().trimmed();
        c.caFile = m_caFile->text().trimmed();
    } else if (c.kind == SourceConfig::Kind::Gmail) {
        c.account = m_gmailAccount->text().trimmed();
        c.credentialsFile = m_credentials->text().trimmed();
        for (const QString &pair : splitList(m_labels->text()))
            c.labels.insert(pair.section(QLatin1Char('='), 0, 0).trimmed(), pair.section(QLatin1Char('='), 1).trimmed());
        c.extraScopes = splitList(m_scopes->text());
        c.limitEmailsWithNotHeaderFrom = splitList(m_limitFrom->text());
    }
    return c;
}

std::optional<QString> SourcesDialog::typedPassword() const
{
    return m_password->text().isEmpty() ? std::nullopt : std::optional<QString>(m_password->text());
}

void SourcesDialog::save()
{
    const SourceConfig c = formConfig();
    // Checked the same way an imported file is, so the dialog cannot save what the CLI refuses.
    QString error;
    (void)SourceConfig::fromFile(SourceConfig::toFile({c}), &error);
    if (!error.isEmpty()) {
        m_result->setText(QStringLiteral("<b style='color:#b3261e'>%1</b> %2").arg(tr("Not saved:"), html(error)));
        return;
    }
    m_pendingSelection = c.name;
    m_mail->saveSource(c, typedPassword());
    m_password->clear();
    m_result->setText(tr("Saved %1.").arg(html(c.name)));
}

void SourcesDialog::validate()
{
    const SourceConfig c = formConfig();
    if (const QString error = c.validationError(); !error.isEmpty()) {
        m_result->setText(QStringLiteral("<b style='color:#b3261e'>%1</b> %2").arg(tr("Cannot validate:"), html(error)));
        return;
    }
    m_result->setText(tr("Validating %1…").arg(html(c.name)));
    m_mail->validateSource(c, typedPassword());
}

void SourcesDialog::showCheck(const QString &name, const SourceCheck &check)
{
    if (!name.isEmpty() && name != m_name->text().trimmed())
        return;
    QString text = check.ok ? QStringLiteral("<b style='color:#1e7b34'>✔ %1</b>").arg(html(check.message))
                            : QStringLiteral("<b style='color:#b3261e'>✘ %1</b>").arg(html(check.message));
    for (const QString &d : check.details)
        text += QStringLiteral("<br>") + html(d);
    m_result->setText(text);
}

void SourcesDialog::showFetch(const QString &name, const FetchReport &report)
{
    if (name != m_name->text().trimmed())
        return;
    showCheck(name, {report.ok, report.failure, report.message, {}});
    rebuildList();
}

void SourcesDialog::exportSources()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export sources"), QStringLiteral("nocdesk-sources.json"),
                                                      tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    const QList<SourceConfig> sources = m_mail->sources();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(SourceConfig::toFile(sources)) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Export sources"), tr("Could not write %1: %2").arg(path, file.errorString()));
        return;
    }
    m_result->setText(tr("%n source(s) exported; passwords and tokens stay in the keychain.", nullptr, int(sources.size())));
}

void SourcesDialog::importSources()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import sources"), {}, tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    QString error;
    const QList<SourceConfig> configs = file.open(QIODevice::ReadOnly) ? SourceConfig::fromFile(file.readAll(), &error)
                                                                       : QList<SourceConfig>();
    if (error.isEmpty() && configs.isEmpty())
        error = file.isOpen() ? tr("%1 holds no sources.").arg(path) : file.errorString();
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Import sources"), tr("Nothing imported: %1").arg(error));
        return;
    }
    for (const SourceConfig &c : configs)
        m_mail->saveSource(c, std::nullopt);
    m_result->setText(tr("%n source(s) imported; enter their passwords before the first fetch.", nullptr, int(configs.size())));
}

} // namespace nocdesk
