// nocdesk-cli: the same engine as the console, driven from scripts.
#include "AppPaths.h"
#include "CliCommands.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    nocdesk::AppPaths::setApplicationIdentity(app);
    nocdesk::installTranslations(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = nocdesk::runCli(app.arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
