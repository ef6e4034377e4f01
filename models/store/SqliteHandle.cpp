#include "SqliteHandle.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace nocdesk {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    // Asked once: every connection of the process goes through the same driver plugin.
    static const bool sameLibrary = [&db] {
        QSqlQuery version(db);
        return version.exec(QStringLiteral("SELECT sqlite_version()")) && version.next()
            && version.value(0).toString() == QLatin1String(sqlite3_libversion());
    }();
    return sameLibrary ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
}

} // namespace nocdesk
