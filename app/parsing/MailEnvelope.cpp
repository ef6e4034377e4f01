#include "MailEnvelope.h"

#include "VmimePlatform.h"
#include "VmimeText.h"

#include <QRegularExpression>

#include <vmime/vmime.hpp>

namespace nocdesk::parsing {

namespace {

// The header ends at the first empty line; a message without a body is all header.
QByteArray headerBlock(const QByteArray &message)
{
    qsizetype end = message.indexOf("\r\n\r\n");
    // Only an earlier bare-LF blank line matters: in a CRLF message a search of the whole
    // message for one would read all of it, attachments included.
    const qsizetype lf = QByteArrayView(message).first(end < 0 ? message.size() : end + 1).indexOf("\n\n");
    if (end < 0 || (lf >= 0 && lf < end))
        end = lf;
    return end < 0 ? message : message.left(end + 1);
}

// Only the lines of the fields named (lower case), each with its folded continuation lines.
// vmime parses and types every field it is given, and provider mail carries dozens of
// Received, DKIM and ARC fields: parsing them all cost several times what the four fields the
// envelope reads cost.
QByteArray onlyFields(const QByteArray &block, const QList<QByteArray> &names)
{
    QByteArray out;
    bool keep = false;
    for (qsizetype pos = 0; pos < block.size();) {
        const qsizetype newline = block.indexOf('\n', pos);
        const qsizetype next = newline < 0 ? block.size() : newline + 1;
        const QByteArrayView line(block.constData() + pos, next - pos);
        const bool continuation = line.startsWith(' ') || line.startsWith('\t');
        if (!continuation) {
            const qsizetype colon = line.indexOf(':');
            keep = colon > 0 && names.contains(line.first(colon).trimmed().toByteArray().toLower());
        }
        if (keep)
            out += line;
        pos = next;
    }
    return out;
}

// The address in a header that may be a mailbox ("Zayo <mr@zayo.com>"), a bare address, or
// something vmime does not type (a custom X- header).
QString addressIn(const vmime::shared_ptr<const vmime::headerField> &field)
{
    if (const auto mb = vmime::dynamicCast<const vmime::mailbox>(field->getValue()))
        return fromVmime(mb->getEmail().toString()).toLower();
    if (const auto list = vmime::dynamicCast<const vmime::mailboxList>(field->getValue())) {
        if (list->getMailboxCount() > 0)
            return fromVmime(list->getMailboxAt(0)->getEmail().toString()).toLower();
    }
    static const QRegularExpression address(QStringLiteral(R"([^\s<>"',;:]+@[^\s<>"',;:]+)"));
    const QRegularExpressionMatch m = address.match(fromVmime(field->getValue()->generate()));
    return m.hasMatch() ? m.captured(0).toLower() : QString();
}

} // namespace

MailEnvelope readEnvelope(const QByteArray &message, const QString &senderHeader)
{
    ensureVmimePlatform();
    MailEnvelope envelope;
    try {
        const QString name = senderHeader.isEmpty() ? QStringLiteral("From") : senderHeader;
        const QByteArray block = onlyFields(headerBlock(message), {QByteArrayLiteral("message-id"), QByteArrayLiteral("subject"),
                                                                   QByteArrayLiteral("date"), name.toLatin1().toLower()});
        auto header = vmime::make_shared<vmime::header>();
        header->parse(vmime::string(block.constData(), size_t(block.size())));
        if (const auto field = header->findField(vmime::fields::MESSAGE_ID))
            envelope.messageId = fieldId(field);
        if (const auto field = header->findField(vmime::fields::SUBJECT))
            envelope.subject = headerFieldText(field);
        if (const auto field = header->findField(vmime::fields::DATE)) {
            if (const auto dt = vmime::dynamicCast<const vmime::datetime>(field->getValue())) {
                const QDateTime local(QDate(dt->getYear(), dt->getMonth(), dt->getDay()),
                                      QTime(dt->getHour(), dt->getMinute(), dt->getSecond()), Qt::OffsetFromUTC,
                                      dt->getZone() * 60);
                envelope.date = local.toUTC();
            }
        }
        if (const auto field = header->findField(name.toStdString()))
            envelope.sender = addressIn(field);
    } catch (const std::exception &) {
        // Whatever was read so far stands; the pipeline stores the message regardless.
    }
    return envelope;
}

} // namespace nocdesk::parsing
