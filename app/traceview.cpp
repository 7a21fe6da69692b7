#include "traceview.h"

#include "errorbanner.h"
#include "previewpane.h"
#include "releaseclient.h"
#include "settingspage.h"
#include "traceattempts.h"
#include "tracestyle.h"
#include "tracetimeline.h"

#include <backend.h>
#include <httpsnippet.h>
#include <localbackend.h>
#include <providersimulator.h>
#include <remotebackend.h>
#include <timeutil.h>

#include <QtCore/QLocale>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QVBoxLayout>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

QString exactTime(const QDateTime &t)
{
    if (!t.isValid())
        return TraceView::tr("—");
    return QLocale().toString(t.toLocalTime(), QLocale().dateFormat(QLocale::ShortFormat) + u" HH:mm:ss.zzz"_s);
}

QGroupBox *section(const QString &title, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    new QVBoxLayout(box);
    return box;
}

} // namespace

TraceView::TraceView(Backend *backend, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(tr("Select a delivery to see its trace."), this))
    , m_heading(new QLabel(this))
    , m_uuidLabel(new QLabel(this))
    , m_facts(new QGridLayout)
    , m_contact(new QLabel(this))
    , m_errors(new ErrorBanner(this))
    , m_simulateNote(new QLabel(this))
    , m_curl(new QPushButton(tr("Copy as curl"), this))
    , m_release(new QPushButton(tr("Release to Inbox…"), this))
    , m_releaseClient(new ReleaseClient(this))
    , m_timeline(new TraceTimeline(this))
    , m_content(new PreviewPane(this))
    , m_noContent(new QLabel(tr("Nothing was rendered for this delivery."), this))
    , m_attempts(new TraceAttempts(this))
{
    setObjectName(u"traceView"_s);
    m_heading->setObjectName(u"traceHeading"_s);
    m_uuidLabel->setObjectName(u"traceUuid"_s);
    m_contact->setObjectName(u"traceContact"_s);
    m_errors->setObjectName(u"traceErrors"_s);
    m_simulateNote->setObjectName(u"traceSimulateNote"_s);
    m_curl->setObjectName(u"traceCopyCurl"_s);
    m_release->setObjectName(u"traceRelease"_s);
    m_content->setObjectName(u"traceContent"_s);
    m_noContent->setObjectName(u"traceNoContent"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextFormat(Qt::RichText);
    m_uuidLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_uuidLabel->setForegroundRole(QPalette::PlaceholderText);
    m_contact->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_contact->setWordWrap(true);
    m_simulateNote->setWordWrap(true);
    m_simulateNote->setForegroundRole(QPalette::PlaceholderText);
    m_curl->setToolTip(tr("Copy a curl command that fetches this trace with $SENDIVENT_API_KEY"));

    auto *actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("Simulate:"), this));
    for (const QString &outcome : deliveryOutcomes()) {
        auto *button = new QPushButton(deliveryStateIcon(outcome, palette()), deliveryStateLabel(outcome), this);
        button->setObjectName(u"traceSimulate_"_s + outcome);
        button->setProperty("outcome", outcome);
        connect(button, &QPushButton::clicked, this, [this, outcome] { simulate(outcome); });
        actions->addWidget(button);
        m_simulate << button;
    }
    actions->addStretch(1);

    m_facts->setHorizontalSpacing(12);
    m_facts->setColumnStretch(1, 1);
    m_facts->setColumnStretch(3, 1);
    m_facts->setVerticalSpacing(4);

    auto *timelineBox = section(tr("Timeline"), this);
    timelineBox->layout()->addWidget(m_timeline);
    auto *contentBox = section(tr("Message as sent"), this);
    m_content->setMinimumHeight(380);
    contentBox->layout()->addWidget(m_content);
    contentBox->layout()->addWidget(m_noContent);
    connect(m_attempts, &TraceAttempts::failed, this, [this](const Error &error) { m_errors->showError(error); });
    connect(m_attempts, &TraceAttempts::resent, this, [this] {
        m_errors->clear();
        m_simulateNote->setText(tr("Webhook queued again; its attempt appears here when it is made."));
        m_simulateNote->setVisible(true);
    });

    auto *details = new QWidget(this);
    auto *layout = new QVBoxLayout(details);
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading, 1);
    headingRow->addWidget(m_release);
    headingRow->addWidget(m_curl);
    layout->addLayout(headingRow);
    layout->addWidget(m_uuidLabel);
    layout->addWidget(m_errors);
    layout->addLayout(actions);
    layout->addWidget(m_simulateNote);
    layout->addLayout(m_facts);
    layout->addWidget(m_contact);
    layout->addWidget(timelineBox);
    layout->addWidget(contentBox);
    layout->addWidget(m_attempts);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"traceScroll"_s);
    scroll->setWidget(details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(scroll);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_curl, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(curlCommand());
        m_simulateNote->setText(tr("Copied: %1").arg(curlCommand()));
    });
    connect(m_release, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString to = QInputDialog::getText(
            this, tr("Release to a Real Inbox"),
            tr("Send this email, as rendered, to (empty: the inbox in Settings):"), QLineEdit::Normal,
            settings::storedReleaseSettings().to, &ok);
        if (ok)
            releaseTo(to.trimmed());
    });
    connect(m_releaseClient, &ReleaseClient::finished, this, [this](const ReleaseAnswer &answer) {
        if (answer.deliveryUuid != m_uuid)
            return;
        m_releaseNote = answer.ok ? tr("Released to %1 via %2.").arg(answer.to, answer.server)
                                  : tr("Not released: %1").arg(answer.error);
        reload(); // the timeline has the step now
        updateActions();
    });
    updateActions();
}

void TraceView::setReleaseServer(const QUrl &url, const QString &apiKey)
{
    m_releaseClient->setServer(url, apiKey);
    updateActions();
}

void TraceView::releaseTo(const QString &to)
{
    if (!m_trace || m_releaseClient->busy() > 0)
        return;
    m_releaseClient->releaseDelivery(m_uuid, to);
    m_releaseNote = tr("Releasing to %1…").arg(to.isEmpty() ? tr("your inbox") : to);
    updateActions();
}

void TraceView::setBackend(Backend *backend)
{
    m_backend = backend;
    showDelivery({});
}

void TraceView::setLocalServerUrl(const QUrl &url)
{
    m_localUrl = url;
    updateActions();
}

void TraceView::showDelivery(const QString &uuid)
{
    if (uuid != m_uuid)
        m_releaseNote.clear();
    m_uuid = uuid;
    m_trace.reset();
    m_errors->clear();
    const quint64 request = ++m_request;
    if (uuid.isEmpty()) {
        m_stack->setCurrentIndex(0);
        updateActions();
        return;
    }
    m_backend->deliveryTrace(uuid).then(this, [this, request](const Result<DeliveryTrace> &trace) {
        if (request != m_request)
            return; // another delivery was selected meanwhile
        if (!trace) {
            m_stack->setCurrentIndex(1);
            m_errors->showError(trace.error());
            return;
        }
        show(*trace);
    });
}

void TraceView::reload()
{
    if (m_uuid.isEmpty())
        return;
    const quint64 request = ++m_request;
    m_backend->deliveryTrace(m_uuid).then(this, [this, request](const Result<DeliveryTrace> &trace) {
        if (request == m_request && trace)
            show(*trace);
    });
}

void TraceView::show(const DeliveryTrace &trace)
{
    m_trace = trace;
    const Delivery &d = trace.delivery;
    m_stack->setCurrentIndex(1);
    const QColor color = deliveryStateColor(d.status, palette());
    m_heading->setText(u"<span style=\"color:%1\">●</span> %2 · %3"_s.arg(
        color.name(), deliveryStateLabel(d.status).toHtmlEscaped(), d.eventName.toHtmlEscaped()));
    m_uuidLabel->setText(d.uuid);

    while (QLayoutItem *item = m_facts->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<QPair<QString, QString>> facts{
        {tr("Channel"), channelName(d.channel)},
        {tr("Recipient"), d.recipient},
        {tr("Provider"), d.provider.isEmpty() ? tr("—") : d.provider},
        {tr("Message id"), d.messageId.isEmpty() ? tr("—") : d.messageId},
        {tr("Language"), d.language.isEmpty() ? tr("—") : d.language},
        {tr("Environment"), environmentName(d.environment)},
        {tr("Created"), exactTime(d.createdAt)},
        {tr("Sent"), exactTime(d.sentAt)},
        {tr("Delivered"), exactTime(d.deliveredAt)},
    };
    int row = 0;
    for (const auto &[name, value] : facts) {
        auto *label = new QLabel(name, this);
        label->setForegroundRole(QPalette::PlaceholderText);
        auto *text = new QLabel(value, this);
        text->setObjectName(u"traceFact_"_s + QString::number(row));
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setToolTip(value);
        // A long message id is cut at the panel's edge rather than widening it.
        text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        m_facts->addWidget(label, row / 2, (row % 2) * 2);
        m_facts->addWidget(text, row / 2, (row % 2) * 2 + 1);
        ++row;
    }
    if (!d.error.isEmpty()) {
        auto *label = new QLabel(tr("Error"), this);
        label->setForegroundRole(QPalette::PlaceholderText);
        auto *text = new QLabel(d.error, this);
        text->setObjectName(u"traceError"_s);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_facts->addWidget(label, row / 2 + 1, 0);
        m_facts->addWidget(text, row / 2 + 1, 1, 1, 3);
    }

    m_contact->setText(d.contactUuid.isEmpty() ? tr("Contact: none (erased, or never stored)")
                                               : tr("Contact: %1").arg(d.contactUuid));
    if (!d.contactUuid.isEmpty()) {
        const quint64 request = m_request;
        m_backend->contact(d.contactUuid).then(this, [this, request](const Result<Contact> &c) {
            if (request != m_request)
                return;
            if (!c) {
                m_contact->setText(tr("Contact: %1 (%2)").arg(m_trace->delivery.contactUuid, c.error().message));
                return;
            }
            QStringList parts;
            for (const QString &s : {c->name, c->email, c->phone, c->externalId})
                if (!s.isEmpty())
                    parts << s;
            m_contact->setText(tr("Contact: %1 — %2").arg(parts.join(u" · "_s), c->uuid));
        });
    }

    m_timeline->setEntries(d.timeline);
    showContent(d);
    m_attempts->setAttempts(trace.webhookAttempts);
    updateActions();
}

void TraceView::showContent(const Delivery &d)
{
    const bool any = d.content.is_object() && !d.content.empty();
    m_content->setVisible(any);
    m_noContent->setVisible(!any);
    if (!any)
        return;
    m_content->setChannel(d.channel);
    PreviewEnvelope envelope;
    envelope.from = tr("(not part of the snapshot)");
    envelope.to = d.recipient;
    envelope.appName = d.provider;
    m_content->setEnvelope(envelope);
    PreviewResult result;
    result.channel = d.channel;
    for (auto it = d.content.begin(); it != d.content.end(); ++it) {
        FieldPreview field;
        field.output = it.value().is_string() ? toQt(it.value().get<std::string>())
                                              : QString::fromUtf8(dumpJson(it.value()));
        result.fields.insert(toQt(it.key()), field);
    }
    m_content->setResult(result);
}

void TraceView::updateActions()
{
    auto *local = qobject_cast<LocalBackend *>(m_backend);
    // Only a delivery a provider accepted can get a provider report.
    const bool accepted = m_trace && m_trace->delivery.sentAt.isValid();
    // Any outcome can be simulated; the buttons say which ones this delivery's provider
    // never reports (only SES reports deliveries, only email bounces or complaints).
    const QString provider = m_trace ? providerDisplayName(m_trace->delivery.provider) : QString();
    QStringList unreported;
    for (QPushButton *b : std::as_const(m_simulate)) {
        b->setEnabled(local && accepted);
        const QString outcome = b->property("outcome").toString();
        const QString label = deliveryStateLabel(outcome);
        if (m_trace && !providerReports(m_trace->delivery.channel, m_trace->delivery.provider, outcome)) {
            unreported << label;
            b->setToolTip(tr("%1 never reports “%2” for %3; simulated anyway")
                              .arg(provider, label, channelName(m_trace->delivery.channel)));
        } else {
            b->setToolTip(tr("Record a “%1” report from the provider now, as the local server would receive it")
                              .arg(label));
        }
    }
    if (!m_releaseNote.isEmpty())
        m_simulateNote->setText(m_releaseNote); // what the last release did, until another delivery is shown
    else if (!local)
        m_simulateNote->setText(tr("Simulating provider reports is local only: the %1 API's deliveries are "
                                   "reported by the real providers.")
                                    .arg(m_backend->displayName()));
    else if (m_trace && !accepted)
        m_simulateNote->setText(tr("No provider accepted this delivery, so none can report on it."));
    else if (!unreported.isEmpty())
        m_simulateNote->setText(tr("%1 never reports %2 for %3; those buttons simulate it anyway.")
                                    .arg(provider, QLocale().createSeparatedList(unreported),
                                         channelName(m_trace->delivery.channel)));
    else
        m_simulateNote->clear();
    m_simulateNote->setVisible(!m_simulateNote->text().isEmpty());
    m_attempts->setBackend(m_backend);
    // Release: captured sandbox email of the local workspace, through the local server.
    const bool email = m_trace && m_trace->delivery.channel == Channel::Email
                       && m_trace->delivery.environment == Environment::Sandbox && !m_trace->delivery.content.empty();
    m_release->setVisible(local != nullptr);
    m_release->setEnabled(local && email && m_releaseClient->isReady() && m_releaseClient->busy() == 0);
    m_release->setToolTip(email ? tr("Send this email as rendered to a real inbox (Settings › Release to a real inbox)")
                                : tr("Only captured sandbox email can be released to an inbox"));
    const bool canCurl = m_trace && apiBaseUrl().isValid() && !apiBaseUrl().isEmpty();
    m_curl->setEnabled(canCurl);
    m_curl->setToolTip(canCurl || !local
                           ? tr("Copy a curl command that fetches this trace with $SENDIVENT_API_KEY")
                           : tr("The local server is not running"));
}

QUrl TraceView::apiBaseUrl() const
{
    if (const auto *remote = qobject_cast<const RemoteBackend *>(m_backend))
        return remote->baseUrl();
    return m_localUrl;
}

void TraceView::simulate(const QString &outcome)
{
    auto *local = qobject_cast<LocalBackend *>(m_backend);
    if (!local || m_uuid.isEmpty())
        return;
    local->simulateDelivery(m_uuid, outcome).then(this, [this](const Result<Delivery> &updated) {
        if (!updated) {
            m_errors->showError(updated.error());
            return;
        }
        m_errors->clear();
        Q_EMIT deliveryUpdated(*updated);
        reload();
    });
}

void TraceView::resendSelectedWebhook()
{
    m_attempts->resendSelected();
}

QString TraceView::curlCommand() const
{
    if (m_uuid.isEmpty())
        return {};
    QString base = apiBaseUrl().toString();
    while (base.endsWith(u'/'))
        base.chop(1);
    return curlSnippet({u"GET"_s, u"%1/v1/deliveries/%2/trace"_s.arg(base, m_uuid), {}});
}

} // namespace sendivent::app
