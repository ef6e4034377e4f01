#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <stdexcept>

namespace nocdesk {

// Where a CSV (or JSON) input is wrong: 1-based line and column, 0 when not known.
class InventoryInputError : public std::runtime_error
{
public:
    // what() is text(), so a pool task that fails with it shows the position too.
    InventoryInputError(const QString &file, int line, int column, const QString &message)
        : std::runtime_error(format(file, line, column, message).toStdString()), m_file(file), m_line(line),
          m_column(column), m_message(message)
    {
    }
    [[nodiscard]] QString file() const { return m_file; }
    [[nodiscard]] int line() const { return m_line; }
    [[nodiscard]] int column() const { return m_column; }
    [[nodiscard]] QString message() const { return m_message; }
    // "file:line:column: message", as compilers print it, so editors jump to the cell.
    [[nodiscard]] QString text() const { return format(m_file, m_line, m_column, m_message); }

private:
    static QString format(const QString &file, int line, int column, const QString &message);

    QString m_file;
    int m_line;
    int m_column;
    QString m_message;
};

struct CsvRow
{
    int line = 0; // the physical line the row starts on
    QStringList fields;
};

// RFC 4180 CSV through libcsv (strict: a stray quote is an error), as spreadsheets write it:
// UTF-8 with or without a byte-order mark, CRLF or LF, quoted fields that hold the separator or
// a newline. The separator is what the header line uses most of comma, semicolon (spreadsheets
// in locales with a decimal comma) and tab. Blank lines are skipped. Throws InventoryInputError
// naming fileName, the line and the column.
[[nodiscard]] QList<CsvRow> readCsv(const QByteArray &data, const QString &fileName);

} // namespace nocdesk
