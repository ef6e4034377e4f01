#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace nocdesk {

// The Qt driver's own sqlite3 connection, for the few paths where Qt SQL's cost per value
// matters (the intake's batch insert, the maintenance list's read); nullptr when the driver
// is not QSQLITE or runs on another SQLite library than the one we link, since a handle is
// only ours to use through the library that made it.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

} // namespace nocdesk
