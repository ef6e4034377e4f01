#include "Notification.h"

#include "TextCodec.h"
#include "VmimePlatform.h"

#include <vmime/vmime.hpp>
#include <vmime/contentTypeField.hpp>

#include <algorithm>

namespace nocdesk::parsing {

namespace {

constexpr int kMaxDepth = 32; // nested message/rfc822 bombs must not recurse without bound

QString fromStd(const vmime::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QByteArray bytesOf(const vmime::shared_ptr<const vmime::contentHandler> &contents)
{
    vmime::string out;
    vmime::utility::outputStreamStringAdapter os(out);
    contents->extract(os);
    return QByteArray(out.data(), qsizetype(out.size()));
}

void walk(const vmime::shared_ptr<const vmime::bodyPart> &part, Notification &n, int depth)
{
    if (depth > kMaxDepth)
        return;
    const auto header = part->getHeader();
    const auto body = part->getBody();
    vmime::mediaType type(vmime::mediaTypes::TEXT, vmime::mediaTypes::TEXT_PLAIN);
    QByteArray charset;
    if (const auto field = header->findField<vmime::contentTypeField>(vmime::fields::CONTENT_TYPE)) {
        if (const auto mt = vmime::dynamicCast<const vmime::mediaType>(field->getValue()))
            type = *mt;
        if (field->hasParameter("charset"))
            charset = QByteArray::fromStdString(field->getCharset().getName());
    }
    const QString mediaType = fromStd(type.generate()).toLower();
    if (type.getType() == vmime::mediaTypes::MULTIPART || body->getPartCount() > 0) {
        for (size_t i = 0; i < body->getPartCount(); ++i)
            walk(body->getPartAt(i), n, depth + 1);
        return;
    }
    if (type.getType() == vmime::mediaTypes::IMAGE)
        return;
    const QByteArray raw = bytesOf(body->getContents());
    if (type.getType() == vmime::mediaTypes::MESSAGE && type.getSubType() == vmime::mediaTypes::MESSAGE_RFC822) {
        auto inner = vmime::make_shared<vmime::message>();
        inner->parse(raw.toStdString());
        walk(inner, n, depth + 1);
        return;
    }
    QByteArray content = raw;
    if (type.getType() == vmime::mediaTypes::TEXT)
        content = convertToUtf8(raw, charset);
    n.parts.append(DataPart{mediaType, content});
}

QString headerText(const vmime::shared_ptr<const vmime::header> &header, const char *name)
{
    const auto field = header->findField(name);
    if (!field)
        return {};
    // Unfolding removes the line breaks only; the spacing a sender chose is kept.
    QString value;
    if (const auto text = vmime::dynamicCast<const vmime::text>(field->getValue()))
        value = fromStd(text->getConvertedText(vmime::charsets::UTF_8));
    else
        value = fromStd(field->getValue()->generate());
    value.remove(QLatin1Char('\r')).remove(QLatin1Char('\n'));
    return value.trimmed();
}

} // namespace

void Notification::addRaw(const QString &type, const QByteArray &content)
{
    parts.append(DataPart{type, content});
}

Notification Notification::fromRaw(const QString &type, const QByteArray &content)
{
    Notification n;
    n.addRaw(type, content);
    return n;
}

Notification Notification::fromEmail(const QByteArray &message)
{
    ensureVmimePlatform();
    Notification n;
    try {
        auto msg = vmime::make_shared<vmime::message>();
        msg->parse(vmime::string(message.constData(), size_t(message.size())));
        walk(msg, n, 0);
        const auto header = msg->getHeader();
        const QString subject = headerText(header, vmime::fields::SUBJECT);
        if (header->hasField(vmime::fields::SUBJECT))
            n.parts.append(DataPart{PartType::subject(), subject.toUtf8()});
        if (const auto date = header->findField(vmime::fields::DATE)) {
            // The raw header text, as a provider wrote it; parsers read it themselves.
            const vmime::string raw = date->getValue()->generate();
            n.parts.append(DataPart{PartType::date(), QByteArray::fromStdString(raw).simplified()});
        }
        if (const auto from = header->findField(vmime::fields::FROM)) {
            if (const auto mb = vmime::dynamicCast<const vmime::mailbox>(from->getValue()))
                n.sender = fromStd(mb->getEmail().toString()).toLower();
        }
    } catch (const std::exception &) {
        // A broken message keeps the parts read so far; providers then report what is missing.
    }
    std::stable_sort(n.parts.begin(), n.parts.end(),
                     [](const DataPart &a, const DataPart &b) { return a.type < b.type; });
    QList<DataPart> unique;
    unique.reserve(n.parts.size());
    for (const DataPart &p : std::as_const(n.parts)) {
        const bool seen = std::any_of(unique.cbegin(), unique.cend(), [&](const DataPart &u) {
            return u.type == p.type && u.content == p.content;
        });
        if (!seen)
            unique.append(p);
    }
    n.parts = unique;
    return n;
}

} // namespace nocdesk::parsing
