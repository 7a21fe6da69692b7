#include "clockpanel.h"

#include "widgets/theme.h"

#include <backend/localoperations.h>
#include <emulation/clock.h>

#include <QtCore/QEvent>
#include <QtCore/QLocale>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

// "+1 d 5 h", "+5 h", "+30 min", "+12 s": the two largest units that are not zero.
QString offsetText(qint64 ms)
{
    const QString sign = ms < 0 ? u"−"_s : u"+"_s;
    qint64 rest = std::abs(ms) / 1000;
    const qint64 days = rest / 86400;
    rest %= 86400;
    const qint64 hours = rest / 3600;
    rest %= 3600;
    const qint64 minutes = rest / 60;
    const qint64 seconds = rest % 60;
    QStringList parts;
    if (days)
        parts << ClockPanel::tr("%1 d").arg(days);
    if (hours)
        parts << ClockPanel::tr("%1 h").arg(hours);
    if (minutes && parts.size() < 2)
        parts << ClockPanel::tr("%1 min").arg(minutes);
    if (seconds && parts.isEmpty())
        parts << ClockPanel::tr("%1 s").arg(seconds);
    if (parts.isEmpty())
        parts << ClockPanel::tr("%1 ms").arg(std::abs(ms));
    return sign + parts.join(u' ');
}

QString utcText(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s;
}

} // namespace

QString clockSummary(const Clock &clock)
{
    switch (clock.mode()) {
    case Clock::Mode::Real:
        return {};
    case Clock::Mode::Offset:
        return ClockPanel::tr("Clock: %1").arg(offsetText(clock.offsetMs()));
    case Clock::Mode::Frozen:
        return ClockPanel::tr("Clock frozen at %1").arg(utcText(clock.now()));
    }
    return {};
}

QString clockExplanation(const Clock &clock)
{
    if (clock.mode() == Clock::Mode::Real)
        return {};
    return ClockPanel::tr("The local server's clock is not real time: it is %1 (%2 the wall clock). New deliveries, "
                          "timelines and webhook attempts are dated by it; quotas, rate limits, webhook retries and "
                          "idempotency keys follow it. Change it on the Server page.")
        .arg(utcText(clock.now()), offsetText(clock.offsetMs()));
}

ClockPanel::ClockPanel(QWidget *parent)
    : QWidget(parent)
    , m_now(new QLabel(this))
    , m_hour(new QPushButton(tr("+1 hour"), this))
    , m_day(new QPushButton(tr("+1 day"), this))
    , m_custom(new QLineEdit(this))
    , m_advance(new QPushButton(tr("Advance"), this))
    , m_freeze(new QPushButton(tr("Freeze"), this))
    , m_real(new QPushButton(tr("Back to real time"), this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"clockPanel"_s);
    m_now->setObjectName(u"clockNow"_s);
    m_hour->setObjectName(u"clockPlusHour"_s);
    m_day->setObjectName(u"clockPlusDay"_s);
    m_custom->setObjectName(u"clockDuration"_s);
    m_advance->setObjectName(u"clockAdvance"_s);
    m_freeze->setObjectName(u"clockFreeze"_s);
    m_real->setObjectName(u"clockReal"_s);
    m_problem->setObjectName(u"clockProblem"_s);

    m_now->setTextFormat(Qt::RichText);
    m_now->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_custom->setPlaceholderText(tr("e.g. 90m, 5h, 2d"));
    m_custom->setMinimumWidth(m_custom->fontMetrics().horizontalAdvance(m_custom->placeholderText()) + 24);
    m_custom->setMaximumWidth(200);
    m_custom->setToolTip(tr("A duration: 30s, 90m, 5h, 2d, combined (1h30m), or ISO 8601 (PT5H)"));
    m_hour->setToolTip(tr("Move the emulated time one hour forward: webhook retries due by then are sent at once"));
    m_day->setToolTip(tr("Move the emulated time one day forward: a new UTC day resets the daily quotas"));
    m_freeze->setToolTip(tr("Stop the emulated time where it is; it moves only when you advance it"));
    m_real->setToolTip(tr("Run with the computer's clock again (not possible while stored deliveries are dated "
                          "after it: reset the traffic first)"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    // The time on a line of its own, the controls under it: on one line they made the
    // Server page wider than a 1024 px window in Swedish (issue 21).
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_hour);
    row->addWidget(m_day);
    row->addWidget(m_custom);
    row->addWidget(m_advance);
    row->addSpacing(8);
    row->addWidget(m_freeze);
    row->addWidget(m_real);
    row->addStretch();
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_now);
    column->addLayout(row);
    column->addWidget(m_problem);

    connect(m_hour, &QPushButton::clicked, this, [this] { advance(kHourMs); });
    connect(m_day, &QPushButton::clicked, this, [this] { advance(kDayMs); });
    connect(m_advance, &QPushButton::clicked, this, &ClockPanel::advanceTyped);
    connect(m_custom, &QLineEdit::returnPressed, this, &ClockPanel::advanceTyped);
    connect(m_freeze, &QPushButton::clicked, this, [this] {
        if (m_clock)
            m_clock->freeze();
        report({});
    });
    connect(m_real, &QPushButton::clicked, this, [this] {
        if (!m_local)
            return;
        m_local->clockBackToReal().then(this, [this](const Status &s) { report(s ? QString() : s.error().message); });
    });
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh(); // the running time; nothing to do while the page is hidden
    });
    m_tick.start();
    setBackend(nullptr);
}

void ClockPanel::setBackend(LocalOperations *local)
{
    if (m_clock)
        disconnect(m_clock, nullptr, this, nullptr);
    m_local = local;
    m_clock = local ? local->clock() : nullptr;
    if (m_clock)
        connect(m_clock, &Clock::changed, this, &ClockPanel::refresh);
    for (QWidget *w : std::initializer_list<QWidget *>{m_hour, m_day, m_custom, m_advance, m_freeze, m_real})
        w->setEnabled(m_clock != nullptr);
    refresh();
}

void ClockPanel::refresh()
{
    if (!m_clock) {
        m_now->setText(tr("Real time"));
        return;
    }
    const theme::Colors colors = theme::colors(palette());
    const Clock::Mode mode = m_clock->mode();
    QString state;
    if (mode == Clock::Mode::Real)
        state = tr("real time");
    else if (mode == Clock::Mode::Frozen)
        state = tr("frozen");
    else
        state = tr("%1 ahead").arg(offsetText(m_clock->offsetMs()));
    const QString time = utcText(m_clock->now()).toHtmlEscaped();
    m_now->setText(mode == Clock::Mode::Real
                       ? u"<b>%1</b> — %2"_s.arg(time, state.toHtmlEscaped())
                       : u"<b>%1</b> — <span style=\"color:%2\">%3</span>"_s.arg(time, colors.error.name(),
                                                                                 state.toHtmlEscaped()));
    m_freeze->setEnabled(mode != Clock::Mode::Frozen);
    m_real->setEnabled(mode != Clock::Mode::Real);
}

void ClockPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void ClockPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        refresh(); // the state's words are this language's now, not at the next tick
}

void ClockPanel::advance(qint64 ms)
{
    if (!m_clock)
        return;
    const Status s = m_clock->advance(ms);
    report(s ? QString() : s.error().message);
}

void ClockPanel::advanceTyped()
{
    const auto ms = parseDurationMs(m_custom->text());
    if (!ms || *ms <= 0) {
        report(tr("“%1” is not a duration: try 30s, 90m, 5h, 2d or PT5H").arg(m_custom->text()));
        return;
    }
    advance(*ms);
    m_custom->clear();
}

void ClockPanel::report(const QString &problem)
{
    const theme::Colors colors = theme::colors(palette());
    m_problem->setText(u"<span style=\"color:%1\">%2</span>"_s.arg(colors.error.name(), problem.toHtmlEscaped()));
    m_problem->setVisible(!problem.isEmpty());
    refresh();
}

} // namespace sendivent::app
