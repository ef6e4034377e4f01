#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace nocdesk {

class SqlQuery;

// Reads the rows of a SELECT without parameters, for reads that return tens of thousands of
// rows (the maintenance list). Through SQLite's C API where the connection allows it: Qt SQL
// copies every value into a QVariant and reads text as UTF-16, which SQLite converts per
// value; that was two thirds of opening the maintenance pane over 20,000 maintenances.
// Elsewhere (another driver or SQLite library) through SqlQuery, with the same results.
class RowReader
{
public:
    enum class Access {
        Fastest, // SQLite's C API where the connection allows it
        QtSql,   // always SqlQuery (what other drivers get; tests compare the two)
    };
    // Throws StoreError when the statement cannot be prepared.
    RowReader(const QSqlDatabase &db, const QString &sql, Access access = Access::Fastest);
    ~RowReader();
    RowReader(const RowReader &) = delete;
    RowReader &operator=(const RowReader &) = delete;

    // Throws StoreError when the step fails.
    bool next();
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] qint64 integer(int column) const;
    [[nodiscard]] QString text(int column) const;
    // The column's UTF-8 without a copy where it can: valid until next() (to look it up, not
    // to keep). Null for NULL.
    [[nodiscard]] QByteArray utf8(int column) const;
    // A time stored as UTC epoch seconds; invalid when the column is null.
    [[nodiscard]] QDateTime seconds(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::unique_ptr<SqlQuery> m_query;
};

// One string per distinct text of a column whose values repeat (organizers, circuit ids):
// looked up by the row's bytes, so a repeat costs a hash lookup instead of a conversion and an
// allocation, and the records share the memory. NULL stays a null string.
class TextInterner
{
public:
    QString operator()(const QByteArray &utf8)
    {
        if (utf8.isNull())
            return {};
        auto it = m_strings.constFind(utf8);
        if (it == m_strings.constEnd())
            it = m_strings.insert(QByteArray(utf8.constData(), utf8.size()), QString::fromUtf8(utf8));
        return *it;
    }

private:
    QHash<QByteArray, QString> m_strings;
};

// The enum value a column's stored name stands for (statuses, impacts), each distinct name
// converted once.
template<typename Enum>
class StoredNameLookup
{
public:
    using FromString = Enum (*)(const QString &, bool *);
    explicit StoredNameLookup(FromString fromString) : m_fromString(fromString) {}

    Enum operator()(const QByteArray &utf8)
    {
        auto it = m_values.constFind(utf8);
        if (it == m_values.constEnd())
            it = m_values.insert(QByteArray(utf8.constData(), utf8.size()), m_fromString(QString::fromUtf8(utf8), nullptr));
        return *it;
    }

private:
    FromString m_fromString;
    QHash<QByteArray, Enum> m_values;
};

} // namespace nocdesk
