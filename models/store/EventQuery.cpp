#include "EventQuery.h"

namespace nocdesk {

QStringList EventFilter::words() const { return text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts); }

bool EventFilter::isEmpty() const
{
    return host.isEmpty() && code.isEmpty() && kind.isEmpty() && !severity && !status && !from.isValid()
        && !to.isValid() && words().isEmpty();
}

bool EventFilter::operator==(const EventFilter &o) const
{
    return host == o.host && code == o.code && kind == o.kind && severity == o.severity
        && (!severity || severityOrWorse == o.severityOrWorse) && status == o.status && from == o.from && to == o.to
        && words() == o.words();
}

EventKey eventKey(const Event &e, const EventOrder &order)
{
    switch (order.key) {
    case EventSortKey::Arrival: return {QVariant(), e.id};
    case EventSortKey::Host: return {e.host, e.id};
    case EventSortKey::Severity: return {qint64(e.severity), e.id};
    case EventSortKey::Code: return {e.code, e.id};
    case EventSortKey::Kind: return {e.kind, e.id};
    case EventSortKey::Message: return {e.message, e.id};
    case EventSortKey::Status: return {storedName(e.status), e.id};
    case EventSortKey::Count: return {qint64(e.count), e.id};
    }
    return {QVariant(), e.id};
}

namespace {

// Ascending comparison of the stored values, as SQLite orders them.
int compareValues(const QVariant &a, const QVariant &b)
{
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        return a.toString().compare(b.toString(), Qt::CaseSensitive);
    const qint64 x = a.toLongLong();
    const qint64 y = b.toLongLong();
    return x < y ? -1 : x > y ? 1 : 0;
}

} // namespace

int compareKeys(const EventKey &a, const EventKey &b, const EventOrder &order)
{
    int c = order.key == EventSortKey::Arrival ? 0 : compareValues(a.value, b.value);
    if (c == 0)
        c = a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    // Severity's numbers run the other way: lower is more severe, and "descending" means worst
    // first. The id always follows the requested direction, so newest first within a value.
    if (order.key == EventSortKey::Severity && compareValues(a.value, b.value) != 0)
        c = -c;
    return order.descending ? -c : c;
}

} // namespace nocdesk
