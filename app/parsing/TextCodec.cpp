#include "TextCodec.h"

#include <QStringDecoder>

#include <uchardet/uchardet.h>

#include <iconv.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <optional>

namespace nocdesk::parsing {

bool isAscii(const QByteArray &bytes)
{
    // eight bytes at a time: every part and every HTML notice goes through here
    const char *const p = bytes.constData();
    const qsizetype n = bytes.size();
    quint64 bits = 0;
    qsizetype i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 w;
        memcpy(&w, p + i, 8);
        bits |= w;
    }
    for (; i < n; ++i)
        bits |= static_cast<uchar>(p[i]);
    return (bits & 0x8080808080808080ULL) == 0;
}

namespace {
bool isValidUtf8(const QByteArray &bytes)
{
    // Validates in place; decoding to a QString only to ask hasError() allocated the whole text.
    return QByteArrayView(bytes).isValidUtf8();
}

// QString::fromUtf8 drops a leading byte-order mark; the shortcuts below must too.
QByteArray withoutBom(const QByteArray &bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
}

bool namesUtf8(const QByteArray &cs)
{
    return cs == "utf-8" || cs == "utf8" || cs == "us-ascii";
}

QByteArray guessCharset(const QByteArray &bytes)
{
    std::unique_ptr<std::remove_pointer_t<uchardet_t>, void (*)(uchardet_t)> ud(uchardet_new(),
                                                                               uchardet_delete);
    if (!ud)
        return {};
    // Only the lines with non-ASCII bytes tell charsets apart; on a large, mostly ASCII notice
    // feeding just those keeps the guess as good and several times cheaper.
    QByteArray sample;
    if (bytes.size() > 8192) {
        qsizetype lineStart = 0;
        for (qsizetype i = 0; i <= bytes.size() && sample.size() < 16384; ++i) {
            if (i == bytes.size() || bytes.at(i) == '\n') {
                const QByteArray line = bytes.mid(lineStart, i - lineStart + 1);
                if (!isAscii(line))
                    sample += line;
                lineStart = i + 1;
            }
        }
    }
    const QByteArray &input = sample.isEmpty() ? bytes : sample;
    if (uchardet_handle_data(ud.get(), input.constData(), size_t(input.size())) != 0)
        return {};
    uchardet_data_end(ud.get());
    return QByteArray(uchardet_get_charset(ud.get()));
}

// iconv straight from glibc: vmime's converter goes through its stream adapters and costs
// several times more on the same bytes. Invalid sequences are skipped, never fatal.
std::optional<QByteArray> iconvToUtf8(const QByteArray &bytes, const QByteArray &charset)
{
    iconv_t cd = iconv_open("UTF-8//IGNORE", charset.constData());
    if (cd == iconv_t(-1))
        return std::nullopt;
    QByteArray out(bytes.size() * 4 + 16, Qt::Uninitialized);
    char *in = const_cast<char *>(bytes.constData());
    size_t inLeft = size_t(bytes.size());
    size_t written = 0;
    while (inLeft > 0) {
        char *dst = out.data() + written;
        size_t outLeft = size_t(out.size()) - written;
        const size_t rc = iconv(cd, &in, &inLeft, &dst, &outLeft);
        written = size_t(out.size()) - outLeft;
        if (rc != size_t(-1))
            break;
        if (errno == E2BIG) {
            out.resize(out.size() * 2);
        } else if ((errno == EILSEQ || errno == EINVAL) && inLeft > 0) {
            ++in; // skip one undecodable byte
            --inLeft;
        } else {
            break; // //IGNORE reports skipped input once everything is consumed
        }
    }
    iconv_close(cd);
    out.truncate(qsizetype(written));
    return out;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}
} // namespace

QByteArray convertToUtf8(const QByteArray &bytes, const QByteArray &charset)
{
    const QByteArray cs = charset.trimmed().toLower();
    const bool ascii = isAscii(bytes);
    if (ascii || cs == "utf-8" || cs == "utf8" || cs == "us-ascii") {
        if (ascii || isValidUtf8(bytes))
            return bytes;
        return decodeGuessingCharset(bytes).toUtf8();
    }
    if (cs.isEmpty())
        return decodeGuessingCharset(bytes).toUtf8();
    if (const auto converted = iconvToUtf8(bytes, cs))
        return *converted;
    return decodeGuessingCharset(bytes).toUtf8();
}

QString decodeGuessingCharset(const QByteArray &bytes)
{
    if (isAscii(bytes) || isValidUtf8(bytes))
        return QString::fromUtf8(bytes);
    // UTF-16 with a byte-order mark is common in CSV attachments.
    if (bytes.size() >= 2 && ((uchar(bytes[0]) == 0xFF && uchar(bytes[1]) == 0xFE)
                              || (uchar(bytes[0]) == 0xFE && uchar(bytes[1]) == 0xFF))) {
        QStringDecoder dec(uchar(bytes[0]) == 0xFF ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                           QStringDecoder::Flag::Stateless);
        return QString(dec.decode(bytes.mid(2)));
    }
    const QByteArray cs = guessCharset(bytes);
    if (!cs.isEmpty() && cs.toLower() != "ascii" && cs.toLower() != "utf-8") {
        if (const auto converted = iconvToUtf8(bytes, cs))
            return QString::fromUtf8(*converted);
    }
    return QString::fromLatin1(bytes);
}

QByteArray decodeQuotedPrintable(const QByteArray &in)
{
    const qsizetype n = in.size();
    const char *src = in.constData();
    const char *eq = static_cast<const char *>(memchr(src, '=', size_t(n)));
    if (!eq)
        return in;
    QByteArray out(n, Qt::Uninitialized);
    char *dst = out.data();
    qsizetype o = 0;
    qsizetype i = 0;
    while (i < n) {
        // copy up to the next '=' in one go: HTML has one every few dozen bytes at most
        const char *next = static_cast<const char *>(memchr(src + i, '=', size_t(n - i)));
        const qsizetype stop = next ? qsizetype(next - src) : n;
        memcpy(dst + o, src + i, size_t(stop - i));
        o += stop - i;
        i = stop;
        if (i == n)
            break;
        // src[i] == '='
        if (i + 1 < n && src[i + 1] == '\n') { i += 2; continue; }
        if (i + 2 < n && src[i + 1] == '\r' && src[i + 2] == '\n') { i += 3; continue; }
        if (i + 2 < n) {
            const int h = hexValue(src[i + 1]), l = hexValue(src[i + 2]);
            if (h >= 0 && l >= 0) {
                dst[o++] = char(h * 16 + l);
                i += 3;
                continue;
            }
        }
        if (i + 1 == n) // a trailing "=" is a soft break without a newline
            break;
        dst[o++] = '=';
        ++i;
    }
    out.truncate(o);
    return out;
}

QString decodeDeclared(const QByteArray &bytes, const QByteArray &charset)
{
    const QByteArray cs = charset.trimmed().toLower();
    if (cs.isEmpty())
        return decodeGuessingCharset(bytes);
    if (namesUtf8(cs))
        return QString::fromUtf8(bytes); // declared: undecodable bytes become U+FFFD
    if (const auto converted = iconvToUtf8(bytes, cs))
        return QString::fromUtf8(*converted);
    return decodeGuessingCharset(bytes);
}

QByteArray utf8GuessingCharset(const QByteArray &bytes)
{
    if (isValidUtf8(bytes))
        return withoutBom(bytes);
    // decodeGuessingCharset(bytes).toUtf8() without its UTF-16 round trip: what iconv makes of
    // the guessed charset is UTF-8 already, and for valid UTF-8 QString::fromUtf8 followed by
    // toUtf8 only drops a leading byte-order mark. (A notice in a legacy charset went
    // UTF-8 -> UTF-16 -> UTF-8 whole, after the checks above were made a second time.)
    if (bytes.size() >= 2 && ((uchar(bytes[0]) == 0xFF && uchar(bytes[1]) == 0xFE)
                              || (uchar(bytes[0]) == 0xFE && uchar(bytes[1]) == 0xFF)))
        return decodeGuessingCharset(bytes).toUtf8();
    const QByteArray cs = guessCharset(bytes);
    if (!cs.isEmpty() && cs.toLower() != "ascii" && cs.toLower() != "utf-8") {
        if (const auto converted = iconvToUtf8(bytes, cs))
            return isValidUtf8(*converted) ? withoutBom(*converted) : QString::fromUtf8(*converted).toUtf8();
    }
    return QString::fromLatin1(bytes).toUtf8();
}

QByteArray utf8Declared(const QByteArray &bytes, const QByteArray &charset)
{
    const QByteArray cs = charset.trimmed().toLower();
    if ((cs.isEmpty() || namesUtf8(cs)) && isValidUtf8(bytes))
        return withoutBom(bytes);
    // decodeDeclared(bytes, charset).toUtf8(), step by step, iconv's UTF-8 kept as it is
    if (cs.isEmpty())
        return utf8GuessingCharset(bytes);
    if (namesUtf8(cs))
        return QString::fromUtf8(bytes).toUtf8(); // invalid sequences become U+FFFD
    if (const auto converted = iconvToUtf8(bytes, cs))
        return isValidUtf8(*converted) ? withoutBom(*converted) : QString::fromUtf8(*converted).toUtf8();
    return utf8GuessingCharset(bytes);
}

} // namespace nocdesk::parsing
