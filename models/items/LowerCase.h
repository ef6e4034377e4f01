#pragma once

#include <QString>
#include <QStringView>

namespace nocdesk {

// Appends text lower-cased as QString::toLower does, taking a short cut while it is ASCII (ids,
// sites, provider names and most summaries are). toLower looks every character up in the
// Unicode tables, which was most of the cost of the search keys of 20,000 maintenances.
inline void appendLowerCase(QString &out, QStringView text)
{
    const qsizetype start = out.size();
    out.resize(start + text.size());
    QChar *to = out.data() + start;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x80) {
            // The rest the exact way: a lower-case form may not even have the same length.
            out.resize(start + i);
            out += text.mid(i).toString().toLower();
            return;
        }
        to[i] = QChar(c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c);
    }
}

inline QString lowerCase(QStringView text)
{
    QString out;
    appendLowerCase(out, text);
    return out;
}

} // namespace nocdesk
