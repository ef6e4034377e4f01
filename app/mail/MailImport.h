#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace nocdesk {

// The files an import of paths covers: a file is one message; a maildir (a folder with cur/
// and new/) gives every message in cur/ and new/; any other folder gives its *.eml files,
// searched recursively. Sorted, so an import is repeatable.
class MailImport
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::MailImport)
public:
    struct Collected
    {
        QStringList files;
        QStringList errors;   // paths that do not exist or cannot be read, with the reason
    };
    [[nodiscard]] static Collected collect(const QStringList &paths);
    [[nodiscard]] static bool isMaildir(const QString &folder);
};

} // namespace nocdesk
