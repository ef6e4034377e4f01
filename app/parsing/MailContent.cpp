#include "MailContent.h"

#include "TextCodec.h"
#include "VmimePlatform.h"
#include "VmimeText.h"

#include <vmime/vmime.hpp>
#include <vmime/contentTypeField.hpp>

namespace nocdesk::parsing {

namespace {

constexpr int kMaxDepth = 32; // nested message/rfc822 bombs must not recurse without bound

QByteArray bytesOf(const vmime::shared_ptr<const vmime::contentHandler> &contents)
{
    vmime::string out;
    vmime::utility::outputStreamStringAdapter os(out);
    contents->extract(os);
    return QByteArray(out.data(), qsizetype(out.size()));
}

void walk(const vmime::shared_ptr<const vmime::bodyPart> &part, MailContent &mail, MailImages images, int depth)
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
    if (type.getType() == vmime::mediaTypes::MULTIPART || body->getPartCount() > 0) {
        for (size_t i = 0; i < body->getPartCount(); ++i)
            walk(body->getPartAt(i), mail, images, depth + 1);
        return;
    }
    const bool image = type.getType() == vmime::mediaTypes::IMAGE;
    if (image && images == MailImages::Skip)
        return;
    const QByteArray raw = bytesOf(body->getContents());
    if (type.getType() == vmime::mediaTypes::MESSAGE && type.getSubType() == vmime::mediaTypes::MESSAGE_RFC822) {
        auto inner = vmime::make_shared<vmime::message>();
        inner->parse(raw.toStdString());
        walk(inner, mail, images, depth + 1);
        return;
    }
    MailLeaf leaf;
    leaf.mediaType = fromVmime(type.generate()).toLower();
    if (const auto contentId = header->findField(vmime::fields::CONTENT_ID))
        leaf.contentId = fieldId(contentId);
    leaf.content = type.getType() == vmime::mediaTypes::TEXT ? convertToUtf8(raw, charset) : raw;
    mail.leaves.append(leaf);
}

} // namespace

MailContent readMailContent(const QByteArray &message, MailImages images)
{
    ensureVmimePlatform();
    MailContent mail;
    try {
        auto msg = vmime::make_shared<vmime::message>();
        msg->parse(vmime::string(message.constData(), size_t(message.size())));
        walk(msg, mail, images, 0);
        const auto header = msg->getHeader();
        if (const auto subject = header->findField(vmime::fields::SUBJECT)) {
            mail.hasSubject = true;
            mail.subject = headerFieldText(subject);
        }
        if (const auto date = header->findField(vmime::fields::DATE)) {
            // The raw header text, as a provider wrote it; parsers read it themselves.
            mail.hasDate = true;
            mail.date = QString::fromStdString(date->getValue()->generate()).simplified();
        }
        if (const auto from = header->findField(vmime::fields::FROM)) {
            if (const auto mb = vmime::dynamicCast<const vmime::mailbox>(from->getValue())) {
                mail.sender = fromVmime(mb->getEmail().toString()).toLower();
                const QString name = fromVmime(mb->getName().getConvertedText(vmime::charsets::UTF_8)).trimmed();
                const QString address = fromVmime(mb->getEmail().toString());
                mail.from = name.isEmpty() ? address : name + QStringLiteral(" <") + address + QLatin1Char('>');
            } else {
                mail.from = headerFieldText(from);
            }
        }
    } catch (const std::exception &) {
        // A broken message keeps the parts read so far; providers then report what is missing.
    }
    return mail;
}

} // namespace nocdesk::parsing
