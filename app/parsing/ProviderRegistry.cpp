#include "ProviderRegistry.h"

#include "providers/Providers.h"

namespace nocdesk::parsing {

namespace {
struct Alias { const char *alias; const char *id; };
constexpr Alias kAliases[] = {{"telia", "arelion"}};
} // namespace

ProviderRegistry::ProviderRegistry()
{
    using namespace providers;
    m_providers = {
        makeGenericProvider(),
        makeArelion(),
        makeEuNetworks(),
        makeNtt(),
        makePacketFabric(),
        makeZayo(),
        makeTelstra(),
        makeGtt(),
        makeLumen(),
        makeBso(),
        makeEquinix(),
        makeVerizon(),
        makeColt(),
        makeAws(),
        makeApple(),
        makeTurkcell(),
        makeWindstream(),
        makeMegaport(),
        makeCogent(),
        makeAtt(),
        makeAquaComms(),
        makeGlobalCloudXchange(),
        makeGoogle(),
        makeMomentum(),
        makeCrownCastle(),
        makeTata(),
        makePccw(),
        makeHgc(),
        makeSeaborn(),
        makeSparkle(),
        makeNetflix(),
    };
    // BCOP is the industry's standard notice format, and providers move to it over time: a
    // provider whose own formats are something else still has its BCOP calendars understood,
    // after its own processors (so they still decide for the notices they know).
    const QString ical = icalParser().name;
    for (ProviderSpec &provider : m_providers) {
        bool speaksBcop = false;
        for (const Processor &processor : std::as_const(provider.processors)) {
            for (const Parser &parser : processor.parsers)
                speaksBcop = speaksBcop || parser.name == ical;
        }
        if (!speaksBcop)
            provider.processors.append({Processor::Kind::Simple, {icalParser()}});
    }
    for (qsizetype i = 0; i < m_providers.size(); ++i)
        m_index.insert(m_providers.at(i).id, i);
    for (const Alias &a : kAliases)
        m_index.insert(QLatin1String(a.alias), m_index.value(QLatin1String(a.id)));
}

const ProviderRegistry &ProviderRegistry::instance()
{
    static const ProviderRegistry registry;
    return registry;
}

const ProviderSpec *ProviderRegistry::find(const QString &id) const
{
    const auto it = m_index.constFind(id.toLower());
    return it == m_index.cend() ? nullptr : &m_providers.at(it.value());
}

const ProviderSpec *ProviderRegistry::findBySender(const QString &sender) const
{
    const QString s = sender.trimmed().toLower();
    if (s.isEmpty())
        return nullptr;
    const QString domain = s.section(QLatin1Char('@'), -1);
    for (const ProviderSpec &p : m_providers) {
        for (const QString &known : p.senders) {
            if (known.contains(QLatin1Char('@')) ? s == known
                                                 : (domain == known || domain.endsWith(QLatin1Char('.') + known)))
                return &p;
        }
    }
    return nullptr;
}

const Parser *ProviderRegistry::findParser(const QString &name) const
{
    for (const ProviderSpec &p : m_providers)
        for (const Processor &proc : p.processors)
            for (const Parser &parser : proc.parsers)
                if (parser.name == name)
                    return &parser;
    return nullptr;
}

QStringList ProviderRegistry::ids() const
{
    QStringList out = m_index.keys();
    out.sort();
    return out;
}

} // namespace nocdesk::parsing
