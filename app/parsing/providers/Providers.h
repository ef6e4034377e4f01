#pragma once

#include "../Provider.h"

// One factory per provider; ProviderRegistry.cpp lists them.
namespace nocdesk::parsing::providers {

ProviderSpec makeGenericProvider();
ProviderSpec makeArelion();
ProviderSpec makeNtt();
ProviderSpec makePacketFabric();
ProviderSpec makeEuNetworks();
ProviderSpec makeZayo();
ProviderSpec makeTelstra();
ProviderSpec makeGtt();
ProviderSpec makeLumen();
ProviderSpec makeBso();
ProviderSpec makeEquinix();
ProviderSpec makeVerizon();
ProviderSpec makeColt();
ProviderSpec makeAws();
ProviderSpec makeApple();
ProviderSpec makeTurkcell();
ProviderSpec makeWindstream();
ProviderSpec makeMegaport();
ProviderSpec makeCogent();
ProviderSpec makeAtt();
ProviderSpec makeAquaComms();
ProviderSpec makeGlobalCloudXchange();
ProviderSpec makeGoogle();
ProviderSpec makeMomentum();
ProviderSpec makeCrownCastle();
ProviderSpec makeTata();
ProviderSpec makePccw();
ProviderSpec makeHgc();
ProviderSpec makeSeaborn();
ProviderSpec makeSparkle();
ProviderSpec makeNetflix();

} // namespace nocdesk::parsing::providers
