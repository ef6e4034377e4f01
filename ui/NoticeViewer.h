#pragma once

#include "NoticeDocument.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QTabWidget;

namespace nocdesk {

class SafeMailBrowser;

// One notice of a maintenance as it arrived: From, Subject and Date; the HTML in a
// SafeMailBrowser (nothing remote is loaded; a bar says how much was held back), each text
// part as text, and the maintenance as the parser read it from this notice (JSON).
class NoticeViewer : public QDialog
{
    Q_OBJECT
public:
    explicit NoticeViewer(QWidget *parent = nullptr);

    void setNotice(const NoticeDocument &notice);
    void showError(const QString &message);

    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    // The first HTML part's viewer; nullptr when the mail has no HTML.
    [[nodiscard]] SafeMailBrowser *htmlView() const { return m_html; }

private:
    void updateBlocked();

    QLabel *m_from;
    QLabel *m_subject;
    QLabel *m_date;
    QLabel *m_blocked;
    QTabWidget *m_tabs;
    SafeMailBrowser *m_html = nullptr;
};

} // namespace nocdesk
