#include "EventFolder.h"

#include <QCoreApplication>

namespace nocdesk {

namespace {
const QString kFlapping = QStringLiteral("INTERFACE_FLAPPING");
const QChar kSeparator(0x1f);
} // namespace

void EventFolder::add(Event event)
{
    const qint64 nowMs = (event.receivedAt.isValid() ? event.receivedAt : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
    prune(nowMs);

    const QString interface = event.values.value(QStringLiteral("interface")).toString();
    const bool transition = !interface.isEmpty()
        && (event.kind == QLatin1String("INTERFACE_DOWN") || event.kind == QLatin1String("INTERFACE_UP"));
    if (transition && m_config.flapTransitions > 1) {
        const QString flapKey = kFlapping + kSeparator + event.host + kSeparator + interface;
        // Already flapping: this transition is one more of it.
        if (foldInto(flapKey, nowMs, m_config.flapWindowMs, 1))
            return;
        QList<qint64> &times = m_transitions[flapKey];
        times.append(nowMs);
        while (!times.isEmpty() && nowMs - times.constFirst() > m_config.flapWindowMs)
            times.removeFirst();
        if (times.size() >= m_config.flapTransitions) {
            Event flapping = event;
            flapping.kind = kFlapping;
            flapping.message = QCoreApplication::translate("nocdesk::EventFolder",
                                                           "Interface %1 went down and up %2 times in %3 s; still flapping while this count grows")
                                   .arg(interface)
                                   .arg(times.size())
                                   .arg(qMax<qint64>(1, (nowMs - times.constFirst()) / 1000));
            flapping.values.insert(QStringLiteral("transitions"), int(times.size()));
            times.clear();
            addRow(std::move(flapping), flapKey, nowMs);
            return;
        }
    }

    const QString key = event.host + kSeparator + event.code + kSeparator
        + (event.parseError.isEmpty() ? event.message : QString::fromUtf8(event.raw));
    if (foldInto(key, nowMs, m_config.identicalWindowMs, 1))
        return;
    addRow(std::move(event), key, nowMs);
}

bool EventFolder::foldInto(const QString &key, qint64 nowMs, int windowMs, int times)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end() || nowMs - it->lastMs > windowMs)
        return false;
    if (nowMs - it->firstMs > windowMs && !key.startsWith(kFlapping))
        return false; // identical lines fold within one window from the first, not forever
    if (it->pendingIndex >= 0) {
        m_rows[it->pendingIndex].count += times;
    } else if (it->rowId > 0) {
        m_increments[it->rowId] += times;
    } else {
        return false; // on its way to the store, id not known yet: start a new row
    }
    it->lastMs = nowMs;
    m_folded += quint64(times);
    return true;
}

void EventFolder::addRow(Event event, const QString &key, qint64 nowMs)
{
    const quint64 generation = ++m_generation;
    m_entries.insert(key, {nowMs, nowMs, int(m_rows.size()), 0, generation});
    m_rows.append(std::move(event));
    m_rowKeys.append({key, generation});
}

QList<Event> EventFolder::takeRows()
{
    for (const RowKey &rowKey : std::as_const(m_rowKeys)) {
        auto it = m_entries.find(rowKey.key);
        if (it != m_entries.end() && it->generation == rowKey.generation)
            it->pendingIndex = -1;
    }
    if (!m_rowKeys.isEmpty())
        m_taken.enqueue(std::exchange(m_rowKeys, {}));
    return std::exchange(m_rows, {});
}

QHash<qint64, int> EventFolder::takeIncrements() { return std::exchange(m_increments, {}); }

void EventFolder::rowsStored(const QList<qint64> &ids)
{
    // Called once per batch taken, in order; empty ids when that batch could not be stored.
    if (m_taken.isEmpty())
        return;
    const QList<RowKey> keys = m_taken.dequeue();
    for (qsizetype i = 0; i < keys.size() && i < ids.size(); ++i) {
        auto it = m_entries.find(keys.at(i).key);
        if (it != m_entries.end() && it->generation == keys.at(i).generation)
            it->rowId = ids.at(i);
    }
}

void EventFolder::prune(qint64 nowMs)
{
    // Once a second is enough: entries only matter within the longest window.
    if (nowMs - m_lastPruneMs < 1000)
        return;
    m_lastPruneMs = nowMs;
    const qint64 horizon = qMax(m_config.identicalWindowMs, m_config.flapWindowMs);
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (nowMs - it->lastMs > horizon && it->pendingIndex < 0)
            it = m_entries.erase(it);
        else
            ++it;
    }
    for (auto it = m_transitions.begin(); it != m_transitions.end();) {
        if (it->isEmpty() || nowMs - it->constLast() > m_config.flapWindowMs)
            it = m_transitions.erase(it);
        else
            ++it;
    }
}

} // namespace nocdesk
