#pragma once

#include <QString>

#include <vmime/vmime.hpp>

namespace nocdesk {

// What the readers of mail (MailContent, MailEnvelope) take out of vmime's types, one way.

// vmime's strings hold UTF-8 (or bytes that are ASCII).
inline QString fromVmime(const vmime::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// A header field's text: decoded from its encoded words to UTF-8 when vmime types it as text,
// else as written; unfolded (the line breaks removed, the spacing a sender chose kept), trimmed.
inline QString headerFieldText(const vmime::shared_ptr<const vmime::headerField> &field)
{
    QString value;
    if (const auto text = vmime::dynamicCast<const vmime::text>(field->getValue()))
        value = fromVmime(text->getConvertedText(vmime::charsets::UTF_8));
    else
        value = fromVmime(field->getValue()->generate());
    value.remove(QLatin1Char('\r')).remove(QLatin1Char('\n'));
    return value.trimmed();
}

// The id a Message-ID or Content-ID field holds, without the angle brackets around it.
inline QString fieldId(const vmime::shared_ptr<const vmime::headerField> &field)
{
    QString id = fromVmime(field->getValue()->generate()).trimmed();
    if (id.startsWith(QLatin1Char('<')) && id.endsWith(QLatin1Char('>')))
        id = id.mid(1, id.size() - 2);
    return id;
}

} // namespace nocdesk
