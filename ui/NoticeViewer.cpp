#include "NoticeViewer.h"

#include "SafeMailBrowser.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace nocdesk {

namespace {

QLabel *headerLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    // Provider text: never interpreted as rich text.
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QPlainTextEdit *textView(QWidget *parent, const QString &text, bool monospace)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setPlainText(text);
    if (monospace)
        view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

} // namespace

NoticeViewer::NoticeViewer(QWidget *parent)
    : QDialog(parent), m_from(headerLabel(this, QStringLiteral("noticeFrom"))),
      m_subject(headerLabel(this, QStringLiteral("noticeSubject"))), m_date(headerLabel(this, QStringLiteral("noticeDate"))),
      m_blocked(new QLabel(this)), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("noticeViewer"));
    setWindowTitle(tr("Notice"));
    m_tabs->setObjectName(QStringLiteral("noticeParts"));
    m_tabs->setDocumentMode(true);
    m_blocked->setObjectName(QStringLiteral("remoteContentBlocked"));
    m_blocked->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #4a3b00; padding: 4px; }"));
    m_blocked->hide();

    auto *headers = new QFormLayout;
    headers->addRow(tr("From:"), m_from);
    headers->addRow(tr("Subject:"), m_subject);
    headers->addRow(tr("Date:"), m_date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(headers);
    layout->addWidget(m_blocked);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    m_subject->setText(tr("Loading…"));
    resize(820, 640);
}

void NoticeViewer::setNotice(const NoticeDocument &notice)
{
    setWindowTitle(tr("Notice #%1").arg(notice.notificationId));
    m_from->setText(notice.from);
    m_subject->setText(notice.subject);
    m_date->setText(notice.date);
    m_tabs->clear();
    m_html = nullptr;
    for (int i = 0; i < notice.htmlParts.size(); ++i) {
        auto *view = new SafeMailBrowser(m_tabs);
        view->setObjectName(QStringLiteral("noticeHtml%1").arg(i));
        connect(view, &SafeMailBrowser::blockedChanged, this, &NoticeViewer::updateBlocked);
        view->setMail(notice.htmlParts.at(i), notice.inlineImages);
        m_tabs->addTab(view, notice.htmlParts.size() > 1 ? tr("HTML %1").arg(i + 1) : tr("HTML"));
        if (!m_html)
            m_html = view;
    }
    for (const NoticeDocument::TextPart &part : notice.textParts)
        m_tabs->addTab(textView(m_tabs, part.text, part.mediaType != QLatin1String("text/plain")), part.mediaType);
    QPlainTextEdit *json = textView(m_tabs, notice.parsedJson.isEmpty() ? tr("(nothing was parsed from this notice)")
                                                                        : QString::fromUtf8(notice.parsedJson),
                                    true);
    json->setObjectName(QStringLiteral("parsedJson"));
    m_tabs->addTab(json, tr("Parsed"));
    updateBlocked();
}

void NoticeViewer::updateBlocked()
{
    int blocked = 0;
    const QList<SafeMailBrowser *> views = m_tabs->findChildren<SafeMailBrowser *>();
    for (const SafeMailBrowser *view : views)
        blocked += int(view->blockedUrls().size());
    m_blocked->setText(tr("%n item(s) outside the mail not loaded: NocDesk never fetches the images, styles or files "
                          "a notice points to. A link opens only when you click it and confirm.",
                          nullptr, blocked));
    m_blocked->setVisible(blocked > 0);
}

void NoticeViewer::showError(const QString &message)
{
    m_subject->setText(tr("The notice could not be read: %1").arg(message));
}

} // namespace nocdesk
