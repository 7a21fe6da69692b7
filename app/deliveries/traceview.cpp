#include "traceview.h"

#include "release/releaseclient.h"
#include "settingspage.h"
#include "studio/previewpane.h"
#include "traceattempts.h"
#include "tracestyle.h"
#include "tracetimeline.h"
#include "widgets/copyfeedback.h"
#include "widgets/errorbanner.h"
#include "widgets/filechooser.h"
#include "widgets/timeformat.h"

#include <backend/backend.h>
#include <backend/localoperations.h>
#include <base/timeutil.h>
#include <emulation/providersimulator.h>
#include <mail/release.h>
#include <remote/httpsnippet.h>
#include <remote/remotebackend.h>

#include <QtCore/QDir>
#include <QtCore/QLocale>
#include <QtCore/QSaveFile>
#include <QtGui/QFontDatabase>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPlainTextEdit>
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
    return TimeFormat::text(t, TimeFormat::Form::Milliseconds);
}

// When a delivery reached its status: the timeline's last step of that name, else
// the time the row keeps for it.
QDateTime stateTime(const Delivery &d)
{
    for (auto it = d.timeline.crbegin(); it != d.timeline.crend(); ++it) {
        if (it->event == d.status)
            return it->timestamp;
    }
    if (d.status == u"delivered"_s)
        return d.deliveredAt;
    if (d.status == u"sent"_s)
        return d.sentAt;
    return {};
}

// A heading's time: the clock time today, with the date on any other day.
QString headingTime(const QDateTime &t)
{
    return TimeFormat::text(t);
}

// The time a message is stamped with: when a provider accepted it, else when it was made.
QDateTime messageTime(const Delivery &d)
{
    return d.sentAt.isValid() ? d.sentAt : d.createdAt;
}

// Who the message came from, as its channel names a sender; empty when unknown
// (deliveries stored before the sender was kept).
QString sentFrom(const Delivery &d, const Json &facts)
{
    const Json from = facts.value("from", Json::object());
    if (!from.is_object())
        return {};
    switch (d.channel) {
    case Channel::Email: {
        const mail::Mailbox box = mail::sentMessage(d).from;
        return box.isEmpty() ? QString() : box.name.isEmpty() ? box.address : u"%1 <%2>"_s.arg(box.name, box.address);
    }
    case Channel::Sms:
    case Channel::Whatsapp: return toQt(from.value("phone", ""));
    default: { // a chat or push message comes from the app, else from the sender's name
        const QString app = toQt(facts.value("app", ""));
        return app.isEmpty() ? toQt(from.value("name", "")) : app;
    }
    }
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
    , m_sentFacts(new QGridLayout)
    , m_headersBox(new QGroupBox(tr("Headers"), this))
    , m_headers(new QPlainTextEdit(this))
    , m_payloadBox(new QGroupBox(tr("Payload"), this))
    , m_payload(new QPlainTextEdit(this))
    , m_downloadEml(new QPushButton(tr("Download .eml…"), this))
    , m_downloadJson(new QPushButton(tr("Download JSON…"), this))
    , m_downloadNote(new QLabel(this))
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
    m_headers->setObjectName(u"traceSentHeaders"_s);
    m_payload->setObjectName(u"traceSentPayload"_s);
    m_downloadEml->setObjectName(u"traceDownloadEml"_s);
    m_downloadJson->setObjectName(u"traceDownloadJson"_s);
    m_downloadNote->setObjectName(u"traceDownloadNote"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setWordWrap(true); // a long state, time and event name must not widen the panel
    m_uuidLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_uuidLabel->setForegroundRole(QPalette::PlaceholderText);
    m_contact->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_contact->setWordWrap(true);
    m_simulateNote->setWordWrap(true);
    m_simulateNote->setForegroundRole(QPalette::PlaceholderText);
    m_curl->setToolTip(tr("Copy a curl command that fetches this trace with $SENDIVENT_API_KEY"));

    // Two outcomes a row: four in one held the trace wider than its half of a 1024 px
    // window, cutting its right edge off (issue 21).
    auto *actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("Simulate:"), this), 0, Qt::AlignTop);
    auto *outcomes = new QGridLayout;
    for (const QString &outcome : deliveryOutcomes()) {
        auto *button = new QPushButton(deliveryStateIcon(outcome, palette()), deliveryStateLabel(outcome), this);
        button->setObjectName(u"traceSimulate_"_s + outcome);
        button->setProperty("outcome", outcome);
        // Its label is a DeliveryState text, not this class's "Delivered" (live language switch).
        button->setProperty("translationContext", QByteArrayLiteral("DeliveryState"));
        connect(button, &QPushButton::clicked, this, [this, outcome] { simulate(outcome); });
        outcomes->addWidget(button, int(m_simulate.size()) / 2, int(m_simulate.size()) % 2);
        m_simulate << button;
    }
    actions->addLayout(outcomes);
    actions->addStretch(1);

    m_facts->setHorizontalSpacing(12);
    m_facts->setColumnStretch(1, 1);
    m_facts->setColumnStretch(3, 1);
    m_facts->setVerticalSpacing(4);

    auto *timelineBox = section(tr("Timeline"), this);
    timelineBox->layout()->addWidget(m_timeline);
    auto *contentBox = section(tr("Message as sent"), this);
    contentBox->setObjectName(u"traceMessageAsSent"_s);
    m_content->setMinimumHeight(380);
    m_sentFacts->setHorizontalSpacing(12);
    m_sentFacts->setVerticalSpacing(4);
    m_sentFacts->setColumnStretch(1, 1);
    m_downloadEml->setToolTip(tr("Save this email as sent, as an RFC 5322 message any mail program opens"));
    m_downloadJson->setToolTip(tr("Save this delivery as sent: envelope, content, payload, language, template "
                                  "revision and timeline"));
    connect(TimeFormat::instance(), &TimeFormat::changed, this, &TraceView::reload);
    connect(m_downloadEml, &QPushButton::clicked, this, [this] {
        const QString path = chooseFileToSave(this, tr("Download Email"), u"trace/downloadDir"_s,
                                              m_uuid + u".eml"_s, tr("Email messages (*.eml)"), u"eml"_s);
        if (!path.isEmpty())
            downloadEml(path);
    });
    connect(m_downloadJson, &QPushButton::clicked, this, [this] {
        const QString path = chooseFileToSave(this, tr("Download Delivery"), u"trace/downloadDir"_s,
                                              m_uuid + u".json"_s, tr("JSON files (*.json)"), u"json"_s);
        if (!path.isEmpty())
            downloadJson(path);
    });
    auto *downloads = new QVBoxLayout;
    downloads->addWidget(m_downloadEml);
    downloads->addWidget(m_downloadJson);
    downloads->addStretch(1);
    auto *sentRow = new QHBoxLayout;
    sentRow->addLayout(m_sentFacts, 1);
    sentRow->addLayout(downloads);
    qobject_cast<QVBoxLayout *>(contentBox->layout())->addLayout(sentRow);
    m_downloadNote->setWordWrap(true);
    m_downloadNote->setForegroundRole(QPalette::PlaceholderText);
    m_downloadNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_downloadNote->hide();
    contentBox->layout()->addWidget(m_downloadNote);
    contentBox->layout()->addWidget(m_content);
    contentBox->layout()->addWidget(m_noContent);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *text : {m_headers, m_payload}) {
        text->setReadOnly(true);
        text->setFont(fixed);
        text->setMinimumHeight(150);
    }
    for (QGroupBox *box : {m_headersBox, m_payloadBox}) {
        box->setFlat(true);
        new QVBoxLayout(box);
    }
    m_headersBox->layout()->addWidget(m_headers);
    m_payloadBox->layout()->addWidget(m_payload);
    auto *detailsRow = new QHBoxLayout;
    detailsRow->addWidget(m_headersBox, 3);
    detailsRow->addWidget(m_payloadBox, 2);
    qobject_cast<QVBoxLayout *>(contentBox->layout())->addLayout(detailsRow);
    connect(m_attempts, &TraceAttempts::failed, this, [this](const Error &error) { m_errors->showError(error); });
    connect(m_attempts, &TraceAttempts::resent, this, [this] {
        m_errors->clear();
        m_simulateNote->setText(tr("Webhook queued again; its attempt appears here when it is made."));
        m_simulateNote->setVisible(true);
    });

    auto *details = new QWidget(this);
    auto *layout = new QVBoxLayout(details);
    // The heading over its buttons, for the same reason.
    auto *headingRow = new QHBoxLayout;
    headingRow->addStretch(1);
    headingRow->addWidget(m_release);
    headingRow->addWidget(m_curl);
    layout->addWidget(m_heading);
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
        copyWithFeedback(m_curl, curlCommand());
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
    // The final state and when it was reached ("Bounced — 12:03:04"), whatever it is.
    QString state = deliveryStateLabel(d.status);
    if (const QDateTime when = stateTime(d); when.isValid())
        state = tr("%1 — %2").arg(state, headingTime(when));
    m_heading->setText(u"<span style=\"color:%1\">●</span> %2 · %3"_s.arg(
        color.name(), state.toHtmlEscaped(), d.eventName.toHtmlEscaped()));
    m_uuidLabel->setText(d.uuid);

    while (QLayoutItem *item = m_facts->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    struct Fact
    {
        QString key;
        QString name;
        QString value;
        QString tip = {}; // the value's own when empty
    };
    QList<Fact> facts{
        {u"channel"_s, tr("Channel"), channelName(d.channel)},
        {u"recipient"_s, tr("Recipient"), d.recipient},
        {u"provider"_s, tr("Provider"), d.provider.isEmpty() ? tr("—") : d.provider},
        {u"messageId"_s, tr("Message id"), d.messageId.isEmpty() ? tr("—") : d.messageId},
        {u"language"_s, tr("Language"), d.language.isEmpty() ? tr("—") : d.language},
        {u"environment"_s, tr("Environment"), environmentName(d.environment)},
        {u"created"_s, tr("Created"), exactTime(d.createdAt), TimeFormat::iso(d.createdAt)},
        {u"sent"_s, tr("Sent"), exactTime(d.sentAt), TimeFormat::iso(d.sentAt)},
    };
    // Delivered only when it was (a complaint keeps its delivery time); a failure,
    // bounce or complaint says so, with its time.
    if (d.deliveredAt.isValid())
        facts.append({u"delivered"_s, tr("Delivered"), exactTime(d.deliveredAt), TimeFormat::iso(d.deliveredAt)});
    if (d.status == u"failed"_s || d.status == u"bounced"_s || d.status == u"complained"_s)
        facts.append({u"final"_s, deliveryStateLabel(d.status), exactTime(stateTime(d)), TimeFormat::iso(stateTime(d))});
    int row = 0;
    for (const auto &[key, name, value, tip] : std::as_const(facts)) {
        auto *label = new QLabel(name, this);
        label->setForegroundRole(QPalette::PlaceholderText);
        auto *text = new QLabel(value, this);
        text->setObjectName(u"traceFact_"_s + key);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setToolTip(tip.isEmpty() ? value : tip);
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
        m_facts->addWidget(label, (row + 1) / 2, 0);
        m_facts->addWidget(text, (row + 1) / 2, 1, 1, 3);
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
    m_downloadNote->hide();
    showSentFacts(d);
    const bool any = d.content.is_object() && !d.content.empty();
    m_content->setVisible(any);
    m_noContent->setVisible(!any);
    if (!any)
        return;
    const Json facts = sentFacts(d);
    m_content->setChannel(d.channel);
    PreviewEnvelope envelope;
    envelope.from = sentFrom(d, facts);
    envelope.to = d.recipient;
    const QString app = toQt(facts.value("app", ""));
    envelope.appName = app.isEmpty() ? d.provider : app;
    envelope.sentAt = messageTime(d); // a bubble shows when it was sent, not when it is looked at
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

// What the send knew, line by line; what a delivery stored before it was kept lacks
// is left out rather than marked missing.
void TraceView::showSentFacts(const Delivery &d)
{
    while (QLayoutItem *item = m_sentFacts->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const Json facts = sentFacts(d);
    const bool email = d.channel == Channel::Email;
    QList<std::tuple<QString, QString, QString>> lines;
    const QString from = sentFrom(d, facts);
    if (!from.isEmpty())
        lines.append({u"from"_s, tr("From"), from});
    lines.append({u"to"_s, tr("To"), d.recipient});
    if (email && d.content.contains("subject") && d.content["subject"].is_string())
        lines.append({u"subject"_s, tr("Subject"), toQt(d.content["subject"].get<std::string>())});
    lines.append({u"date"_s, tr("Sent"), exactTime(messageTime(d))});
    if (!d.language.isEmpty())
        lines.append({u"language"_s, tr("Language"), d.language});
    if (const Json revision = facts.value("template_revision", Json()); revision.is_number_integer())
        lines.append({u"revision"_s, tr("Template revision"),
                      tr("workspace revision %1").arg(revision.get<qint64>())});
    int row = 0;
    for (const auto &[key, name, value] : std::as_const(lines)) {
        auto *label = new QLabel(name, this);
        label->setForegroundRole(QPalette::PlaceholderText);
        auto *text = new QLabel(value, this);
        text->setObjectName(u"traceSent_"_s + key);
        text->setTextFormat(Qt::PlainText);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setToolTip(value);
        text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        m_sentFacts->addWidget(label, row, 0);
        m_sentFacts->addWidget(text, row, 1);
        ++row;
    }

    // The headers come from the code that writes the .eml and a release, so the three agree.
    QStringList headers;
    if (email) {
        for (const mail::HeaderField &h : mail::headerFields(mail::sentMessage(d)))
            headers << QString::fromLatin1(h.name) + u": "_s + h.value;
    }
    m_headers->setPlainText(headers.join(u'\n'));
    m_headersBox->setVisible(email);
    const Json payload = facts.value("payload", Json());
    m_payload->setPlainText(payload.is_null() ? QString() : QString::fromUtf8(payload.dump(2)));
    m_payloadBox->setVisible(!payload.is_null());
}

QByteArray TraceView::emlBytes() const
{
    if (!m_trace || m_trace->delivery.channel != Channel::Email)
        return {};
    return mail::buildMessage(mail::sentMessage(m_trace->delivery));
}

Json TraceView::asSentJson() const
{
    if (!m_trace)
        return Json::object();
    const Delivery &d = m_trace->delivery;
    const Json facts = sentFacts(d);
    Json out = Json::object();
    out["delivery"] = deliveryToJson(d);
    Json envelope = Json::object();
    if (const QString from = sentFrom(d, facts); !from.isEmpty())
        envelope["from"] = toStd(from);
    envelope["to"] = toStd(d.recipient);
    envelope["sent_at"] = toStd(isoTimestamp(messageTime(d)));
    out["envelope"] = std::move(envelope);
    if (d.channel == Channel::Email) {
        Json headers = Json::array();
        for (const mail::HeaderField &h : mail::headerFields(mail::sentMessage(d)))
            headers.push_back({{"name", h.name.toStdString()}, {"value", toStd(h.value)}});
        out["headers"] = std::move(headers);
    }
    out["content"] = d.content;
    for (const char *key : {"app", "payload", "template_revision"}) {
        if (facts.contains(key))
            out[key] = facts[key];
    }
    out["timeline"] = timelineToJson(d.timeline);
    return out;
}

bool TraceView::downloadEml(const QString &path)
{
    const QByteArray bytes = emlBytes();
    return !bytes.isEmpty() && writeDownload(path, bytes);
}

bool TraceView::downloadJson(const QString &path)
{
    return m_trace && writeDownload(path, QByteArray::fromStdString(asSentJson().dump(2)) + '\n');
}

bool TraceView::writeDownload(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
    m_downloadNote->setText(ok ? tr("Saved %1.").arg(QDir::toNativeSeparators(path))
                               : tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    m_downloadNote->show();
    return ok;
}

void TraceView::updateActions()
{
    LocalOperations *local = m_backend ? m_backend->local() : nullptr;
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
    m_downloadEml->setVisible(!m_trace || m_trace->delivery.channel == Channel::Email);
    m_downloadEml->setEnabled(m_trace && m_trace->delivery.channel == Channel::Email);
    m_downloadJson->setEnabled(m_trace.has_value());
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
    LocalOperations *local = m_backend ? m_backend->local() : nullptr;
    if (!local || m_uuid.isEmpty())
        return;
    local->simulateDelivery(m_uuid, outcome, {}).then(this, [this](const Result<Delivery> &updated) {
        if (!updated) {
            m_errors->showError(updated.error());
            return;
        }
        m_errors->clear();
        Q_EMIT deliveryUpdated(*updated);
        reload();
    });
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

// The Simulate buttons' state icons are drawn from the palette: a theme switch
// redraws them.
void TraceView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    for (QPushButton *button : std::as_const(m_simulate))
        button->setIcon(deliveryStateIcon(button->property("outcome").toString(), palette()));
}

} // namespace sendivent::app
