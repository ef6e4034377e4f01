#pragma once

#include <QString>

#include <optional>

namespace nocdesk {

class CliContext;

// Asks for a secret on the terminal without echo: nullopt when standard input is not a
// terminal (a script gets no prompt it cannot answer).
[[nodiscard]] std::optional<QString> promptSecret(CliContext &context, const QString &prompt);

} // namespace nocdesk
