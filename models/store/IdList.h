#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace nocdesk {

// Helpers for the lists a statement takes.

// "WHERE <column> IN (1,2,3)" for a list of row ids, or nothing for an empty list. Ids are
// integers we produced, so writing them into the statement is safe.
inline QString idFilter(const QString &column, const QList<qint64> &ids, const QString &keyword = QStringLiteral("WHERE"))
{
    if (ids.isEmpty())
        return {};
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return QLatin1Char(' ') + keyword + QLatin1Char(' ') + column + QStringLiteral(" IN (")
        + parts.join(QLatin1Char(',')) + QStringLiteral(") ");
}

// "?,?,?": n placeholders for an IN (...) list or a VALUES row, bound in order.
inline QString placeholders(qsizetype n)
{
    return QStringList(n, QStringLiteral("?")).join(QLatin1Char(','));
}

// The stored names of enum values (storedName overloads in models/domain), to bind to
// placeholders().
template<typename Enum>
QVariantList storedNames(const QList<Enum> &values)
{
    QVariantList names;
    names.reserve(values.size());
    for (const Enum v : values)
        names << storedName(v);
    return names;
}

} // namespace nocdesk
