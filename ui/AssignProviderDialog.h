#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace nocdesk {

// Names the provider of mail from an unknown sender, optionally for all its future mail.
class AssignProviderDialog : public QDialog
{
    Q_OBJECT
public:
    AssignProviderDialog(const QStringList &senders, QWidget *parent = nullptr);

    [[nodiscard]] QString provider() const;
    [[nodiscard]] bool rememberSender() const;
    [[nodiscard]] QComboBox *providerBox() const { return m_provider; }

private:
    QComboBox *m_provider;
    QCheckBox *m_remember;
};

} // namespace nocdesk
