#include "GmailLog.h"

Q_LOGGING_CATEGORY(lcGmail, "nocdesk.gmail")
