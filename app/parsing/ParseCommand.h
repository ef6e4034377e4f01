#pragma once

#include <QStringList>
#include <QTextStream>

namespace nocdesk::parsing {

// `nocdesk-cli parse --provider ID INPUT...`; `args` are the words after "parse".
// INPUT is PATH (a whole RFC 822 message) or TYPE=PATH. Prints the JSON array of maintenances
// on `out` and returns 0, or a JSON error object on `err` and returns 2.
int runParseCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace nocdesk::parsing
