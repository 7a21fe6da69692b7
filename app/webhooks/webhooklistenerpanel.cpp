#include "webhooklistenerpanel.h"

#include "webhooklistenermodel.h"
#include "widgets/copyfeedback.h"
#include "widgets/jsontext.h"
#include "widgets/rowmenu.h"

#include <base/apierror.h>
#include <webhooklistener.h>

#include <QtCore/QSettings>
#include <QtCore/QSortFilterProxyModel>
#include <QtGui/QClipboard>
#include <QtGui/QFontDatabase>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenu>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QVBoxLayout>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

// The listener's last port, for every data folder: a port belongs to this computer,
// and the listener is one per console whichever folder it shows.
constexpr char kPortKey[] = "webhooks/listenerPort";

QPlainTextEdit *makeViewer(QWidget *parent, const QString &objectName, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setReadOnly(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

WebhookListenerPanel::WebhookListenerPanel(QWidget *parent)
    : QWidget(parent)
    , m_listener(new server::WebhookListener(this))
    , m_model(new WebhookListenerModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_port(new QSpinBox(this))
    , m_toggle(new QPushButton(this))
    , m_url(new QLineEdit(this))
    , m_copyUrl(new QPushButton(tr("Copy"), this))
    , m_useUrl(new QPushButton(tr("Use as endpoint URL"), this))
    , m_clear(new QPushButton(tr("Clear"), this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_body(makeViewer(this, u"webhookRequestBody"_s, tr("No body")))
    , m_raw(makeViewer(this, u"webhookRequestRaw"_s, tr("Select a request to see it as received")))
    , m_count(new QLabel(this))
{
    setObjectName(u"webhookListenerPanel"_s);
    m_port->setObjectName(u"listenerPort"_s);
    m_toggle->setObjectName(u"listenerToggle"_s);
    m_url->setObjectName(u"listenerUrl"_s);
    m_copyUrl->setObjectName(u"listenerCopyUrl"_s);
    m_useUrl->setObjectName(u"listenerUseUrl"_s);
    m_clear->setObjectName(u"listenerClear"_s);
    m_table->setObjectName(u"webhookReceivedTable"_s);
    m_table->setAccessibleName(tr("Received webhooks"));
    m_summary->setObjectName(u"webhookRequestSummary"_s);
    m_count->setObjectName(u"listenerCount"_s);

    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any"));
    // Issue 21: the port the listener last listened on, so an endpoint saved with its
    // address keeps working after the console restarts.
    if (const int remembered = QSettings().value(QLatin1StringView(kPortKey), 0).toInt(); remembered > 0) {
        m_port->setValue(remembered);
        m_usedPorts.append(quint16(remembered));
    }
    m_port->setToolTip(tr("The port to listen on; “any” lets the system choose a free one"));
    m_url->setReadOnly(true);
    m_url->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_url->setPlaceholderText(tr("Not listening"));
    m_useUrl->setToolTip(tr("Put this address into the endpoint's URL; save to send the events here"));

    // At most kMaxRows requests, in memory: every column sorts. Newest first to begin
    // with, which is the model's own order (the sort is stable).
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(WebhookListenerModel::SortRole);
    m_table->setModel(m_sorted);
    m_table->horizontalHeader()->setSortIndicator(WebhookListenerModel::TimeColumn, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    installRowMenu(m_table, [this](int row) { return contextMenu(row); }, true);
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
         {std::pair{WebhookListenerModel::TimeColumn, 110}, {WebhookListenerModel::EventColumn, 150},
          {WebhookListenerModel::StatusColumn, 80}, {WebhookListenerModel::SignatureColumn, 160}})
        m_table->setColumnWidth(column, width);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto *listenRow = new QHBoxLayout;
    listenRow->addWidget(new QLabel(tr("Port"), this));
    listenRow->addWidget(m_port);
    listenRow->addWidget(m_toggle);
    listenRow->addWidget(m_url, 1);
    listenRow->addWidget(m_copyUrl);
    listenRow->addWidget(m_useUrl);
    listenRow->addSpacing(12);
    listenRow->addWidget(m_clear);

    auto *requestTabs = new QTabWidget(this);
    requestTabs->setObjectName(u"webhookRequestTabs"_s);
    requestTabs->setDocumentMode(true);
    requestTabs->addTab(m_body, tr("Body"));
    requestTabs->addTab(m_raw, tr("Raw request"));
    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_summary);
    detailsLayout->addWidget(requestTabs, 1);
    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_count);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"webhookListenerSplitter"_s);
    splitter->addWidget(listSide);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({650, 350}); // the table's columns fit; the body reads fine narrower
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(listenRow);
    layout->addWidget(splitter, 1);

    connect(m_toggle, &QPushButton::clicked, this, [this] {
        if (m_listener->isListening())
            stop();
        else
            start();
    });
    connect(m_copyUrl, &QPushButton::clicked, this, [this] { copyWithFeedback(m_copyUrl, m_url->text()); });
    connect(m_useUrl, &QPushButton::clicked, this, [this] {
        if (m_listener->isListening())
            Q_EMIT useUrlRequested(m_listener->url().toString());
    });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_model->clear();
        showSelected();
        updateState();
    });
    connect(m_listener, &server::WebhookListener::requestReceived, this, &WebhookListenerPanel::received);
    connect(m_listener, &server::WebhookListener::listeningChanged, this, &WebhookListenerPanel::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WebhookListenerPanel::showSelected);
    showSelected();
    updateState();
}

WebhookListenerPanel::~WebhookListenerPanel()
{
    // Its signals must not reach widgets that are going away.
    m_listener->disconnect(this);
}

bool WebhookListenerPanel::start()
{
    const Status started = m_listener->start(quint16(m_port->value()));
    if (!started) {
        Q_EMIT failed(started.error());
        return false;
    }
    const quint16 port = quint16(m_listener->url().port());
    QSettings().setValue(QLatin1StringView(kPortKey), port);
    if (!m_usedPorts.contains(port))
        m_usedPorts.append(port);
    {
        const QSignalBlocker blocker(m_port);
        m_port->setValue(port); // "any" became a port: the next start asks for it again
    }
    Q_EMIT statusMessage(tr("Listening on %1. Use it as the endpoint's URL to receive this application's events "
                            "here.")
                             .arg(m_listener->url().toString()));
    updateState();
    return true;
}

void WebhookListenerPanel::setPort(quint16 port)
{
    m_port->setValue(port);
}

bool WebhookListenerPanel::hasListenedOn(quint16 port) const
{
    return port != 0 && m_usedPorts.contains(port);
}

void WebhookListenerPanel::stop()
{
    m_listener->stop();
    Q_EMIT statusMessage(tr("The listener stopped."));
    updateState();
}

void WebhookListenerPanel::updateState()
{
    const bool listening = m_listener->isListening();
    m_toggle->setText(listening ? tr("Stop listener") : tr("Start listener"));
    m_port->setEnabled(!listening);
    m_url->setText(listening ? m_listener->url().toString() : QString());
    m_copyUrl->setEnabled(listening);
    m_useUrl->setEnabled(listening);
    m_count->setText(listening ? tr("%n request(s) received; listening on %1", nullptr, m_model->rowCount())
                                     .arg(m_listener->url().toString())
                               : tr("%n request(s) received; not listening", nullptr, m_model->rowCount()));
}

void WebhookListenerPanel::received(const server::ListenerRequest &request)
{
    // The selection follows new requests while it is on the newest one (or on none).
    const QModelIndex current = m_table->currentIndex();
    const bool followNewest = !current.isValid() || m_sorted->mapToSource(current).row() == 0;
    m_model->add(ReceivedWebhook::inspect(request, m_secret));
    if (followNewest)
        m_table->setCurrentIndex(m_sorted->mapFromSource(m_model->index(0, 0)));
    updateState();
}

QMenu *WebhookListenerPanel::contextMenu(int row)
{
    const ReceivedWebhook *r = m_model->at(m_sorted->mapToSource(m_sorted->index(row, 0)).row());
    if (!r)
        return nullptr;
    auto *menu = new QMenu(this);
    menu->setObjectName(u"listenerMenu"_s);
    const auto copy = [menu](const char *name, const QString &text, const QString &value) {
        QAction *action = menu->addAction(text, menu, [value] { QGuiApplication::clipboard()->setText(value); });
        action->setObjectName(QString::fromLatin1(name));
        action->setEnabled(!value.isEmpty());
    };
    copy("listenerMenuCopyMessageId", tr("Copy webhook-id"), r->messageId);
    copy("listenerMenuCopyDelivery", tr("Copy delivery uuid"), r->deliveryUuid);
    copy("listenerMenuCopyBody", tr("Copy body"), QString::fromUtf8(r->request.body));
    return menu;
}

void WebhookListenerPanel::showSelected()
{
    const ReceivedWebhook *r = m_model->at(m_sorted->mapToSource(m_table->currentIndex()).row());
    if (!r) {
        m_summary->setText(tr("Select a request to see what arrived."));
        m_raw->clear();
        m_body->clear();
        return;
    }
    QString summary = tr("%1 %2 from %3 → %4")
                          .arg(QString::fromLatin1(r->request.method), QString::fromUtf8(r->request.target),
                               r->request.peer)
                          .arg(r->request.status);
    summary += u'\n' + WebhookListenerModel::signatureText(r->signature);
    if (!r->signatureDetail.isEmpty())
        summary += u": "_s + r->signatureDetail;
    if (!r->messageId.isEmpty())
        summary += u" · "_s + r->messageId;
    m_summary->setText(summary);
    // As received: the signature covers the body's bytes, not a reformatting of them.
    m_raw->setPlainText(QString::fromUtf8(r->request.head + "\n\n" + r->request.body));
    if (const auto json = parseJson(r->request.body))
        m_body->setPlainText(formatJson(*json));
    else
        m_body->setPlainText(QString::fromUtf8(r->request.body));
}

} // namespace sendivent::app
