#include "CompactJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>

#include <algorithm>

namespace nocdesk {

namespace {

// Writes the UTF-8 straight into out, then escapes what JSON needs escaped (rare in device
// lines) in a second pass over just that part: no per-string buffer, no per-byte append.
// False for text with a lone surrogate, which QJsonDocument writes as \uXXXX.
bool appendString(QByteArray &out, QStringView text)
{
    // Most keys and values (interface names, addresses, states) are printable ASCII that JSON
    // takes as it is: one pass copies it, without the encoder and the escape scan below.
    {
        const qsizetype start = out.size();
        const qsizetype n = text.size();
        out.resize(start + n + 2);
        char *o = out.data() + start;
        *o++ = '"';
        const char16_t *in = text.utf16();
        qsizetype i = 0;
        for (; i < n; ++i) {
            const char16_t c = in[i];
            if (c >= 0x80 || c < 0x20 || c == u'"' || c == u'\\')
                break;
            o[i] = char(c);
        }
        if (i == n) {
            o[n] = '"';
            return true;
        }
        out.truncate(start);
    }
    if (!text.isValidUtf16())
        return false;
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const qsizetype start = out.size();
    QStringEncoder encoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    out.resize(start + encoder.requiredSpace(text.size()));
    out.truncate(encoder.appendToBuffer(out.data() + start, text) - out.constData());
    auto needsEscape = [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == '"' || c == '\\'; };
    const auto first = std::find_if(out.cbegin() + start, out.cend(), needsEscape);
    if (first != out.cend()) {
        const QByteArray utf8 = out.mid(first - out.cbegin());
        out.truncate(first - out.cbegin());
        const char *run = utf8.constData();
        for (const char *p = run; p != utf8.constEnd(); ++p) {
            if (!needsEscape(*p))
                continue;
            out.append(run, p - run);
            run = p + 1;
            switch (*p) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                out += "\\u00";
                out += hex[(*p >> 4) & 0xF];
                out += hex[*p & 0xF];
            }
        }
        out.append(run, utf8.constEnd() - run);
    }
    out += '"';
    return true;
}

} // namespace

QByteArray compactJson(const QVariantMap &map)
{
    QByteArray out;
    out.reserve(32 * map.size() + 2);
    writeCompactJson(out, map);
    return out;
}

void writeCompactJson(QByteArray &out, const QVariantMap &map)
{
    out.resize(0); // keeps the capacity
    auto fallBack = [&out, &map] { out = QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact); };
    out += '{';
    bool first = true;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const QVariant &value = it.value();
        const int type = value.typeId();
        if (type != QMetaType::QString && type != QMetaType::Bool && type != QMetaType::Int && type != QMetaType::LongLong)
            return fallBack();
        if (!first)
            out += ',';
        first = false;
        if (!appendString(out, it.key()))
            return fallBack();
        out += ':';
        if (type == QMetaType::QString) {
            if (!appendString(out, *static_cast<const QString *>(value.constData())))
                return fallBack();
        } else if (type == QMetaType::Bool) {
            out += value.toBool() ? "true" : "false";
        } else {
            out += QByteArray::number(value.toLongLong());
        }
    }
    out += '}';
}

namespace {

// Writes "text" at o when it is printable ASCII JSON takes as it is (interface names,
// addresses, states: nearly every key and value of a line); returns the end, or nullptr.
char *writePlainString(char *o, QStringView text)
{
    *o++ = '"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80 || u < 0x20 || u == u'"' || u == u'\\')
            return nullptr;
        *o++ = char(u);
    }
    *o++ = '"';
    return o;
}

// Appends the members from `from` on (sorted, each key's last), escaping and encoding as
// QJsonDocument does; false when one has a lone surrogate.
bool appendMembers(QByteArray &out, const JsonMembers &members, qsizetype from, bool first)
{
    for (qsizetype i = from; i < members.size(); ++i) {
        const JsonMember &m = members.at(i);
        if (i + 1 < members.size() && members.at(i + 1).key == m.key)
            continue;
        if (!first)
            out += ',';
        first = false;
        if (!appendString(out, m.key))
            return false;
        out += ':';
        if (m.isBool)
            out += m.boolean ? "true" : "false";
        else if (!appendString(out, m.text))
            return false;
    }
    out += '}';
    return true;
}

} // namespace

void writeCompactJson(QByteArray &out, JsonMembers &members)
{
    // A QMap's order (QString's operator<, by UTF-16 code unit); stable, so of equal keys the
    // one given last stays last, and is the one a map would have kept. By insertion: a line
    // has a handful of values, and std::stable_sort allocates a buffer for every call.
    for (qsizetype i = 1; i < members.size(); ++i) {
        const JsonMember m = members.at(i);
        qsizetype j = i;
        for (; j > 0 && m.key < members.at(j - 1).key; --j)
            members[j] = members.at(j - 1);
        members[j] = m;
    }
    // Plain ASCII members go straight into room taken once: this runs for every line, and
    // growing the buffer an append at a time cost more than the writing. The first member
    // that is not plain, and all after it, go through appendString().
    qsizetype room = 2;
    for (const JsonMember &m : std::as_const(members))
        room += m.key.size() + (m.isBool ? 5 : m.text.size()) + 6;
    out.resize(room); // keeps the capacity it has
    char *const begin = out.data();
    char *o = begin;
    *o++ = '{';
    bool first = true;
    for (qsizetype i = 0; i < members.size(); ++i) {
        const JsonMember &m = members.at(i);
        if (i + 1 < members.size() && members.at(i + 1).key == m.key)
            continue;
        char *const start = o;
        if (!first)
            *o++ = ',';
        o = writePlainString(o, m.key);
        if (o) {
            *o++ = ':';
            if (m.isBool) {
                memcpy(o, m.boolean ? "true" : "false", m.boolean ? 4 : 5);
                o += m.boolean ? 4 : 5;
            } else {
                o = writePlainString(o, m.text);
            }
        }
        if (!o) {
            out.truncate(start - begin);
            if (appendMembers(out, members, i, first))
                return;
            // A lone surrogate: QJsonDocument's own escaping, through the map.
            QVariantMap map;
            for (const JsonMember &each : std::as_const(members))
                map.insert(each.key.toString(), each.isBool ? QVariant(each.boolean) : QVariant(each.text.toString()));
            return writeCompactJson(out, map);
        }
        first = false;
    }
    *o++ = '}';
    out.truncate(o - begin);
}

} // namespace nocdesk
