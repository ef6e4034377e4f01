#include "EventFilterBar.h"

#include "FilterComboBox.h"
#include "SettingsKeys.h"
#include "items/DisplayText.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTimer>
#include <QToolButton>

namespace nocdesk {

namespace {

constexpr int kSeverityCount = 8;

// A severity entry's data: the level, and whether worse levels pass too.
QVariant severityChoice(int level, bool orWorse) { return QVariantList{level, orWorse}; }

// How a choice is saved: "3+" (that level or worse), "3" (only it), empty for any.
QString severityKey(const QVariant &choice)
{
    const QVariantList pair = choice.toList();
    if (pair.size() != 2)
        return {};
    return QString::number(pair.at(0).toInt()) + (pair.at(1).toBool() ? QStringLiteral("+") : QString());
}

QString timeKey(int preset)
{
    // In TimePreset order (save() checks the count).
    static const QStringList names{QStringLiteral("any"), QStringLiteral("15m"), QStringLiteral("1h"),
                                   QStringLiteral("24h"), QStringLiteral("7d"), QStringLiteral("between")};
    return names.value(preset);
}

} // namespace

EventFilterBar::EventFilterBar(QWidget *parent)
    : QWidget(parent), m_severity(new QComboBox(this)), m_status(new QComboBox(this)), m_time(new QComboBox(this)),
      m_from(new QDateTimeEdit(this)), m_to(new QDateTimeEdit(this)), m_clear(new QToolButton(this)),
      m_typingDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("eventFilterBar"));
    m_host = new FilterComboBox(QStringLiteral("deviceFilter"), tr("Device"),
                                tr("Events of this device; * and ? match any text, e.g. fra1-*"), 14, this);
    m_code = new FilterComboBox(QStringLiteral("codeFilter"), tr("Code"),
                                tr("Events with this vendor code, e.g. LINEPROTO-5-UPDOWN; * and ? match any text"), 14, this);
    m_kind = new FilterComboBox(QStringLiteral("kindFilter"), tr("Kind"),
                                tr("Events of this kind, e.g. INTERFACE_DOWN; * and ? match any text"), 14, this);
    for (FilterComboBox *field : {m_host, m_code, m_kind}) {
        connect(field, &FilterComboBox::edited, this, &EventFilterBar::changed);
        connect(field, &FilterComboBox::committed, this, &EventFilterBar::emitNow);
    }

    m_severity->setObjectName(QStringLiteral("severityFilter"));
    m_severity->setToolTip(tr("A severity and worse, or only that severity"));
    m_severity->addItem(tr("Any severity"));
    for (int level = 1; level < kSeverityCount; ++level) {
        m_severity->addItem(tr("%1 or worse").arg(DisplayText::name(Severity(level))), severityChoice(level, true));
        m_severity->setItemData(m_severity->count() - 1, DisplayText::color(Severity(level)), Qt::ForegroundRole);
    }
    m_severity->insertSeparator(m_severity->count());
    for (int level = 0; level < kSeverityCount; ++level) {
        m_severity->addItem(tr("Only %1").arg(DisplayText::name(Severity(level))), severityChoice(level, false));
        m_severity->setItemData(m_severity->count() - 1, DisplayText::color(Severity(level)), Qt::ForegroundRole);
    }

    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setToolTip(tr("Events in this state"));
    m_status->addItem(tr("Any status"));
    for (EventStatus status : {EventStatus::New, EventStatus::Queued, EventStatus::Running, EventStatus::Remediated,
                               EventStatus::Failed, EventStatus::Suppressed, EventStatus::Ignored})
        m_status->addItem(DisplayText::name(status), static_cast<int>(status));

    m_time->setObjectName(QStringLiteral("timeFilter"));
    m_time->setToolTip(tr("When the event happened, by the device's clock"));
    m_time->addItem(tr("Any time"), AnyTime);
    m_time->addItem(tr("Last 15 minutes"), Last15Minutes);
    m_time->addItem(tr("Last hour"), LastHour);
    m_time->addItem(tr("Last 24 hours"), Last24Hours);
    m_time->addItem(tr("Last 7 days"), Last7Days);
    m_time->addItem(tr("Between…"), CustomRange);
    const QDateTime now = QDateTime::currentDateTime();
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &EventFilterBar::changed);
    }
    m_from->setObjectName(QStringLiteral("fromFilter"));
    m_from->setToolTip(tr("From (local time)"));
    m_from->setDateTime(now.addSecs(-3600));
    m_to->setObjectName(QStringLiteral("toFilter"));
    m_to->setToolTip(tr("Until (local time)"));
    m_to->setDateTime(now);

    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Show every event again"));
    m_clear->setAutoRaise(true);
    connect(m_clear, &QToolButton::clicked, this, &EventFilterBar::clear);

    m_typingDelay->setSingleShot(true);
    m_typingDelay->setInterval(250);
    connect(m_typingDelay, &QTimer::timeout, this, &EventFilterBar::emitNow);
    for (QComboBox *pick : {m_severity, m_status})
        connect(pick, &QComboBox::currentIndexChanged, this, &EventFilterBar::emitNow);
    connect(m_time, &QComboBox::currentIndexChanged, this, [this] {
        updateRangeFields();
        emitNow();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->setSpacing(6);
    auto *label = new QLabel(tr("Show:"), this);
    layout->addWidget(label);
    for (QWidget *w : std::initializer_list<QWidget *>{m_host, m_code, m_kind, m_severity, m_status, m_time, m_from, m_to})
        layout->addWidget(w);
    layout->addWidget(m_clear);
    layout->addStretch(1);
    updateRangeFields();
}

EventFilter EventFilterBar::filter() const
{
    EventFilter f;
    f.host = m_host->text();
    f.code = m_code->text();
    f.kind = m_kind->text();
    const QVariantList severity = m_severity->currentData().toList();
    if (severity.size() == 2) {
        f.severity = Severity(severity.at(0).toInt());
        f.severityOrWorse = severity.at(1).toBool();
    }
    if (m_status->currentIndex() > 0)
        f.status = EventStatus(m_status->currentData().toInt());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (TimePreset(m_time->currentData().toInt())) {
    case AnyTime: break;
    case Last15Minutes: f.from = now.addSecs(-15 * 60); break;
    case LastHour: f.from = now.addSecs(-3600); break;
    case Last24Hours: f.from = now.addDays(-1); break;
    case Last7Days: f.from = now.addDays(-7); break;
    case CustomRange:
        f.from = m_from->dateTime().toUTC();
        f.to = m_to->dateTime().toUTC();
        break;
    }
    f.text = m_text;
    return f;
}

void EventFilterBar::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    emitNow();
}

void EventFilterBar::setKnownValues(const QStringList &hosts, const QStringList &codes, const QStringList &kinds)
{
    m_host->setValues(hosts);
    m_code->setValues(codes);
    m_kind->setValues(kinds);
}

void EventFilterBar::clear()
{
    m_restoring = true;
    for (FilterComboBox *field : {m_host, m_code, m_kind})
        field->setEditText(QString());
    m_severity->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_time->setCurrentIndex(0);
    m_restoring = false;
    emitNow();
}

void EventFilterBar::changed()
{
    if (!m_restoring)
        m_typingDelay->start();
}

void EventFilterBar::emitNow()
{
    if (m_restoring)
        return;
    m_typingDelay->stop();
    const EventFilter f = filter();
    m_clear->setEnabled(!f.isEmpty() || !m_text.isEmpty());
    Q_EMIT filterChanged(f);
}

void EventFilterBar::updateRangeFields()
{
    const bool custom = m_time->currentData().toInt() == CustomRange;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
}

// Presets are saved as presets: "last hour" means the last hour of the next start too.
void EventFilterBar::save() const
{
    static_assert(CustomRange == 5, "a new time preset needs its saved name in timeKey()");
    QSettings settings;
    settings.setValue(settings::kEventsFilter,
                      QVariantMap{{QStringLiteral("device"), m_host->currentText()},
                                  {QStringLiteral("code"), m_code->currentText()},
                                  {QStringLiteral("kind"), m_kind->currentText()},
                                  {QStringLiteral("severity"), severityKey(m_severity->currentData())},
                                  {QStringLiteral("status"), m_status->currentIndex() > 0
                                       ? storedName(EventStatus(m_status->currentData().toInt())) : QString()},
                                  {QStringLiteral("time"), timeKey(m_time->currentData().toInt())},
                                  {QStringLiteral("from"), m_from->dateTime()},
                                  {QStringLiteral("to"), m_to->dateTime()},
                                  {QStringLiteral("text"), m_text}});
}

void EventFilterBar::restore()
{
    const QVariantMap saved = QSettings().value(settings::kEventsFilter).toMap();
    if (saved.isEmpty())
        return;
    m_restoring = true;
    m_host->setEditText(saved.value(QStringLiteral("device")).toString());
    m_code->setEditText(saved.value(QStringLiteral("code")).toString());
    m_kind->setEditText(saved.value(QStringLiteral("kind")).toString());
    // By value, not by position: a release that adds an entry must not shift a saved choice.
    const QString severity = saved.value(QStringLiteral("severity")).toString();
    for (int i = 0; i < m_severity->count(); ++i) {
        if (!severity.isEmpty() && severityKey(m_severity->itemData(i)) == severity)
            m_severity->setCurrentIndex(i);
    }
    bool known = false;
    const EventStatus status = eventStatusFromString(saved.value(QStringLiteral("status")).toString(), &known);
    if (known)
        m_status->setCurrentIndex(qMax(0, m_status->findData(static_cast<int>(status))));
    for (int i = 0; i < m_time->count(); ++i) {
        if (timeKey(m_time->itemData(i).toInt()) == saved.value(QStringLiteral("time")).toString())
            m_time->setCurrentIndex(i);
    }
    if (saved.value(QStringLiteral("from")).toDateTime().isValid())
        m_from->setDateTime(saved.value(QStringLiteral("from")).toDateTime());
    if (saved.value(QStringLiteral("to")).toDateTime().isValid())
        m_to->setDateTime(saved.value(QStringLiteral("to")).toDateTime());
    m_text = saved.value(QStringLiteral("text")).toString();
    m_restoring = false;
    updateRangeFields();
    emitNow();
}

} // namespace nocdesk
