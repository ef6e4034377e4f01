#pragma once

#include <QString>

namespace nocdesk {

// Who the operator at this console is, for acknowledgements and history: the configured name,
// else the account name of the OS user.
[[nodiscard]] QString operatorName();
void setOperatorName(const QString &name);

} // namespace nocdesk
