#pragma once

#include <QLatin1String>
#include <QString>

#include <array>
#include <utility>

namespace nocdesk {

// The stored (and exchanged) spelling of an enum: one table per enum, so the strings in the
// database and in JSON come from exactly one place.
template<typename Enum, std::size_t N>
struct EnumNames
{
    std::array<std::pair<Enum, const char *>, N> entries;

    [[nodiscard]] QString name(Enum value) const
    {
        for (const auto &[v, text] : entries) {
            if (v == value)
                return QString::fromLatin1(text);
        }
        return {};
    }

    [[nodiscard]] Enum value(const QString &text, Enum fallback, bool *ok = nullptr) const
    {
        for (const auto &[v, name] : entries) {
            if (text.compare(QLatin1String(name), Qt::CaseInsensitive) == 0) {
                if (ok)
                    *ok = true;
                return v;
            }
        }
        if (ok)
            *ok = false;
        return fallback;
    }
};

} // namespace nocdesk
