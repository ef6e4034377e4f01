#pragma once

namespace nocdesk {

class StoreError;

// Tells the operator why the console cannot start on this database (on stderr and in a dialog)
// and returns the process exit code.
int reportStartupError(const StoreError &error);

} // namespace nocdesk
