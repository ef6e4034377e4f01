#pragma once

#include "GmailSettings.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace nocdesk::gmail {

// A messages.list search in Gmail's own syntax: "after:<epoch s>" when after is valid; the
// providers' addresses as {from:a from:b} (an OR group) while sourceHeader is From, because Gmail
// can search no other header, so a relayed mailbox is filtered after fetching; and
// limitEmailsWithNotHeaderFrom as a second {from:...} group, which keeps a relayed mailbox to
// what its relays sent.
[[nodiscard]] QString gmailSearchQuery(const GmailSettings &settings, const QDateTime &after,
                                       const QStringList &providerSenders = {});

} // namespace nocdesk::gmail
