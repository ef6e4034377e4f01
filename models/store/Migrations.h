#pragma once

#include <QList>
#include <QStringList>

namespace nocdesk {

// One step of the schema: the statements that take a database from version - 1 to version.
// Steps are never edited once released; a change is a new step, so a database of any earlier
// version reaches the current one by running the steps after it in order.
struct Migration
{
    int version = 0;
    QStringList statements;
};

[[nodiscard]] const QList<Migration> &migrations();
[[nodiscard]] int currentSchemaVersion();

// Stored in SQLite's header (PRAGMA application_id) so a NocDesk database is recognised
// before any table is read: "NOCD".
constexpr int kApplicationId = 0x4E4F4344;

} // namespace nocdesk
