#include "SafeMailBrowser.h"

#include <QDesktopServices>
#include <QImage>
#include <QMessageBox>
#include <QPushButton>
#include <QTextDocument>

namespace nocdesk {

SafeMailBrowser::SafeMailBrowser(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &SafeMailBrowser::confirmAndOpen);
}

void SafeMailBrowser::setMail(const QString &html, const QHash<QString, QByteArray> &inlineImages)
{
    m_images = inlineImages;
    m_blocked.clear();
    // A fresh document: resources cached for an earlier mail must not carry over.
    document()->clear();
    setHtml(html);
    Q_EMIT blockedChanged(int(m_blocked.size()));
}

QVariant SafeMailBrowser::loadResource(int type, const QUrl &name)
{
    const QString scheme = name.scheme().toLower();
    if (scheme == QLatin1String("cid")) {
        const QString id = name.path();
        const auto image = m_images.constFind(id);
        if (image != m_images.constEnd() && type == QTextDocument::ImageResource)
            return QImage::fromData(*image);
    }
    // data: is decoded by the document itself and costs no request.
    if (scheme == QLatin1String("data"))
        return {};
    if (!m_blocked.contains(name)) {
        m_blocked.append(name);
        // Asked while the document is parsed and laid out, so the count grows after setMail.
        Q_EMIT blockedChanged(int(m_blocked.size()));
    }
    // Never an empty answer: on one the document falls back to reading the URL as a local file.
    if (type == QTextDocument::ImageResource) {
        QImage blank(1, 1, QImage::Format_ARGB32);
        blank.fill(Qt::transparent);
        return blank;
    }
    return QStringLiteral(" ");
}

void SafeMailBrowser::confirmAndOpen(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const bool openable = scheme == QLatin1String("http") || scheme == QLatin1String("https")
        || scheme == QLatin1String("mailto");
    QMessageBox box(this);
    box.setWindowTitle(tr("Open Link"));
    box.setIcon(QMessageBox::Question);
    box.setTextFormat(Qt::PlainText);
    // The whole URL, as plain text: the anchor's own text may say something else.
    box.setText(openable ? tr("The notice links to:\n\n%1\n\nOpen it in your browser?").arg(url.toString())
                         : tr("The notice links to:\n\n%1\n\nNocDesk opens only http, https and mailto links.")
                               .arg(url.toString()));
    QPushButton *open = openable ? box.addButton(tr("Open in Browser"), QMessageBox::AcceptRole) : nullptr;
    box.addButton(QMessageBox::Cancel);
    box.exec();
    if (open && box.clickedButton() == open)
        QDesktopServices::openUrl(url);
}

} // namespace nocdesk
