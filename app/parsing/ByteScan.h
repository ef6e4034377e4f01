#pragma once

#include <QByteArrayView>

#include <algorithm>
#include <cstring>

namespace nocdesk {

// One pass over text for the two questions nearly all of it answers no to: is there a byte
// above 0x7F (*high), and a control byte the caller calls stray (*stray; isStray is asked
// about bytes below 0x20 only). Eight bytes at a time; single bytes are looked at only in
// words that have one below 0x20. Header-only: the mail parsers and the syslog parser, which
// link nothing of each other, both scan every message they read.
template <typename IsStray>
void scanBytes(QByteArrayView bytes, IsStray isStray, bool *stray, bool *high)
{
    constexpr quint64 ones = 0x0101010101010101ULL, top = 0x8080808080808080ULL;
    const auto strayByte = [&isStray](char c) { return static_cast<unsigned char>(c) < 0x20 && isStray(c); };
    const char *const p = bytes.data();
    const qsizetype n = bytes.size();
    quint64 bits = 0;
    bool found = false;
    qsizetype i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 w;
        std::memcpy(&w, p + i, 8);
        bits |= w;
        if (!found && ((w - 0x20 * ones) & ~w & top)) // some byte below 0x20 (or a false alarm)
            found = std::any_of(p + i, p + i + 8, strayByte);
    }
    for (; i < n; ++i) {
        bits |= static_cast<unsigned char>(p[i]);
        found = found || strayByte(p[i]);
    }
    *stray = found;
    *high = (bits & top) != 0;
}

} // namespace nocdesk
