#include "webhookattemptspanel.h"

#include "webhookattemptdetail.h"
#include "webhookattemptsmodel.h"
#include "widgets/timeformat.h"

#include <backend/localoperations.h>
#include <webhooks/webhook.h>
#include <webhooks/webhookmessage.h>

#include <QtCore/QSortFilterProxyModel>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenu>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

namespace sendivent::app {

using namespace Qt::StringLiterals;

WebhookAttemptsPanel::WebhookAttemptsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new WebhookAttemptsModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_note(new QLabel(this))
    , m_outcome(new QComboBox(this))
    , m_event(new QComboBox(this))
    , m_delivery(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_detail(new WebhookAttemptDetail(this))
    , m_count(new QLabel(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_resend(new QPushButton(tr("Resend message"), this))
{
    setObjectName(u"webhookAttemptsPanel"_s);
    m_note->setObjectName(u"webhookAttemptsNote"_s);
    m_outcome->setObjectName(u"webhookAttemptsOutcome"_s);
    m_event->setObjectName(u"webhookAttemptsEvent"_s);
    m_delivery->setObjectName(u"webhookAttemptsDelivery"_s);
    m_table->setObjectName(u"webhookAttemptsTable"_s);
    m_count->setObjectName(u"webhookAttemptsCount"_s);
    m_refresh->setObjectName(u"webhookRefreshAttempts"_s);
    m_resend->setObjectName(u"webhookResend"_s);

    m_outcome->addItem(tr("Any outcome"), QString());
    m_outcome->addItem(tr("Delivered"), u"delivered"_s);
    m_outcome->addItem(tr("Failed"), u"failed"_s);
    m_outcome->addItem(tr("Interrupted"), u"interrupted"_s);
    m_event->addItem(tr("Any event"), QString());
    for (const QString &type : webhookEventTypes())
        m_event->addItem(type, type);
    m_delivery->setPlaceholderText(tr("Delivery uuid"));
    m_delivery->setClearButtonEnabled(true);

    m_note->setWordWrap(true);
    m_note->hide();
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(WebhookAttemptsModel::SortRole);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(WebhookAttemptsModel::TimeColumn, Qt::DescendingOrder);
    // The outbox keeps attempts in time order only; the other columns sort what is shown.
    m_table->horizontalHeader()->setToolTip(
        tr("The newest %1 attempts the filters take are read in time order; clicking a column sorts those "
           "in the console (the outbox has no index on the other columns).")
            .arg(kShownAttempts));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
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

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_outcome);
    filters->addWidget(m_event);
    filters->addWidget(m_delivery, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_resend);
    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_table, 1);
    listLayout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"webhookAttemptsSplitter"_s);
    splitter->addWidget(listSide);
    // The detail scrolls when the window is short, so that this tab never makes the
    // Webhooks page taller than a 1024×700 window has room for (issue 21).
    auto *detailScroll = new QScrollArea(this);
    detailScroll->setObjectName(u"webhookAttemptDetailScroll"_s);
    detailScroll->setWidget(m_detail);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setFocusPolicy(Qt::NoFocus);
    splitter->addWidget(detailScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WebhookAttemptsPanel::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WebhookAttemptsPanel::updateState);
    connect(TimeFormat::instance(), &TimeFormat::changed, this, &WebhookAttemptsPanel::updateState);
    connect(m_resend, &QPushButton::clicked, this, &WebhookAttemptsPanel::resendSelected);
    connect(m_refresh, &QPushButton::clicked, this, &WebhookAttemptsPanel::reload);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &WebhookAttemptsPanel::reload);
    connect(m_event, &QComboBox::currentIndexChanged, this, &WebhookAttemptsPanel::reload);
    connect(m_delivery, &QLineEdit::textChanged, this, &WebhookAttemptsPanel::reload);
    connect(m_table, &QWidget::customContextMenuRequested, this, &WebhookAttemptsPanel::showContextMenu);
    connect(m_detail, &WebhookAttemptDetail::deliveryRequested, this, &WebhookAttemptsPanel::deliveryRequested);
    updateState();
}

void WebhookAttemptsPanel::setBackend(LocalOperations *local, const QString &remoteName)
{
    m_local = local;
    m_model->setEntries({});
    m_note->setText(local ? QString()
                          : tr("Attempts are unavailable: the attempts log is kept by the local server only; the %1 "
                               "API does not list attempts.")
                                .arg(remoteName));
    m_note->setToolTip(local ? QString()
                             : tr("The Sendivent API has no endpoint for webhook attempts; see the README's "
                                  "\"What the remote API cannot answer\"."));
    m_note->setVisible(!local);
    updateState(); // the page reloads everything, this log included, right after
}

const WebhookAttemptEntry *WebhookAttemptsPanel::selected() const
{
    return m_model->at(m_sorted->mapToSource(m_table->currentIndex()).row());
}

void WebhookAttemptsPanel::filterByDelivery(const QString &uuid)
{
    m_delivery->setText(uuid);
}

void WebhookAttemptsPanel::reload()
{
    if (!m_local)
        return;
    WebhookAttemptFilter filter;
    filter.outcome = m_outcome->currentData().toString();
    filter.eventType = m_event->currentData().toString();
    filter.deliveryUuid = m_delivery->text().trimmed();
    m_local->webhookAttempts(kShownAttempts, filter)
        .then(this, [this](const Result<QList<WebhookAttemptEntry>> &list) {
            if (!list) {
                m_count->setText(tr("Could not read the attempts: %1").arg(list.error().message));
                return;
            }
            // The selection stays on its attempt as newer ones arrive above it.
            const WebhookAttemptEntry *current = selected();
            const QString message = current ? current->messageId : QString();
            const int attempt = current ? current->attempt.attempt : 0;
            m_model->setEntries(*list);
            if (const int row = m_model->rowOf(message, attempt); row >= 0) {
                const QModelIndex index = m_sorted->mapFromSource(m_model->index(row, 0));
                if (m_table->currentIndex().row() != index.row())
                    m_table->setCurrentIndex(index);
            }
            for (int row = 0; !m_selectMessage.isEmpty() && row < m_model->rowCount(); ++row) {
                if (m_model->at(row)->messageId == m_selectMessage) {
                    const QModelIndex index = m_sorted->mapFromSource(m_model->index(row, 0));
                    m_table->setCurrentIndex(index);
                    m_table->scrollTo(index);
                    m_selectMessage.clear();
                }
            }
            updateState();
        });
}

void WebhookAttemptsPanel::resendSelected()
{
    if (const WebhookAttemptEntry *entry = selected())
        resend(entry->messageId);
}

void WebhookAttemptsPanel::resend(const QString &messageId)
{
    if (!m_local || messageId.isEmpty())
        return;
    m_local->resendWebhookMessage(messageId).then(this, [this](const Result<WebhookMessage> &queued) {
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
    {
        // Every attempt may be the one: no filter hides it.
        const QSignalBlocker outcome(m_outcome), event(m_event), delivery(m_delivery);
        m_outcome->setCurrentIndex(0);
        m_event->setCurrentIndex(0);
        m_delivery->clear();
    }
    reload();
}

void WebhookAttemptsPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    const WebhookAttemptEntry *entry = selected();
    if (!entry)
        return;
    const WebhookAttemptEntry e = *entry; // the menu outlives a reload
    QMenu menu(this);
    menu.setObjectName(u"webhookAttemptsMenu"_s);
    const auto copy = [](const QString &text) { QGuiApplication::clipboard()->setText(text); };
    menu.addAction(tr("Copy message id"), this, [copy, e] { copy(e.messageId); });
    if (!e.deliveryUuid.isEmpty())
        menu.addAction(tr("Copy delivery uuid"), this, [copy, e] { copy(e.deliveryUuid); });
    menu.addAction(tr("Copy response body"), this, [copy, e] { copy(e.attempt.responseExcerpt); });
    menu.addSeparator();
    menu.addAction(tr("Filter by event %1").arg(e.eventType), this,
                   [this, e] { m_event->setCurrentIndex(m_event->findData(e.eventType)); });
    if (const int outcome = m_outcome->findData(e.attempt.outcome); outcome > 0)
        menu.addAction(tr("Filter by outcome %1").arg(m_outcome->itemText(outcome)), this,
                       [this, outcome] { m_outcome->setCurrentIndex(outcome); });
    if (!e.deliveryUuid.isEmpty())
        menu.addAction(tr("Filter by this delivery"), this, [this, e] { filterByDelivery(e.deliveryUuid); });
    menu.addSeparator();
    if (!e.deliveryUuid.isEmpty())
        menu.addAction(tr("Open delivery"), this, [this, e] { Q_EMIT deliveryRequested(e.deliveryUuid); });
    menu.addAction(tr("Resend message"), this, [this, e] { resend(e.messageId); })->setEnabled(m_local != nullptr);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void WebhookAttemptsPanel::updateState()
{
    const bool local = m_local != nullptr;
    for (QWidget *w : std::initializer_list<QWidget *>{m_table, m_refresh, m_outcome, m_event, m_delivery})
        w->setEnabled(local);
    const WebhookAttemptEntry *entry = local ? selected() : nullptr;
    m_resend->setEnabled(entry != nullptr);
    m_detail->setAttempt(entry);
    const int shown = m_model->rowCount();
    m_count->setText(!local                   ? QString()
                     : shown >= kShownAttempts ? tr("The newest %1 attempts").arg(kShownAttempts)
                                               : tr("%n attempt(s)", nullptr, shown));
}

} // namespace sendivent::app
