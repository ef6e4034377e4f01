#include "CompactJson.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace nocdesk {

namespace {

void appendString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += hex[(c >> 4) & 0xF];
                out += hex[c & 0xF];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

} // namespace

QByteArray compactJson(const QVariantMap &map)
{
    QByteArray out;
    out.reserve(32 * map.size() + 2);
    out += '{';
    bool first = true;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const QVariant &value = it.value();
        const int type = value.typeId();
        if (type != QMetaType::QString && type != QMetaType::Bool && type != QMetaType::Int && type != QMetaType::LongLong)
            return QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact);
        if (!first)
            out += ',';
        first = false;
        appendString(out, it.key());
        out += ':';
        if (type == QMetaType::QString)
            appendString(out, value.toString());
        else if (type == QMetaType::Bool)
            out += value.toBool() ? "true" : "false";
        else
            out += QByteArray::number(value.toLongLong());
    }
    out += '}';
    return out;
}

} // namespace nocdesk
