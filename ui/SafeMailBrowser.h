#pragma once

#include <QHash>
#include <QList>
#include <QTextBrowser>
#include <QUrl>

namespace nocdesk {

// Shows a provider's HTML mail without letting it reach anything outside the mail: no remote
// image, style sheet or font is fetched (a tracking pixel would tell the sender who read the
// notice and when), no local file is read (<img src="file:///...">), and no link is followed
// by itself. Images the mail carries (cid:) and data: URLs, which need no request, are shown.
// A link opens in the browser only when the operator clicks it and confirms after reading the
// full URL: provider mail links to maintenance portals people need, but an anchor's text can
// lie about where it goes.
class SafeMailBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit SafeMailBrowser(QWidget *parent = nullptr);

    // inlineImages: the mail's images by Content-ID (without angle brackets).
    void setMail(const QString &html, const QHash<QString, QByteArray> &inlineImages);
    // What the HTML asked for and did not get, in the order it asked.
    [[nodiscard]] QList<QUrl> blockedUrls() const { return m_blocked; }

    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    // The number of blocked URLs changed.
    void blockedChanged(int count);

private:
    void confirmAndOpen(const QUrl &url);

    QHash<QString, QByteArray> m_images;
    QList<QUrl> m_blocked;
};

} // namespace nocdesk
