#include "storagepanel.h"

#include "servercontroller.h"

#include <backend/localoperations.h>

#include <QtCore/QLocale>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QVBoxLayout>

namespace sendivent::app {

using namespace Qt::StringLiterals;

QString byteSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

StoragePanel::StoragePanel(QWidget *parent)
    : QWidget(parent)
    , m_stored(new QLabel(this))
    , m_forecast(new QLabel(this))
    , m_vacuumHint(new QLabel(this))
    , m_maxDeliveries(new QSpinBox(this))
    , m_maxAge(new QLineEdit(this))
    , m_maxJournal(new QSpinBox(this))
    , m_apply(new QPushButton(tr("Apply"), this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_compact(new QPushButton(tr("Compact now"), this))
    , m_status(new QLabel(this))
{
    setObjectName(u"storagePanel"_s);
    m_stored->setObjectName(u"storageStored"_s);
    m_forecast->setObjectName(u"storageForecast"_s);
    m_vacuumHint->setObjectName(u"storageVacuumHint"_s);
    m_maxDeliveries->setObjectName(u"retentionMaxDeliveries"_s);
    m_maxAge->setObjectName(u"retentionMaxAge"_s);
    m_maxJournal->setObjectName(u"retentionMaxJournal"_s);
    m_apply->setObjectName(u"retentionApply"_s);
    m_refresh->setObjectName(u"storageRefresh"_s);
    m_compact->setObjectName(u"storageCompact"_s);
    m_status->setObjectName(u"storageStatus"_s);

    for (QLabel *label : {m_stored, m_forecast, m_vacuumHint, m_status}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_vacuumHint->hide();
    m_maxDeliveries->setRange(0, 1'000'000'000);
    m_maxDeliveries->setSpecialValueText(tr("Off (keep all)"));
    m_maxDeliveries->setGroupSeparatorShown(true);
    m_maxDeliveries->setAccessibleName(tr("Most deliveries kept"));
    m_maxJournal->setRange(0, 10'000'000);
    m_maxJournal->setSpecialValueText(tr("Off (keep all)"));
    m_maxJournal->setGroupSeparatorShown(true);
    m_maxJournal->setAccessibleName(tr("Most journal entries kept"));
    m_maxAge->setPlaceholderText(tr("e.g. 7d, 12h, 30m, or off"));
    m_maxAge->setAccessibleName(tr("Oldest kept"));
    for (QWidget *field : std::initializer_list<QWidget *>{m_maxDeliveries, m_maxAge, m_maxJournal})
        field->setMaximumWidth(180);
    m_compact->setToolTip(tr("Rewrites the database file without its free space. Requests wait while it runs."));

    auto *form = new QFormLayout;
    form->addRow(tr("Most deliveries kept:"), m_maxDeliveries);
    form->addRow(tr("Remove older than:"), m_maxAge);
    form->addRow(tr("Most journal entries kept:"), m_maxJournal);
    auto *explain = new QLabel(tr("Deliveries go with their timelines, content and webhook messages, oldest first, a "
                                  "small batch at a time. Kept anyway: deliveries whose webhook messages are still "
                                  "being retried, and those an idempotency key stored in the last 24 hours may replay. "
                                  "Stored with this data folder; --max-deliveries, --max-age and --max-journal override "
                                  "it for one run."),
                               this);
    explain->setObjectName(u"retentionExplanation"_s);
    explain->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_refresh);
    buttons->addStretch(1);
    buttons->addWidget(m_compact);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stored);
    layout->addWidget(m_forecast);
    layout->addWidget(m_vacuumHint);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(explain);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_apply, &QPushButton::clicked, this, &StoragePanel::apply);
    connect(m_maxAge, &QLineEdit::returnPressed, this, &StoragePanel::apply);
    connect(m_refresh, &QPushButton::clicked, this, &StoragePanel::refresh);
    connect(m_compact, &QPushButton::clicked, this, [this] {
        if (!m_controller)
            return;
        m_compact->setEnabled(false);
        m_status->setText(tr("Compacting…"));
        m_controller->compact();
    });
    setController(nullptr);
}

void StoragePanel::setController(ServerController *controller)
{
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    for (QWidget *w : std::initializer_list<QWidget *>{m_maxDeliveries, m_maxAge, m_maxJournal, m_apply, m_compact})
        w->setEnabled(controller != nullptr);
    if (!controller)
        return;
    connect(controller, &ServerController::retentionChanged, this,
            [this](const RetentionPolicy &policy, const QString &error) {
                showPolicy(policy);
                m_status->setText(error.isEmpty() ? tr("Retention saved.") : error);
                refresh();
            });
    connect(controller, &ServerController::compacted, this, [this](qint64 before, qint64 after, const QString &error) {
        m_compact->setEnabled(true);
        m_status->setText(error.isEmpty() ? tr("Compacted: %1 → %2.").arg(byteSize(before), byteSize(after)) : error);
        refresh();
    });
    showPolicy(controller->retention());
}

void StoragePanel::setLocal(LocalOperations *local)
{
    m_local = local;
    refresh();
}

void StoragePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void StoragePanel::showPolicy(const RetentionPolicy &policy)
{
    m_policy = policy;
    m_maxDeliveries->setValue(int(std::min<qint64>(policy.maxDeliveries, m_maxDeliveries->maximum())));
    m_maxAge->setText(formatRetentionAge(policy.maxAgeSeconds));
    m_maxJournal->setValue(policy.maxJournal);
}

void StoragePanel::apply()
{
    if (!m_controller)
        return;
    const auto age = parseRetentionAge(m_maxAge->text());
    if (!age) {
        m_status->setText(tr("“%1” is not a duration: write e.g. 7d, 12h or 30m, or off.").arg(m_maxAge->text()));
        return;
    }
    RetentionPolicy policy;
    policy.maxDeliveries = m_maxDeliveries->value();
    policy.maxAgeSeconds = *age;
    policy.maxJournal = m_maxJournal->value();
    m_controller->setRetention(policy);
}

void StoragePanel::refresh()
{
    if (!m_local || !isVisible())
        return;
    const quint64 refresh = ++m_refreshes;
    m_local->storage().then(this, [this, refresh](const Result<StorageStats> &stats) {
        if (refresh == m_refreshes)
            showStats(stats);
    });
}

void StoragePanel::showStats(const Result<StorageStats> &stats)
{
    if (!stats) {
        m_stored->setText(stats.error().message);
        return;
    }
    const QLocale locale;
    m_stored->setText(tr("Stored: %1 deliveries, %2 journal entries, %3 webhook messages. Database file %4 "
                         "(write-ahead log %5, free inside %6).")
                          .arg(locale.toString(stats->deliveries), locale.toString(stats->journal),
                               locale.toString(stats->webhookMessages), byteSize(stats->fileBytes),
                               byteSize(stats->walBytes), byteSize(stats->freeBytes)));
    if (m_policy.keepsEverything())
        m_forecast->setText(tr("Retention is off: everything is kept."));
    else if (stats->deliveriesToRemove == 0 && stats->journalToRemove == 0)
        m_forecast->setText(tr("Retention removes nothing now."));
    else
        m_forecast->setText(tr("Retention will remove %1 deliveries and %2 journal entries, oldest first.")
                                .arg(locale.toString(stats->deliveriesToRemove), locale.toString(stats->journalToRemove)));
    m_vacuumHint->setText(tr("This database file was made before it could shrink by itself: use Compact now once, "
                             "and from then on it gives space back as retention removes data."));
    m_vacuumHint->setVisible(!stats->incrementalVacuum);
}

} // namespace sendivent::app
