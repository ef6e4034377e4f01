#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace nocdesk::gmail {

// name=value&name=value with every reserved character percent-encoded, for a query string or
// an application/x-www-form-urlencoded body. Not QUrlQuery: it leaves '+' as it is, and Google
// reads a '+' (as in "from:noc+alerts@example.com") as a space.
inline QByteArray formEncoded(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[name, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

} // namespace nocdesk::gmail
