#pragma once

namespace nocdesk {

class CliContext;

// nocdesk-cli inventory import|sync|list.
int runInventoryCommand(CliContext &context);

} // namespace nocdesk
