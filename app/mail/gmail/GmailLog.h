#pragma once

#include <QLoggingCategory>

// nocdesk.gmail: requests (method and path only), retries, token refreshes. Never a token,
// a code, a body or a query string: those can carry secrets or mail.
Q_DECLARE_LOGGING_CATEGORY(lcGmail)
