#pragma once

#include "Provider.h"

#include <QHash>
#include <QList>
#include <QString>

namespace nocdesk::parsing {

// Every provider the app knows, by id, plus aliases ("telia" is "arelion").
// Adding a provider: write providers/<Name>.cpp with a `ProviderSpec make<Name>()` and add
// one line to the table in ProviderRegistry.cpp (and its declaration in providers/Providers.h).
class ProviderRegistry
{
public:
    [[nodiscard]] static const ProviderRegistry &instance();

    [[nodiscard]] const ProviderSpec *find(const QString &id) const;
    // The provider whose sender addresses or domains match `sender`, or nullptr.
    [[nodiscard]] const ProviderSpec *findBySender(const QString &sender) const;
    [[nodiscard]] QStringList ids() const;
    // A sub-parser by its name ("HtmlParserZayo1"), for parser-level checks; nullptr if none.
    [[nodiscard]] const Parser *findParser(const QString &name) const;

private:
    ProviderRegistry();
    QList<ProviderSpec> m_providers;
    QHash<QString, qsizetype> m_index;
};

} // namespace nocdesk::parsing
