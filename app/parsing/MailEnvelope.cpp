#include "MailEnvelope.h"

#include <QRegularExpression>

#include <vmime/vmime.hpp>
#include <vmime/platforms/posix/posixHandler.hpp>

#include <mutex>

namespace nocdesk::parsing {

namespace {

QString fromStd(const vmime::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// The header ends at the first empty line; a message without a body is all header.
QByteArray headerBlock(const QByteArray &message)
{
    qsizetype end = message.indexOf("\r\n\r\n");
    const qsizetype lf = message.indexOf("\n\n");
    if (end < 0 || (lf >= 0 && lf < end))
        end = lf;
    return end < 0 ? message : message.left(end + 1);
}

QString fieldText(const vmime::shared_ptr<const vmime::headerField> &field)
{
    QString value;
    if (const auto text = vmime::dynamicCast<const vmime::text>(field->getValue()))
        value = fromStd(text->getConvertedText(vmime::charsets::UTF_8));
    else
        value = fromStd(field->getValue()->generate());
    value.remove(QLatin1Char('\r')).remove(QLatin1Char('\n'));
    return value.trimmed();
}

// The address in a header that may be a mailbox ("Zayo <mr@zayo.com>"), a bare address, or
// something vmime does not type (a custom X- header).
QString addressIn(const vmime::shared_ptr<const vmime::headerField> &field)
{
    if (const auto mb = vmime::dynamicCast<const vmime::mailbox>(field->getValue()))
        return fromStd(mb->getEmail().toString()).toLower();
    if (const auto list = vmime::dynamicCast<const vmime::mailboxList>(field->getValue())) {
        if (list->getMailboxCount() > 0)
            return fromStd(list->getMailboxAt(0)->getEmail().toString()).toLower();
    }
    static const QRegularExpression address(QStringLiteral(R"([^\s<>"',;:]+@[^\s<>"',;:]+)"));
    const QRegularExpressionMatch m = address.match(fromStd(field->getValue()->generate()));
    return m.hasMatch() ? m.captured(0).toLower() : QString();
}

} // namespace

MailEnvelope readEnvelope(const QByteArray &message, const QString &senderHeader)
{
    static std::once_flag once;
    std::call_once(once, [] { vmime::platform::setHandler<vmime::platforms::posix::posixHandler>(); });
    MailEnvelope envelope;
    try {
        const QByteArray block = headerBlock(message);
        auto header = vmime::make_shared<vmime::header>();
        header->parse(vmime::string(block.constData(), size_t(block.size())));
        if (const auto field = header->findField(vmime::fields::MESSAGE_ID)) {
            envelope.messageId = fromStd(field->getValue()->generate()).trimmed();
            if (envelope.messageId.startsWith(QLatin1Char('<')) && envelope.messageId.endsWith(QLatin1Char('>')))
                envelope.messageId = envelope.messageId.mid(1, envelope.messageId.size() - 2);
        }
        if (const auto field = header->findField(vmime::fields::SUBJECT))
            envelope.subject = fieldText(field);
        if (const auto field = header->findField(vmime::fields::DATE)) {
            if (const auto dt = vmime::dynamicCast<const vmime::datetime>(field->getValue())) {
                const QDateTime local(QDate(dt->getYear(), dt->getMonth(), dt->getDay()),
                                      QTime(dt->getHour(), dt->getMinute(), dt->getSecond()), Qt::OffsetFromUTC,
                                      dt->getZone() * 60);
                envelope.date = local.toUTC();
            }
        }
        const QString name = senderHeader.isEmpty() ? QStringLiteral("From") : senderHeader;
        if (const auto field = header->findField(name.toStdString()))
            envelope.sender = addressIn(field);
    } catch (const std::exception &) {
        // Whatever was read so far stands; the pipeline stores the message regardless.
    }
    return envelope;
}

} // namespace nocdesk::parsing
