#pragma once

#include <QByteArray>
#include <QString>

namespace nocdesk::parsing {

// Bytes of unknown charset to text: UTF-8 when valid, otherwise what uchardet guesses,
// otherwise Latin-1 (which cannot fail).
[[nodiscard]] QString decodeGuessingCharset(const QByteArray &bytes);
// Bytes in a declared charset to UTF-8 (iconv through vmime); falls back to guessing
// when the charset is unknown.
[[nodiscard]] QByteArray convertToUtf8(const QByteArray &bytes, const QByteArray &charset);
// Bytes in a charset the content itself declares (an HTML <meta>): trusted, so invalid
// sequences are replaced instead of guessing again; guessed when `charset` is empty.
[[nodiscard]] QString decodeDeclared(const QByteArray &bytes, const QByteArray &charset);
// decodeGuessingCharset(bytes).toUtf8() and decodeDeclared(bytes, charset).toUtf8(), without
// the round trip through UTF-16 when the bytes are valid UTF-8 already (the common case: a
// large HTML notice was decoded and re-encoded whole for nothing).
[[nodiscard]] QByteArray utf8GuessingCharset(const QByteArray &bytes);
[[nodiscard]] QByteArray utf8Declared(const QByteArray &bytes, const QByteArray &charset);
// Python's quopri.decodestring: "=XX" and soft line breaks decoded, anything else kept.
[[nodiscard]] QByteArray decodeQuotedPrintable(const QByteArray &in);
[[nodiscard]] bool isAscii(const QByteArray &bytes);

} // namespace nocdesk::parsing
