#include "webhookspage.h"

#include "webhookattemptspanel.h"
#include "webhooklistenermodel.h"
#include "webhooklistenerpanel.h"
#include "widgets/copyfeedback.h"
#include "widgets/errorbanner.h"

#include <backend/backend.h>
#include <backend/localoperations.h>
#include <webhooklistener.h>
#include <webhooks/webhookmessage.h>

#include <QtCore/QSet>
#include <QtGui/QFontDatabase>
#include <QtGui/QGuiApplication>
#include <QtGui/QIcon>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QFrame>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStyle>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QVBoxLayout>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

// The page keeps an endpoint without its secret: a secret is known only from the
// answer of a create or a rotation (m_secrets), whatever a backend's read carries.
std::optional<Webhook> withoutSecret(std::optional<Webhook> endpoint)
{
    if (endpoint)
        endpoint->signingSecret.clear();
    return endpoint;
}

// The attempts log and the endpoint are re-read this often while the page shows
// (the server's dispatcher records attempts on its own thread).
constexpr int kPollMs = 1000;

// The reference's description of each event type, in webhookEventTypes() order.
QString eventDescription(const QString &type)
{
    if (type == u"delivery.sent"_s)
        return WebhooksPage::tr("Notification dispatched to provider");
    if (type == u"delivery.delivered"_s)
        return WebhooksPage::tr("Provider confirmed delivery (email only via SES)");
    if (type == u"delivery.failed"_s)
        return WebhooksPage::tr("Delivery failed permanently");
    if (type == u"delivery.bounced"_s)
        return WebhooksPage::tr("Email bounced");
    if (type == u"delivery.complained"_s)
        return WebhooksPage::tr("Recipient marked as spam");
    return {};
}

} // namespace

WebhooksPage::WebhooksPage(Backend *backend, QWidget *parent)
    : Page(parent)
    , m_notice(new QLabel(this))
    , m_listenerNotice(new QFrame(this))
    , m_listenerNoticeText(new QLabel(m_listenerNotice))
    , m_noticeStart(new QPushButton(tr("Start listener"), m_listenerNotice))
    , m_errors(new ErrorBanner(this))
    , m_url(new QLineEdit(this))
    , m_active(new QCheckBox(tr("Send events to this endpoint"), this))
    , m_save(new QPushButton(this))
    , m_revert(new QPushButton(tr("Revert"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
    , m_secret(new QLineEdit(this))
    , m_reveal(new QPushButton(tr("Reveal"), this))
    , m_copySecret(new QPushButton(tr("Copy"), this))
    , m_rotate(new QPushButton(tr("Rotate…"), this))
    , m_secretHint(new QLabel(this))
    , m_testEvent(new QComboBox(this))
    , m_sendTest(new QPushButton(tr("Send test event"), this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_listenerPanel(new WebhookListenerPanel(this))
    , m_attemptsPanel(new WebhookAttemptsPanel(this))
{
    setObjectName(u"webhooksPage"_s);
    m_notice->setObjectName(u"webhookNotice"_s);
    m_errors->setObjectName(u"webhookErrors"_s);
    m_url->setObjectName(u"webhookUrl"_s);
    m_active->setObjectName(u"webhookActive"_s);
    m_save->setObjectName(u"webhookSave"_s);
    m_revert->setObjectName(u"webhookRevert"_s);
    m_delete->setObjectName(u"webhookDelete"_s);
    m_secret->setObjectName(u"webhookSecret"_s);
    m_secret->setAccessibleName(tr("Signing secret"));
    m_reveal->setObjectName(u"webhookRevealSecret"_s);
    m_copySecret->setObjectName(u"webhookCopySecret"_s);
    m_rotate->setObjectName(u"webhookRotateSecret"_s);
    m_secretHint->setObjectName(u"webhookSecretHint"_s);
    m_testEvent->setObjectName(u"webhookTestEvent"_s);
    m_sendTest->setObjectName(u"webhookSendTest"_s);
    m_status->setObjectName(u"webhookStatus"_s);
    m_tabs->setObjectName(u"webhookTabs"_s);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_listenerNotice->setObjectName(u"webhookListenerNotice"_s);
    m_listenerNoticeText->setObjectName(u"webhookListenerNoticeText"_s);
    m_listenerNoticeText->setWordWrap(true);
    m_noticeStart->setObjectName(u"webhookNoticeStartListener"_s);
    auto *noticePoint = new QPushButton(tr("Point endpoint at the listener"), m_listenerNotice);
    noticePoint->setObjectName(u"webhookNoticePointEndpoint"_s);
    m_listenerNotice->setFrameShape(QFrame::StyledPanel);
    auto *noticeLayout = new QHBoxLayout(m_listenerNotice);
    noticeLayout->addWidget(m_listenerNoticeText, 1);
    noticeLayout->addWidget(m_noticeStart);
    noticeLayout->addWidget(noticePoint);
    m_listenerNotice->hide();
    connect(m_noticeStart, &QPushButton::clicked, this, [this] {
        // On the endpoint's own port: the address it already has works again.
        if (m_endpoint)
            m_listenerPanel->setPort(quint16(QUrl(m_endpoint->url).port()));
        m_listenerPanel->start();
    });
    connect(noticePoint, &QPushButton::clicked, this, &WebhooksPage::pointEndpointAtListener);
    m_url->setPlaceholderText(u"https://yourapp.com/webhooks/sendivent"_s);
    m_url->setClearButtonEnabled(true);
    m_active->setToolTip(tr("Off: no events are sent, and those waiting are dropped (not sent when it is "
                            "turned on again)"));
    m_delete->setToolTip(tr("Remove the endpoint; attempts already made stay in the deliveries' traces"));
    m_secret->setReadOnly(true);
    m_secret->setFont(mono);
    m_secret->setEchoMode(QLineEdit::Password);
    m_reveal->setCheckable(true);
    m_rotate->setToolTip(tr("Make a new signing secret; the old one stops working at once"));
    m_secretHint->setWordWrap(true);
    m_secretHint->setForegroundRole(QPalette::PlaceholderText);
    for (const QString &type : webhookEventTypes()) {
        m_testEvent->addItem(type, type);
        m_testEvent->setItemData(m_testEvent->count() - 1, eventDescription(type), Qt::ToolTipRole);
    }
    m_sendTest->setToolTip(tr("Queue a made-up delivery event (event_name webhook.test) for the endpoint, "
                              "whatever events it subscribes to"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *title = new QLabel(tr("Webhooks"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *eventsRow = new QHBoxLayout;
    for (const QString &type : webhookEventTypes()) {
        auto *box = new QCheckBox(type, this);
        box->setObjectName(u"webhookEvent_"_s + type.mid(type.indexOf(u'.') + 1));
        box->setProperty("eventType", type);
        box->setToolTip(eventDescription(type));
        m_events << box;
        eventsRow->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &WebhooksPage::updateState);
    }
    eventsRow->addStretch(1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);

    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_reveal);
    secretRow->addWidget(m_copySecret);
    secretRow->addWidget(m_rotate);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testEvent);
    testRow->addWidget(m_sendTest);
    testRow->addStretch(1);

    auto *form = new QFormLayout;
    form->addRow(tr("Endpoint URL"), m_url);
    form->addRow(tr("Events"), eventsRow);
    form->addRow(tr("Active"), m_active);
    form->addRow(QString(), buttons);
    form->addRow(tr("Signing secret"), secretRow);
    form->addRow(QString(), m_secretHint);
    form->addRow(tr("Test"), testRow);

    // A readable column rather than fields stretched across a wide window.
    auto *header = new QWidget(this);
    header->setMaximumWidth(1000);
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    headerLayout->addWidget(title);
    headerLayout->addWidget(m_notice);
    headerLayout->addWidget(m_errors);
    headerLayout->addLayout(form);
    headerLayout->addWidget(m_status);
    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(header, 3);
    headerRow->addStretch(1);

    m_tabs->setDocumentMode(true);
    // The listener's notice heads its tab: above the form it made the page taller than
    // a 700 px window; the tab shows a warning while it stands (updateListenerNotice).
    auto *listenerTab = new QWidget(this);
    auto *listenerLayout = new QVBoxLayout(listenerTab);
    listenerLayout->setContentsMargins(0, 0, 0, 0);
    listenerLayout->addWidget(m_listenerNotice);
    listenerLayout->addWidget(m_listenerPanel, 1);
    m_tabs->addTab(listenerTab, tr("Listener"));
    m_tabs->addTab(m_attemptsPanel, tr("Attempts"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(headerRow);
    layout->addSpacing(6);
    layout->addWidget(m_tabs, 1);

    connect(m_url, &QLineEdit::textChanged, this, &WebhooksPage::updateState);
    connect(m_url, &QLineEdit::returnPressed, this, &WebhooksPage::save);
    connect(m_active, &QCheckBox::toggled, this, &WebhooksPage::updateState);
    connect(m_save, &QPushButton::clicked, this, &WebhooksPage::save);
    connect(m_revert, &QPushButton::clicked, this, [this] { showEndpoint(m_endpoint); });
    connect(m_delete, &QPushButton::clicked, this, &WebhooksPage::deleteEndpoint);
    connect(m_reveal, &QPushButton::toggled, this, &WebhooksPage::showSecret);
    connect(m_copySecret, &QPushButton::clicked, this, [this] {
        if (const QString secret = knownSecret(); !secret.isEmpty()) {
            copyWithFeedback(m_copySecret, secret);
            showStatus(tr("The signing secret is on the clipboard."));
        }
    });
    connect(m_rotate, &QPushButton::clicked, this, &WebhooksPage::rotateSecret);
    connect(m_sendTest, &QPushButton::clicked, this, &WebhooksPage::sendTestEvent);
    connect(m_listenerPanel, &WebhookListenerPanel::useUrlRequested, this, &WebhooksPage::useListenerUrl);
    connect(listener(), &server::WebhookListener::listeningChanged, this, &WebhooksPage::updateListenerNotice);
    connect(m_listenerPanel, &WebhookListenerPanel::failed, this,
            [this](const Error &error) { m_errors->showError(error); });
    connect(m_listenerPanel, &WebhookListenerPanel::statusMessage, this, [this](const QString &text) {
        m_errors->clear();
        showStatus(text);
    });
    connect(m_attemptsPanel, &WebhookAttemptsPanel::deliveryRequested, this, &WebhooksPage::deliveryRequested);
    connect(m_attemptsPanel, &WebhookAttemptsPanel::failed, this,
            [this](const Error &error) { m_errors->showError(error); });
    connect(m_attemptsPanel, &WebhookAttemptsPanel::statusMessage, this, [this](const QString &text) {
        m_errors->clear();
        showStatus(text);
    });
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &WebhooksPage::poll);
    m_poll.start();

    setBackend(backend);
}

WebhooksPage::~WebhooksPage() = default;

QString WebhooksPage::title() const
{
    return tr("Webhooks");
}

server::WebhookListener *WebhooksPage::listener() const
{
    return m_listenerPanel->listener();
}

WebhookListenerModel *WebhooksPage::received() const
{
    return m_listenerPanel->model();
}

void WebhooksPage::selectMessage(const QString &messageId)
{
    m_tabs->setCurrentWidget(m_attemptsPanel);
    m_attemptsPanel->selectMessage(messageId);
}

WebhookAttemptsModel *WebhooksPage::attempts() const
{
    return m_attemptsPanel->model();
}

void WebhooksPage::setBackend(Backend *backend)
{
    m_backend = backend;
    m_local = backend ? backend->local() : nullptr;
    m_endpoint.reset();
    m_loaded = false;
    m_errors->clear();
    const QString name = backend ? backend->displayName() : QString();
    m_notice->setText(m_local ? QString()
                              : tr("The %1 API: rotating the secret, test events, resending and the attempts log "
                                   "are extensions of the local server and are off here. A remote API cannot reach "
                                   "this computer's listener address without a tunnel.")
                                    .arg(name));
    m_notice->setVisible(!m_local);
    m_attemptsPanel->setBackend(m_local, name);
    showEndpoint(std::nullopt);
    reload();
}

void WebhooksPage::reload()
{
    if (!m_backend)
        return;
    Backend *backend = m_backend;
    backend->webhook().then(this, [this, backend](const Result<std::optional<Webhook>> &current) {
        if (backend != m_backend)
            return; // the data source changed meanwhile
        if (!current) {
            m_errors->showError(current.error());
            return;
        }
        endpointLoaded(*current);
    });
    reloadAttempts();
}

void WebhooksPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (!formDiffers())
        reload();
}

void WebhooksPage::poll()
{
    if (!m_local || !isVisible())
        return;
    reloadAttempts();
    // The endpoint may change behind the form (the API, a 410 that turned it off).
    if (formDiffers())
        return;
    m_backend->webhook().then(this, [this](const Result<std::optional<Webhook>> &current) {
        if (current && withoutSecret(*current) != m_endpoint && !formDiffers())
            endpointLoaded(*current);
    });
}

void WebhooksPage::endpointLoaded(const std::optional<Webhook> &endpoint)
{
    m_loaded = true;
    // Issue 21: a local endpoint's secret is local test data the console holds anyway:
    // it shows whenever asked. A remote API's stays known only from its create or
    // rotation answer (its reads do not carry it).
    if (m_local && endpoint && !endpoint->signingSecret.isEmpty())
        m_localSecrets.insert(endpoint->uuid, endpoint->signingSecret);
    m_endpoint = withoutSecret(endpoint);
    showEndpoint(m_endpoint);
}

void WebhooksPage::showEndpoint(const std::optional<Webhook> &endpoint)
{
    const QSignalBlocker url(m_url);
    m_url->setText(endpoint ? endpoint->url : QString());
    for (QCheckBox *box : std::as_const(m_events)) {
        const QSignalBlocker block(box);
        // A new endpoint hears every event unless the user narrows it.
        box->setChecked(!endpoint || endpoint->enabledEvents.contains(box->property("eventType").toString()));
    }
    const QSignalBlocker active(m_active);
    m_active->setChecked(!endpoint || endpoint->isActive);
    updateState();
    updateListenerNotice();
}

void WebhooksPage::updateListenerNotice()
{
    const QUrl target = m_endpoint ? QUrl(m_endpoint->url) : QUrl();
    const bool here = target.scheme() == u"http"_s
        && (target.host() == u"127.0.0.1"_s || target.host() == u"localhost"_s || target.host() == u"::1"_s);
    const quint16 port = quint16(target.port(80));
    const server::WebhookListener *l = listener();
    const quint16 listening = l->isListening() ? quint16(l->url().port()) : 0;
    QString text;
    if (m_local && here && m_listenerPanel->hasListenedOn(port) && port != listening) {
        text = listening == 0
            ? tr("The endpoint sends to the listener at %1, which is not running: its events fail until it "
                 "listens again.")
                  .arg(m_endpoint->url)
            : tr("The endpoint still sends to %1, but the listener now listens on port %2: its events fail "
                 "there.")
                  .arg(m_endpoint->url)
                  .arg(listening);
    }
    m_listenerNoticeText->setText(text);
    m_noticeStart->setVisible(listening == 0);
    m_listenerNotice->setVisible(!text.isEmpty());
    m_tabs->setTabIcon(0, text.isEmpty() ? QIcon() : style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_tabs->setTabToolTip(0, text);
}

void WebhooksPage::pointEndpointAtListener()
{
    if (!m_endpoint || !m_backend)
        return;
    if (!listener()->isListening() && !m_listenerPanel->start()) {
        // Its old port is taken: any free one, and the endpoint follows it.
        m_listenerPanel->setPort(0);
        if (!m_listenerPanel->start())
            return;
    }
    showEndpoint(m_endpoint); // the form's other fields as saved: only the URL changes
    m_url->setText(listener()->url().toString());
    save();
}

WebhookInput WebhooksPage::formInput() const
{
    WebhookInput input;
    input.url = m_url->text().trimmed();
    QStringList events;
    for (const QCheckBox *box : m_events) {
        if (box->isChecked())
            events << box->property("eventType").toString();
    }
    input.enabledEvents = events;
    input.isActive = m_active->isChecked();
    return input;
}

bool WebhooksPage::formDiffers() const
{
    const WebhookInput input = formInput();
    if (!m_endpoint)
        return !input.url->isEmpty();
    return *input.url != m_endpoint->url || *input.isActive != m_endpoint->isActive
        || QSet<QString>(input.enabledEvents->cbegin(), input.enabledEvents->cend())
               != QSet<QString>(m_endpoint->enabledEvents.cbegin(), m_endpoint->enabledEvents.cend());
}

bool WebhooksPage::hasUnsavedChanges() const
{
    return m_loaded && formDiffers();
}

bool WebhooksPage::saveChanges()
{
    if (!hasUnsavedChanges())
        return true;
    save();
    // The local backend answers at once; a remote one later (the page shows it).
    return m_local ? !formDiffers() : true;
}

void WebhooksPage::updateState()
{
    const bool exists = m_endpoint.has_value();
    const bool differs = formDiffers();
    m_save->setText(exists ? tr("Save") : tr("Create endpoint"));
    m_save->setEnabled(m_loaded && differs && !m_url->text().trimmed().isEmpty());
    m_revert->setEnabled(m_loaded && differs);
    m_delete->setEnabled(exists);

    const bool known = !knownSecret().isEmpty();
    m_reveal->setEnabled(known);
    m_copySecret->setEnabled(known);
    m_rotate->setEnabled(exists && m_local != nullptr);
    if (!m_local)
        m_rotate->setToolTip(tr("Rotating the secret is a local server extension"));
    else
        m_rotate->setToolTip(tr("Make a new signing secret; the old one stops working at once"));
    m_testEvent->setEnabled(exists && m_local != nullptr);
    m_sendTest->setEnabled(exists && m_local != nullptr && m_endpoint->isActive);
    if (!exists)
        m_secretHint->setText(tr("Create the endpoint to get its signing secret."));
    else if (known && m_local)
        m_secretHint->setText(tr("The local server's test secret: reveal or copy it whenever you need it. "
                                 "Receivers verify each request with it (Standard Webhooks)."));
    else if (known)
        m_secretHint->setText(tr("Kept in memory for this session only. Receivers verify each request with it "
                                 "(Standard Webhooks)."));
    else
        m_secretHint->setText(m_local ? tr("Shown only when the endpoint is created or its secret rotated; this "
                                           "session has not seen it. Rotate it to get a new one.")
                                      : tr("Shown only when the endpoint is created or its secret rotated; this "
                                           "session has not seen it."));
    showSecret();

    // What arrives from now on is verified with the secret this session knows.
    m_listenerPanel->setSecret(known ? knownSecret() : QString());
}

QString WebhooksPage::knownSecret() const
{
    if (!m_endpoint)
        return {};
    // The local database's own, read last, before what an answer once carried: a
    // rotation through the API changes it there.
    if (const auto it = m_localSecrets.constFind(m_endpoint->uuid); m_local && it != m_localSecrets.cend())
        return *it;
    return m_secrets.value(m_endpoint->uuid);
}

void WebhooksPage::showSecret()
{
    const QString secret = knownSecret();
    if (secret.isEmpty()) {
        const QSignalBlocker block(m_reveal);
        m_reveal->setChecked(false);
        m_secret->clear();
        m_secret->setEchoMode(QLineEdit::Normal);
        m_secret->setPlaceholderText(m_endpoint ? tr("Shown only when created or rotated") : QString());
    } else {
        m_secret->setText(secret);
        m_secret->setEchoMode(m_reveal->isChecked() ? QLineEdit::Normal : QLineEdit::Password);
    }
    m_reveal->setText(m_reveal->isChecked() ? tr("Hide") : tr("Reveal"));
}

void WebhooksPage::save()
{
    if (!m_backend || !m_loaded)
        return;
    const WebhookInput input = formInput();
    if (input.url->isEmpty()) {
        m_errors->showMessage(tr("Enter the endpoint's URL."));
        return;
    }
    Backend *backend = m_backend;
    m_errors->clear();
    if (!m_endpoint) {
        backend->createWebhook(input).then(this, [this, backend](const Result<Webhook> &created) {
            if (backend != m_backend)
                return;
            if (!created) {
                m_errors->showError(created.error());
                return;
            }
            if (!created->signingSecret.isEmpty())
                m_secrets.insert(created->uuid, created->signingSecret);
            endpointLoaded(*created);
            showStatus(tr("Endpoint created. Its signing secret is shown only now and after a rotation: reveal or "
                          "copy it below."));
        });
        return;
    }
    // Only what changed, so a PATCH that changes nothing is not sent at all.
    WebhookInput patch;
    if (*input.url != m_endpoint->url)
        patch.url = input.url;
    if (*input.isActive != m_endpoint->isActive)
        patch.isActive = input.isActive;
    if (QSet<QString>(input.enabledEvents->cbegin(), input.enabledEvents->cend())
        != QSet<QString>(m_endpoint->enabledEvents.cbegin(), m_endpoint->enabledEvents.cend()))
        patch.enabledEvents = input.enabledEvents;
    backend->updateWebhook(m_endpoint->uuid, patch).then(this, [this, backend](const Result<Webhook> &updated) {
        if (backend != m_backend)
            return;
        if (!updated) {
            m_errors->showError(updated.error());
            return;
        }
        endpointLoaded(*updated);
        showStatus(updated->isActive ? tr("Endpoint saved.")
                                     : tr("Endpoint saved. It is off: no events are sent to it."));
    });
}

void WebhooksPage::deleteEndpoint()
{
    if (!m_endpoint)
        return;
    const QString uuid = m_endpoint->uuid;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete the webhook endpoint?"),
                                tr("Delete the endpoint %1? No more events are sent to it and those waiting are "
                                   "dropped. Attempts already made stay in the deliveries' traces.")
                                    .arg(m_endpoint->url),
                                QMessageBox::Cancel, this);
    box->setObjectName(u"confirmWebhookDelete"_s);
    auto *confirm = box->addButton(tr("Delete endpoint"), QMessageBox::DestructiveRole);
    confirm->setObjectName(u"confirmWebhookDeleteButton"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, confirm, uuid](int) {
        if (box->clickedButton() == confirm)
            remove(uuid);
    });
    box->open();
}

void WebhooksPage::remove(const QString &uuid)
{
    Backend *backend = m_backend;
    backend->deleteWebhook(uuid).then(this, [this, backend, uuid](const Status &done) {
        if (backend != m_backend)
            return;
        if (!done) {
            m_errors->showError(done.error());
            return;
        }
        m_errors->clear();
        m_secrets.remove(uuid);
        m_localSecrets.remove(uuid);
        endpointLoaded(std::nullopt);
        showStatus(tr("Endpoint deleted."));
    });
}

void WebhooksPage::rotateSecret()
{
    if (!m_endpoint || !m_local)
        return;
    const QString uuid = m_endpoint->uuid;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Rotate the signing secret?"),
                                tr("A new secret signs every event from now on, retries of older ones included. "
                                   "The old secret stops working at once: a receiver that verifies with it rejects "
                                   "the next event until it has the new one."),
                                QMessageBox::Cancel, this);
    box->setObjectName(u"confirmWebhookRotate"_s);
    auto *confirm = box->addButton(tr("Rotate secret"), QMessageBox::DestructiveRole);
    confirm->setObjectName(u"confirmWebhookRotateButton"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, confirm, uuid](int) {
        if (box->clickedButton() == confirm)
            applyRotation(uuid);
    });
    box->open();
}

void WebhooksPage::applyRotation(const QString &uuid)
{
    if (!m_local)
        return;
    m_local->rotateWebhookSecret(uuid).then(this, [this](const Result<Webhook> &rotated) {
        if (!rotated) {
            m_errors->showError(rotated.error());
            return;
        }
        m_errors->clear();
        m_secrets.insert(rotated->uuid, rotated->signingSecret);
        endpointLoaded(*rotated);
        showStatus(tr("New signing secret made; the old one no longer verifies. Reveal or copy it below."));
    });
}

void WebhooksPage::sendTestEvent()
{
    if (!m_endpoint || !m_local)
        return;
    const QString event = m_testEvent->currentData().toString();
    m_local->sendWebhookTest(m_endpoint->uuid, event).then(this, [this, event](const Result<WebhookMessage> &queued) {
        if (!queued) {
            m_errors->showError(queued.error());
            return;
        }
        m_errors->clear();
        showStatus(tr("Test event %1 queued as message %2.").arg(event, queued->messageId));
        reloadAttempts();
    });
}

void WebhooksPage::resendSelected()
{
    m_attemptsPanel->resendSelected();
}

void WebhooksPage::reloadAttempts()
{
    m_attemptsPanel->reload();
}

bool WebhooksPage::startListener()
{
    return m_listenerPanel->start();
}

void WebhooksPage::stopListener()
{
    m_listenerPanel->stop();
}

void WebhooksPage::useListenerUrl(const QString &url)
{
    m_url->setText(url);
    m_url->setFocus();
    showStatus(m_endpoint ? tr("Save to send the endpoint's events to the listener.")
                          : tr("Create the endpoint to send its events to the listener."));
}

void WebhooksPage::showStatus(const QString &text)
{
    m_status->setText(text);
}

} // namespace sendivent::app
