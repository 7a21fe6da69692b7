#include "traceattempts.h"

#include "webhooks/webhookattemptdetail.h"
#include "widgets/timeformat.h"

#include <backend/backend.h>
#include <backend/localoperations.h>

#include <QtCore/QLocale>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTreeWidget>
#include <QtWidgets/QVBoxLayout>

namespace sendivent::app {

using namespace Qt::StringLiterals;

TraceAttempts::TraceAttempts(QWidget *parent)
    : QGroupBox(tr("Webhook attempts"), parent)
    , m_list(new QTreeWidget(this))
    , m_none(new QLabel(tr("No webhook attempts"), this))
    , m_resend(new QPushButton(tr("Resend webhook"), this))
    , m_detail(new WebhookAttemptDetail(this))
{
    setObjectName(u"traceAttempts"_s);
    m_list->setObjectName(u"traceWebhookAttempts"_s);
    m_none->setObjectName(u"traceNoWebhookAttempts"_s);
    m_resend->setObjectName(u"traceResendWebhook"_s);
    m_detail->setObjectName(u"traceAttemptDetail"_s);
    m_list->setHeaderLabels({tr("Attempted"), tr("Event"), tr("Attempt"), tr("Status"), tr("Duration"),
                             tr("Response or error")});
    m_list->setRootIsDecorated(false);
    m_list->setMinimumHeight(90);
    m_list->header()->setStretchLastSection(true);
    m_none->setForegroundRole(QPalette::PlaceholderText);
    m_none->setWordWrap(true);
    m_resend->setToolTip(tr("Queue the selected attempt's message again, with the same webhook-id"));
    // The trace is this delivery's already.
    m_detail->setOpenDeliveryShown(false);
    m_detail->setMinimumHeight(260);

    auto *resendRow = new QHBoxLayout;
    resendRow->addStretch(1);
    resendRow->addWidget(m_resend);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_none);
    layout->addLayout(resendRow);
    layout->addWidget(m_detail);

    connect(m_resend, &QPushButton::clicked, this, &TraceAttempts::resendSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &TraceAttempts::showSelected);
    setAttempts(Json::array());
}

void TraceAttempts::setBackend(Backend *backend)
{
    m_backend = backend;
    showSelected();
}

void TraceAttempts::setAttempts(const Json &attempts)
{
    // The selection stays on its attempt when the trace is read again.
    const int currentRow = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    const WebhookAttemptEntry *current = currentRow >= 0 && currentRow < m_entries.size() ? &m_entries[currentRow]
                                                                                          : nullptr;
    const QString selectedMessage = current ? current->messageId : QString();
    const int selectedAttempt = current ? current->attempt.attempt : 0;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    m_entries.clear();
    if (attempts.is_array()) {
        for (const Json &a : attempts) {
            if (!a.is_object())
                continue;
            WebhookAttemptEntry e = attemptEntryFromJson(a);
            const WebhookAttempt &at = e.attempt;
            const QString status = at.outcome == u"interrupted"_s ? tr("interrupted")
                                   : at.status > 0                 ? QString::number(at.status)
                                                                   : tr("no answer");
            const QString response = (at.error.isEmpty() ? at.responseExcerpt : at.error).simplified();
            auto *item = new QTreeWidgetItem(
                m_list, {TimeFormat::text(at.startedAt, TimeFormat::Form::Milliseconds), e.eventType,
                         QString::number(at.attempt), status, tr("%1 ms").arg(QLocale().toString(at.durationMs)),
                         response.left(200)});
            item->setData(0, Qt::UserRole, e.messageId);
            item->setToolTip(0, TimeFormat::iso(at.startedAt));
            if (e.messageId == selectedMessage && at.attempt == selectedAttempt)
                m_list->setCurrentItem(item);
            m_entries.append(std::move(e));
        }
    }
    showSelected();
}

void TraceAttempts::showSelected()
{
    const bool local = m_backend && m_backend->isLocal();
    const bool any = !m_entries.isEmpty();
    m_list->setVisible(any);
    if (!local && m_backend) {
        // Never an empty list that looks like "no attempts were made".
        m_none->setText(tr("Webhook attempts are unavailable: the %1 API does not report them (only the local "
                           "server keeps them).")
                            .arg(m_backend->displayName()));
        m_none->setToolTip(tr("The Sendivent API has no endpoint for webhook attempts; see the README's "
                              "\"What the remote API cannot answer\"."));
    } else {
        m_none->setText(tr("No webhook attempts"));
        m_none->setToolTip({});
    }
    m_none->setVisible(!any);
    QTreeWidgetItem *item = m_list->currentItem();
    const int row = item && item->isSelected() ? m_list->indexOfTopLevelItem(item) : -1;
    const WebhookAttemptEntry *entry = row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
    m_resend->setVisible(local);
    m_resend->setEnabled(local && entry && !entry->messageId.isEmpty());
    m_detail->setAttempt(entry);
    m_detail->setVisible(entry != nullptr);
}

void TraceAttempts::resendSelected()
{
    LocalOperations *local = m_backend ? m_backend->local() : nullptr;
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!local || !item)
        return;
    const QString messageId = item->data(0, Qt::UserRole).toString();
    if (messageId.isEmpty())
        return;
    m_resend->setEnabled(false);
    local->resendWebhookMessage(messageId).then(this, [this](const Result<WebhookMessage> &queued) {
        if (!queued)
            Q_EMIT failed(queued.error());
        else
            Q_EMIT resent();
        showSelected();
    });
}

} // namespace sendivent::app
