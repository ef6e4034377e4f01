#include "MailImport.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace nocdesk {

bool MailImport::isMaildir(const QString &folder)
{
    const QDir dir(folder);
    return dir.exists(QStringLiteral("cur")) && dir.exists(QStringLiteral("new"));
}

MailImport::Collected MailImport::collect(const QStringList &paths)
{
    Collected result;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            result.errors << tr("%1: no such file or folder").arg(QDir::toNativeSeparators(path));
            continue;
        }
        if (info.isFile()) {
            if (!info.isReadable())
                result.errors << tr("%1: not readable").arg(QDir::toNativeSeparators(path));
            else
                result.files << info.absoluteFilePath();
            continue;
        }
        QStringList found;
        if (isMaildir(path)) {
            // tmp/ holds messages still being written by a delivery agent: not ours to take.
            for (const QString &sub : {QStringLiteral("cur"), QStringLiteral("new")}) {
                QDirIterator it(QDir(path).filePath(sub), QDir::Files);
                while (it.hasNext())
                    found << it.next();
            }
        } else {
            QDirIterator it(path, {QStringLiteral("*.eml")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                found << it.next();
        }
        found.sort();
        result.files << found;
    }
    return result;
}

} // namespace nocdesk
