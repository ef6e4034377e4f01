// Providers that send only BCOP iCalendar ("maintnote") notices.
#include "Providers.h"

#include "ProviderKit.h"

namespace nocdesk::parsing::providers {

using namespace kit;

ProviderSpec makeGenericProvider()
{
    return {QStringLiteral("genericprovider"), QStringLiteral("unknown"), {}, {}, {}, {simple({icalParser()})}};
}

ProviderSpec makeArelion()
{
    return {QStringLiteral("arelion"), QStringLiteral("support@arelion.com"),
            {QStringLiteral("arelion.com"), QStringLiteral("teliacompany.com"), QStringLiteral("telia.com")},
            {}, {}, {simple({icalParser()})}};
}

ProviderSpec makeNtt()
{
    return {QStringLiteral("ntt"), QStringLiteral("noc@us.ntt.net"),
            {QStringLiteral("ntt.net"), QStringLiteral("gin.ntt.net")}, {}, {}, {simple({icalParser()})}};
}

ProviderSpec makePacketFabric()
{
    return {QStringLiteral("packetfabric"), QStringLiteral("support@packetfabric.com"),
            {QStringLiteral("packetfabric.com")}, {}, {}, {simple({icalParser()})}};
}

ProviderSpec makeEuNetworks()
{
    return {QStringLiteral("eunetworks"), QStringLiteral("noc@eunetworks.com"),
            {QStringLiteral("eunetworks.com")}, {}, {}, {simple({icalParser()})}};
}

} // namespace nocdesk::parsing::providers
