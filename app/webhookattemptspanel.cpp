#include "webhookattemptspanel.h"

#include "webhookattemptsmodel.h"

#include <localbackend.h>

#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

namespace sendivent::app {

using namespace Qt::StringLiterals;

WebhookAttemptsPanel::WebhookAttemptsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new WebhookAttemptsModel(this))
    , m_note(new QLabel(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_resend(new QPushButton(tr("Resend message"), this))
{
    setObjectName(u"webhookAttemptsPanel"_s);
    m_note->setObjectName(u"webhookAttemptsNote"_s);
    m_table->setObjectName(u"webhookAttemptsTable"_s);
    m_count->setObjectName(u"webhookAttemptsCount"_s);
    m_refresh->setObjectName(u"webhookRefreshAttempts"_s);
    m_resend->setObjectName(u"webhookResend"_s);

    m_note->setWordWrap(true);
    m_note->hide();
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (const auto &[column, width] :
         {std::pair{WebhookAttemptsModel::TimeColumn, 160}, {WebhookAttemptsModel::EventColumn, 160},
          {WebhookAttemptsModel::AttemptColumn, 70}, {WebhookAttemptsModel::StatusColumn, 90},
          {WebhookAttemptsModel::DurationColumn, 90}, {WebhookAttemptsModel::ResponseColumn, 260}})
        m_table->setColumnWidth(column, width);
    m_resend->setToolTip(tr("Send the selected attempt's message again, with the same webhook-id, from the start "
                            "of the retry schedule"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_resend);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WebhookAttemptsPanel::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WebhookAttemptsPanel::updateState);
    connect(m_resend, &QPushButton::clicked, this, &WebhookAttemptsPanel::resendSelected);
    connect(m_refresh, &QPushButton::clicked, this, &WebhookAttemptsPanel::reload);
    updateState();
}

void WebhookAttemptsPanel::setBackend(LocalBackend *local, const QString &remoteName)
{
    m_local = local;
    m_model->setEntries({});
    m_note->setText(local ? QString()
                          : tr("The attempts log is kept by the local server only; the %1 API does not "
                               "list attempts.")
                                .arg(remoteName));
    m_note->setVisible(!local);
    updateState(); // the page reloads everything, this log included, right after
}

void WebhookAttemptsPanel::reload()
{
    if (!m_local)
        return;
    m_local->webhookAttempts(kShownAttempts).then(this, [this](const Result<QList<WebhookAttemptEntry>> &list) {
        if (!list) {
            m_count->setText(tr("Could not read the attempts: %1").arg(list.error().message));
            return;
        }
        // The selection stays on its attempt as newer ones arrive above it.
        const WebhookAttemptEntry *selected = m_model->at(m_table->currentIndex().row());
        const QString message = selected ? selected->messageId : QString();
        const int attempt = selected ? selected->attempt.attempt : 0;
        m_model->setEntries(*list);
        if (const int row = m_model->rowOf(message, attempt); row >= 0 && m_table->currentIndex().row() != row)
            m_table->setCurrentIndex(m_model->index(row, 0));
        for (int row = 0; !m_selectMessage.isEmpty() && row < m_model->rowCount(); ++row) {
            if (m_model->at(row)->messageId == m_selectMessage) {
                m_table->setCurrentIndex(m_model->index(row, 0));
                m_table->scrollTo(m_model->index(row, 0));
                m_selectMessage.clear();
            }
        }
        updateState();
    });
}

void WebhookAttemptsPanel::resendSelected()
{
    const WebhookAttemptEntry *entry = m_model->at(m_table->currentIndex().row());
    if (!entry || !m_local)
        return;
    m_local->resendWebhookMessage(entry->messageId).then(this, [this](const Result<WebhookMessage> &queued) {
        if (!queued) {
            Q_EMIT failed(queued.error());
            return;
        }
        Q_EMIT statusMessage(tr("Message %1 queued again.").arg(queued->messageId));
    });
}

void WebhookAttemptsPanel::selectMessage(const QString &messageId)
{
    m_selectMessage = messageId;
    reload();
}

void WebhookAttemptsPanel::updateState()
{
    const bool local = m_local != nullptr;
    m_table->setEnabled(local);
    m_refresh->setEnabled(local);
    m_resend->setEnabled(local && m_model->at(m_table->currentIndex().row()) != nullptr);
    const int shown = m_model->rowCount();
    m_count->setText(!local                   ? QString()
                     : shown >= kShownAttempts ? tr("The newest %1 attempts").arg(kShownAttempts)
                                               : tr("%n attempt(s)", nullptr, shown));
}

} // namespace sendivent::app
