#include "MaintenanceFilterProxyModel.h"

#include "MaintenanceTableModel.h"

#include <QTimer>

namespace nocdesk {

bool MaintenanceFilterProxyModel::Matcher::matches(const QString &lowered) const
{
    return wildcard ? pattern.match(lowered).hasMatch() : lowered == exact;
}

bool MaintenanceFilterProxyModel::Matcher::matchesAny(const QStringList &lowered) const
{
    for (const QString &value : lowered) {
        if (matches(value))
            return true;
    }
    return false;
}

MaintenanceFilterProxyModel::Matcher MaintenanceFilterProxyModel::Matcher::from(const QString &typed)
{
    Matcher m;
    const QString lowered = typed.trimmed().toLower();
    if (lowered.isEmpty())
        return m;
    if (lowered.contains(QLatin1Char('*')) || lowered.contains(QLatin1Char('?'))) {
        // Qt 6.4's wildcard conversion keeps "*" from matching "/", which circuit ids contain:
        // escape everything, then let * and ? match anything. Anchored: "fra*" starts with fra.
        QString regex = QRegularExpression::escape(lowered);
        regex.replace(QStringLiteral("\\*"), QStringLiteral(".*")).replace(QStringLiteral("\\?"), QStringLiteral("."));
        m.pattern = QRegularExpression(QRegularExpression::anchoredPattern(regex));
        m.pattern.optimize();
        m.wildcard = true;
    } else {
        m.exact = lowered;
    }
    return m;
}

MaintenanceFilterProxyModel::MaintenanceFilterProxyModel(MaintenanceTableModel *source, QObject *parent)
    : PaneFilterProxyModel(parent), m_source(source), m_clock([] { return QDateTime::currentDateTimeUtc(); }),
      m_clockTimer(new QTimer(this))
{
    setSourceModel(source);
    m_clockTimer->setInterval(60 * 1000);
    connect(m_clockTimer, &QTimer::timeout, this, [this] {
        readClock();
        invalidateFilter();
    });
    readClock();
}

void MaintenanceFilterProxyModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    readClock();
    if (m_filter.time != MaintenanceFilter::Time::Any)
        refilter();
}

void MaintenanceFilterProxyModel::readClock() { m_now = m_clock(); }

MaintenanceFilter MaintenanceFilterProxyModel::filter() const { return m_filter; }

void MaintenanceFilterProxyModel::setFilter(const MaintenanceFilter &filter)
{
    if (filter == m_filter)
        return;
    readClock();
    m_filter = filter;
    m_provider = Matcher::from(filter.provider);
    m_site = Matcher::from(filter.site);
    m_circuit = Matcher::from(filter.circuit);
    m_loweredWords = filter.text.toLower().simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    updateClockTimer();
    refilter();
}

// A new filter can drop or bring back thousands of rows scattered through the order. Told row
// range by row range (invalidateFilter), a view spends seconds on 20,000 rows; filtering and
// sorting everything again and telling it once (a layout change, which keeps the selection)
// takes milliseconds. The minute tick of a time filter moves a few rows and keeps the ranges.
void MaintenanceFilterProxyModel::refilter() { invalidate(); }

bool MaintenanceFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (const std::optional<bool> less = m_source->rawLessThan(left.row(), right.row(), left.column()))
        return *less;
    return PaneFilterProxyModel::lessThan(left, right);
}

void MaintenanceFilterProxyModel::setFilterWords(const QString &text)
{
    MaintenanceFilter f = m_filter;
    f.text = text;
    setFilter(f);
}

void MaintenanceFilterProxyModel::updateClockTimer()
{
    if (m_filter.time == MaintenanceFilter::Time::Any)
        m_clockTimer->stop();
    else if (!m_clockTimer->isActive())
        m_clockTimer->start();
}

bool MaintenanceFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const Maintenance &m = m_source->at(sourceRow);
    if (!m_filter.statuses.isEmpty() && !m_filter.statuses.contains(m.status))
        return false;
    if (m_filter.ack == MaintenanceFilter::Ack::Unacknowledged && m.acknowledged)
        return false;
    if (m_filter.ack == MaintenanceFilter::Ack::Acknowledged && !m.acknowledged)
        return false;
    switch (m_filter.time) {
    case MaintenanceFilter::Time::Any: break;
    case MaintenanceFilter::Time::Upcoming:
        if (!(m.start > m_now))
            return false;
        break;
    case MaintenanceFilter::Time::RunningNow:
        // The end is exclusive: a maintenance that ends now is over.
        if (!(m.start <= m_now && m_now < m.end))
            return false;
        break;
    case MaintenanceFilter::Time::PastDays:
        if (!(m.end <= m_now && m.end >= m_now.addDays(-m_filter.pastDays)))
            return false;
        break;
    }
    const bool needKeys = m_provider.isSet() || m_site.isSet() || m_circuit.isSet() || !m_loweredWords.isEmpty();
    if (!needKeys)
        return true;
    const MaintenanceTableModel::SearchKeys &keys = m_source->searchKeys(sourceRow);
    if (m_provider.isSet() && !m_provider.matchesAny(keys.providers))
        return false;
    if (m_site.isSet() && !m_site.matchesAny(keys.sites))
        return false;
    if (m_circuit.isSet() && !m_circuit.matchesAny(keys.circuits))
        return false;
    for (const QString &word : m_loweredWords) {
        if (!keys.text.contains(word))
            return false;
    }
    return true;
}

} // namespace nocdesk
