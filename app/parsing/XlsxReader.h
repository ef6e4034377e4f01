#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace nocdesk::parsing {

// The cells of an xlsx workbook's first worksheet, as text, read with libzip and libxml2.
// Shared strings are resolved; numbers stay as written. Empty when the bytes are not an xlsx.
struct XlsxSheet
{
    QList<QStringList> rows;
    [[nodiscard]] bool isEmpty() const { return rows.isEmpty(); }
};

[[nodiscard]] XlsxSheet readFirstSheet(const QByteArray &xlsx);

} // namespace nocdesk::parsing
