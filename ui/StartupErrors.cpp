#include "StartupErrors.h"

#include "CliCommands.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QMessageBox>

#include <cstdio>

namespace nocdesk {

int reportStartupError(const StoreError &error)
{
    std::fprintf(stderr, "nocdesk: %s\n", qPrintable(error.message()));
    QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("nocdesk::StartupErrors", "NocDesk cannot open the database"),
                    error.message(), QMessageBox::Close);
    box.setObjectName(QStringLiteral("startupErrorDialog"));
    box.setInformativeText(QCoreApplication::translate(
        "nocdesk::StartupErrors", "Start NocDesk with --database PATH to use another file, or without it to use "
                                  "the database in your data folder."));
    box.exec();
    return ExitDatabase;
}

} // namespace nocdesk
