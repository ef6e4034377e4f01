#pragma once

#include <QJsonObject>

namespace nocdesk {

class Store;

// The store's inventory as the JSON document `inventory import` reads (the same field names as
// the CSV columns), so a list can be edited and imported again.
[[nodiscard]] QJsonObject inventoryToJson(const Store &store);

} // namespace nocdesk
