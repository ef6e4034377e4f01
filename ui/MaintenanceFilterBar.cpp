#include "MaintenanceFilterBar.h"

#include "FilterComboBox.h"
#include "MultiChoiceButton.h"
#include "SettingsKeys.h"
#include "items/DisplayText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>

namespace nocdesk {

namespace {

QVariantMap savedFilters() { return QSettings().value(settings::kMaintenancesSavedFilters).toMap(); }

void storeSavedFilters(const QVariantMap &filters)
{
    QSettings settings;
    if (filters.isEmpty())
        settings.remove(settings::kMaintenancesSavedFilters);
    else
        settings.setValue(settings::kMaintenancesSavedFilters, filters);
}

} // namespace

MaintenanceFilterBar::MaintenanceFilterBar(QWidget *parent)
    : QWidget(parent), m_status(new MultiChoiceButton(tr("Any status"), tr("%1 statuses"), this)),
      m_ack(new QComboBox(this)), m_time(new QComboBox(this)), m_days(new QSpinBox(this)),
      m_clear(new QToolButton(this)), m_saved(new QComboBox(this)), m_save(new QToolButton(this)),
      m_delete(new QToolButton(this)), m_typingDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("maintenanceFilterBar"));

    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setToolTip(tr("Maintenances in any of the ticked states"));
    for (MaintenanceStatus s : {MaintenanceStatus::Tentative, MaintenanceStatus::Confirmed, MaintenanceStatus::InProcess,
                                MaintenanceStatus::Rescheduled, MaintenanceStatus::Completed, MaintenanceStatus::Cancelled,
                                MaintenanceStatus::NoChange})
        m_status->addChoice(DisplayText::name(s), storedName(s), DisplayText::color(s));
    connect(m_status, &MultiChoiceButton::changed, this, &MaintenanceFilterBar::emitNow);

    m_provider = new FilterComboBox(QStringLiteral("providerFilter"), tr("Provider"),
                                    tr("Maintenances of this provider; * and ? match any text"), 12, this);
    m_site = new FilterComboBox(QStringLiteral("siteFilter"), tr("Site"),
                                tr("Maintenances with a circuit at this site; * and ? match any text, e.g. fra*"), 12, this);
    m_circuit = new FilterComboBox(QStringLiteral("circuitFilter"), tr("Circuit"),
                                   tr("Maintenances of this circuit id; * and ? match any text"), 12, this);
    for (FilterComboBox *field : {m_provider, m_site, m_circuit}) {
        connect(field, &FilterComboBox::edited, this, &MaintenanceFilterBar::changed);
        connect(field, &FilterComboBox::committed, this, &MaintenanceFilterBar::emitNow);
    }

    m_ack->setObjectName(QStringLiteral("ackFilter"));
    m_ack->setToolTip(tr("Acknowledged or not"));
    m_ack->addItem(tr("Acknowledged or not"), static_cast<int>(MaintenanceFilter::Ack::All));
    m_ack->addItem(tr("To acknowledge"), static_cast<int>(MaintenanceFilter::Ack::Unacknowledged));
    m_ack->addItem(tr("Acknowledged"), static_cast<int>(MaintenanceFilter::Ack::Acknowledged));

    m_time->setObjectName(QStringLiteral("timeFilter"));
    m_time->setToolTip(tr("Upcoming: not started yet. Running now: started and not ended. Ended: within the last days."));
    m_time->addItem(tr("Any time"), static_cast<int>(MaintenanceFilter::Time::Any));
    m_time->addItem(tr("Upcoming"), static_cast<int>(MaintenanceFilter::Time::Upcoming));
    m_time->addItem(tr("Running now"), static_cast<int>(MaintenanceFilter::Time::RunningNow));
    m_time->addItem(tr("Ended in the last"), static_cast<int>(MaintenanceFilter::Time::PastDays));
    m_days->setObjectName(QStringLiteral("pastDaysFilter"));
    m_days->setRange(1, 3650);
    m_days->setValue(MaintenanceFilter().pastDays);
    m_days->setSuffix(tr(" days"));
    m_days->setToolTip(tr("How many days back"));
    for (QComboBox *pick : {m_ack, m_time})
        connect(pick, &QComboBox::currentIndexChanged, this, &MaintenanceFilterBar::emitNow);
    connect(m_time, &QComboBox::currentIndexChanged, this, &MaintenanceFilterBar::updateDaysField);
    connect(m_days, &QSpinBox::valueChanged, this, &MaintenanceFilterBar::changed);

    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Show every maintenance again"));
    m_clear->setAutoRaise(true);
    connect(m_clear, &QToolButton::clicked, this, &MaintenanceFilterBar::clear);

    m_saved->setObjectName(QStringLiteral("savedFilters"));
    m_saved->setToolTip(tr("A filter you named"));
    m_saved->setPlaceholderText(tr("Saved filters"));
    m_saved->setMinimumContentsLength(12);
    m_saved->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_saved, &QComboBox::activated, this, [this](int index) { applySavedFilter(m_saved->itemText(index)); });
    m_save->setObjectName(QStringLiteral("saveFilter"));
    m_save->setText(tr("Save…"));
    m_save->setToolTip(tr("Give the current filter a name to pick it again later"));
    m_save->setAutoRaise(true);
    connect(m_save, &QToolButton::clicked, this, &MaintenanceFilterBar::askToSave);
    m_delete->setObjectName(QStringLiteral("deleteFilter"));
    m_delete->setText(tr("Delete"));
    m_delete->setToolTip(tr("Forget the saved filter shown"));
    m_delete->setAutoRaise(true);
    connect(m_delete, &QToolButton::clicked, this, &MaintenanceFilterBar::askToDelete);

    m_typingDelay->setSingleShot(true);
    m_typingDelay->setInterval(250);
    connect(m_typingDelay, &QTimer::timeout, this, &MaintenanceFilterBar::emitNow);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->setSpacing(6);
    layout->addWidget(new QLabel(tr("Show:"), this));
    for (QWidget *w : std::initializer_list<QWidget *>{m_status, m_provider, m_site, m_circuit, m_ack, m_time, m_days, m_clear})
        layout->addWidget(w);
    layout->addStretch(1);
    for (QWidget *w : std::initializer_list<QWidget *>{m_saved, m_save, m_delete})
        layout->addWidget(w);
    updateDaysField();
    reloadSavedNames();
}

MaintenanceFilter MaintenanceFilterBar::filter() const
{
    MaintenanceFilter f;
    for (const QVariant &name : m_status->checkedData())
        f.statuses << maintenanceStatusFromString(name.toString());
    f.provider = m_provider->text();
    f.site = m_site->text();
    f.circuit = m_circuit->text();
    f.ack = MaintenanceFilter::Ack(m_ack->currentData().toInt());
    f.time = MaintenanceFilter::Time(m_time->currentData().toInt());
    f.pastDays = m_days->value();
    f.text = m_text;
    return f;
}

void MaintenanceFilterBar::setFilter(const MaintenanceFilter &f)
{
    m_applying = true;
    QVariantList statuses;
    for (MaintenanceStatus s : f.statuses)
        statuses << storedName(s);
    m_status->setCheckedData(statuses);
    m_provider->setEditText(f.provider);
    m_site->setEditText(f.site);
    m_circuit->setEditText(f.circuit);
    m_ack->setCurrentIndex(qMax(0, m_ack->findData(static_cast<int>(f.ack))));
    m_time->setCurrentIndex(qMax(0, m_time->findData(static_cast<int>(f.time))));
    m_days->setValue(f.pastDays);
    m_text = f.text;
    m_applying = false;
    updateDaysField();
    Q_EMIT textApplied(m_text);
    emitNow();
}

void MaintenanceFilterBar::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    emitNow();
}

void MaintenanceFilterBar::setKnownValues(const QStringList &providers, const QStringList &sites, const QStringList &circuits)
{
    m_provider->setValues(providers);
    m_site->setValues(sites);
    m_circuit->setValues(circuits);
}

void MaintenanceFilterBar::clear()
{
    setFilter({});
}

void MaintenanceFilterBar::changed()
{
    if (!m_applying)
        m_typingDelay->start();
}

void MaintenanceFilterBar::emitNow()
{
    if (m_applying)
        return;
    m_typingDelay->stop();
    const MaintenanceFilter f = filter();
    m_clear->setEnabled(!f.isEmpty());
    selectMatchingSavedFilter();
    QSettings().setValue(settings::kMaintenancesFilter, f.toMap());
    Q_EMIT filterChanged(f);
}

void MaintenanceFilterBar::updateDaysField()
{
    m_days->setVisible(m_time->currentData().toInt() == static_cast<int>(MaintenanceFilter::Time::PastDays));
}

QStringList MaintenanceFilterBar::savedFilterNames() const
{
    QStringList names = savedFilters().keys();
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return names;
}

void MaintenanceFilterBar::saveFilterAs(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return;
    QVariantMap filters = savedFilters();
    filters.insert(trimmed, filter().toMap());
    storeSavedFilters(filters);
    reloadSavedNames();
}

bool MaintenanceFilterBar::applySavedFilter(const QString &name)
{
    const QVariantMap filters = savedFilters();
    const auto it = filters.constFind(name);
    if (it == filters.constEnd())
        return false;
    setFilter(MaintenanceFilter::fromMap(it->toMap()));
    return true;
}

void MaintenanceFilterBar::deleteSavedFilter(const QString &name)
{
    QVariantMap filters = savedFilters();
    if (filters.remove(name) == 0)
        return;
    storeSavedFilters(filters);
    reloadSavedNames();
}

void MaintenanceFilterBar::reloadSavedNames()
{
    {
        const QSignalBlocker block(m_saved);
        m_saved->clear();
        m_saved->addItems(savedFilterNames());
    }
    selectMatchingSavedFilter();
}

// The list shows the saved filter the pane shows, by what it filters, not by what was picked last.
void MaintenanceFilterBar::selectMatchingSavedFilter()
{
    const QVariantMap filters = savedFilters();
    const MaintenanceFilter current = filter();
    int index = -1;
    for (int i = 0; i < m_saved->count(); ++i) {
        if (MaintenanceFilter::fromMap(filters.value(m_saved->itemText(i)).toMap()) == current) {
            index = i;
            break;
        }
    }
    const QSignalBlocker block(m_saved);
    m_saved->setCurrentIndex(index);
    m_saved->setEnabled(m_saved->count() > 0);
    m_delete->setEnabled(index >= 0);
}

void MaintenanceFilterBar::askToSave()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Filter"), tr("Name of this filter:"), QLineEdit::Normal,
                                               m_saved->currentText(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    if (savedFilters().contains(name)
        && QMessageBox::question(this, tr("Save Filter"), tr("A filter named \"%1\" exists. Replace it?").arg(name))
               != QMessageBox::Yes)
        return;
    saveFilterAs(name);
}

void MaintenanceFilterBar::askToDelete()
{
    const QString name = m_saved->currentText();
    if (name.isEmpty() || m_saved->currentIndex() < 0)
        return;
    if (QMessageBox::question(this, tr("Delete Filter"), tr("Forget the filter \"%1\"?").arg(name)) == QMessageBox::Yes)
        deleteSavedFilter(name);
}

void MaintenanceFilterBar::restore()
{
    const QVariant saved = QSettings().value(settings::kMaintenancesFilter);
    if (saved.isValid())
        setFilter(MaintenanceFilter::fromMap(saved.toMap()));
    reloadSavedNames();
}

} // namespace nocdesk
