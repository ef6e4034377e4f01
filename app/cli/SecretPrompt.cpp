#include "SecretPrompt.h"

#include "CliCommands.h"

#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace nocdesk {

std::optional<QString> promptSecret(CliContext &context, const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    context.err() << prompt << Qt::flush;
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    std::string line;
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    context.err() << '\n';
    return QString::fromStdString(line);
}

} // namespace nocdesk
