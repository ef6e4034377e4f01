#pragma once

#include <QString>

#include <stdexcept>

namespace nocdesk {

// Why the store could not do what was asked. Thrown by Store methods and caught at the edge of
// each subsystem (a pool task, a CLI command), where it becomes a message for the operator.
class StoreError : public std::runtime_error
{
public:
    enum class Kind {
        CannotOpen,     // the file cannot be created or opened
        NotADatabase,   // the file is not an SQLite database at all
        NotNocDesk,     // an SQLite database that belongs to something else
        TooNew,         // written by a newer NocDesk; we do not downgrade
        MigrationFailed,
        Query,
    };

    StoreError(Kind kind, const QString &message)
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message)
    {
    }

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace nocdesk
