#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace nocdesk {

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

} // namespace nocdesk
