#pragma once

#include "ImapClient.h"

#include <QCoreApplication>

namespace nocdesk::mail::detail {

// The tr() context of every operator-facing IMAP message, whichever file builds it.
class ImapText
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::mail::ImapClient)
};

// Thrown inside the IMAP code with the classified failure and the operator's message; the
// client turns it into a result at its edge, so no exception leaves ImapClient.
struct ImapError
{
    ImapFailure failure;
    QString message;
};

} // namespace nocdesk::mail::detail
