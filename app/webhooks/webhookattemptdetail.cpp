#include "webhookattemptdetail.h"

#include "widgets/timeformat.h"

#include <base/json.h>

#include <QtCore/QLocale>
#include <QtGui/QFontDatabase>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QVBoxLayout>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

QString when(const QDateTime &t)
{
    return TimeFormat::text(t, TimeFormat::Form::Milliseconds);
}

QString text(const Json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return {};
    return it->is_string() ? toQt(it->get<std::string>()) : toQt(it->dump());
}

} // namespace

WebhookAttemptEntry attemptEntryFromJson(const Json &a)
{
    WebhookAttemptEntry e;
    if (!a.is_object())
        return e;
    e.messageId = text(a, "message_id");
    e.eventType = text(a, "event");
    e.deliveryUuid = text(a, "delivery_uuid");
    e.messageState = text(a, "message_state");
    e.nextAttemptAt = QDateTime::fromString(text(a, "next_attempt_at"), Qt::ISODateWithMs);
    e.payload = text(a, "request_body").toUtf8();
    e.attempt.attempt = text(a, "attempt").toInt();
    e.attempt.startedAt = QDateTime::fromString(text(a, "timestamp"), Qt::ISODateWithMs);
    e.attempt.url = text(a, "url");
    e.attempt.status = text(a, "status").toInt();
    e.attempt.durationMs = text(a, "duration_ms").toLongLong();
    e.attempt.responseExcerpt = text(a, "response_excerpt");
    e.attempt.error = text(a, "error");
    e.attempt.outcome = text(a, "outcome");
    e.attempt.requestHeaders = text(a, "request_headers");
    e.attempt.responseHeaders = text(a, "response_headers");
    const QString bytes = text(a, "response_bytes");
    e.attempt.responseBytes = bytes.isEmpty() ? -1 : bytes.toLongLong();
    return e;
}

WebhookAttemptDetail::WebhookAttemptDetail(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_facts(new QWidget(this))
    , m_request(new QPlainTextEdit(this))
    , m_response(new QPlainTextEdit(this))
    , m_truncated(new QLabel(this))
    , m_openDelivery(new QPushButton(tr("Open delivery"), this))
{
    setObjectName(u"webhookAttemptDetail"_s);
    m_summary->setObjectName(u"attemptDetailSummary"_s);
    m_facts->setObjectName(u"attemptDetailFacts"_s);
    m_request->setObjectName(u"attemptDetailRequest"_s);
    m_response->setObjectName(u"attemptDetailResponse"_s);
    m_truncated->setObjectName(u"attemptDetailTruncated"_s);
    m_openDelivery->setObjectName(u"attemptDetailOpenDelivery"_s);

    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setWordWrap(true);
    // Name and value pairs, two to a row; the URL has a row of its own.
    auto *grid = new QGridLayout(m_facts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    const QList<QPair<QString, QString>> facts
        = {{u"attemptDetailTime"_s, tr("Time")},        {u"attemptDetailDuration"_s, tr("Duration")},
           {u"attemptDetailStatus"_s, tr("Status")},    {u"attemptDetailNextRetry"_s, tr("Next retry")},
           {u"attemptDetailMessage"_s, tr("Message")},  {u"attemptDetailDelivery"_s, tr("Delivery")},
           {u"attemptDetailUrl"_s, tr("URL")}};
    for (int i = 0; i < facts.size(); ++i) {
        auto *name = new QLabel(facts[i].second, m_facts);
        name->setForegroundRole(QPalette::PlaceholderText);
        auto *value = new QLabel(m_facts);
        value->setObjectName(facts[i].first);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        const int row = i / 2;
        const int column = (i % 2) * 2;
        grid->addWidget(name, row, column);
        grid->addWidget(value, row, column + 1, 1, i + 1 == facts.size() ? 3 : 1);
        m_values << value;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *e : {m_request, m_response}) {
        e->setReadOnly(true);
        e->setFont(mono);
        // Bytes as they went over the wire, wrapped rather than reformatted.
        e->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        // Room for a few lines, no more: the Webhooks page fits a 700 px high window (issue 21).
        e->setMinimumHeight(60);
    }
    m_truncated->setWordWrap(true);
    m_truncated->setForegroundRole(QPalette::PlaceholderText);
    m_openDelivery->setToolTip(tr("Show the trace of the delivery this message reports on"));

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"attemptDetailTabs"_s);
    tabs->setDocumentMode(true);
    tabs->addTab(m_request, tr("Request as sent"));
    auto *responsePage = new QWidget(this);
    auto *responseLayout = new QVBoxLayout(responsePage);
    responseLayout->setContentsMargins(0, 0, 0, 0);
    responseLayout->addWidget(m_response, 1);
    responseLayout->addWidget(m_truncated);
    tabs->addTab(responsePage, tr("Response"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_openDelivery);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_facts);
    layout->addWidget(tabs, 1);

    connect(m_openDelivery, &QPushButton::clicked, this, [this] {
        if (!m_deliveryUuid.isEmpty())
            Q_EMIT deliveryRequested(m_deliveryUuid);
    });
    setAttempt(nullptr);
}

QString WebhookAttemptDetail::requestText(const WebhookAttemptEntry &e)
{
    QString out = u"POST "_s + e.attempt.url + u'\n';
    out += e.attempt.requestHeaders.isEmpty() ? tr("(headers not kept for attempts made before this version)\n")
                                              : e.attempt.requestHeaders;
    return out + u'\n' + QString::fromUtf8(e.payload);
}

QString WebhookAttemptDetail::responseText(const WebhookAttemptEntry &e)
{
    const WebhookAttempt &a = e.attempt;
    QString out;
    if (a.outcome == u"interrupted"_s)
        out = tr("No answer: the console stopped while the attempt was in flight.") + u'\n';
    else if (a.status > 0)
        out = u"HTTP %1\n"_s.arg(a.status);
    else
        out = tr("No answer") + u'\n';
    if (!a.error.isEmpty())
        out += tr("Error: %1").arg(a.error) + u'\n';
    out += a.responseHeaders;
    if (!a.responseExcerpt.isEmpty())
        out += u'\n' + a.responseExcerpt;
    return out;
}

void WebhookAttemptDetail::setAttempt(const WebhookAttemptEntry *e)
{
    m_messageId = e ? e->messageId : QString();
    m_deliveryUuid = e ? e->deliveryUuid : QString();
    if (!e) {
        m_summary->setText(tr("Select an attempt to see what was sent and what came back."));
        for (QLabel *value : std::as_const(m_values))
            value->clear();
        m_request->clear();
        m_response->clear();
        m_truncated->clear();
        updateButtons();
        return;
    }
    const WebhookAttempt &a = e->attempt;
    const QString outcome = a.outcome == u"delivered"_s ? tr("delivered")
                            : a.outcome == u"interrupted"_s ? tr("interrupted")
                                                            : tr("failed");
    m_summary->setText(tr("Attempt %1 · %2 · %3").arg(a.attempt).arg(e->eventType, outcome));
    const QStringList values
        = {when(a.startedAt),
           tr("%1 ms").arg(QLocale().toString(a.durationMs)),
           a.status > 0 ? QString::number(a.status) : tr("no answer"),
           e->nextAttemptAt.isValid() && e->messageState == u"pending"_s ? when(e->nextAttemptAt)
                                                                        : tr("none (message %1)").arg(e->messageState),
           e->messageId,
           e->deliveryUuid.isEmpty() ? tr("none (a test event)") : e->deliveryUuid,
           a.url};
    for (int i = 0; i < m_values.size(); ++i)
        m_values[i]->setText(values.value(i));
    m_values.value(0)->setToolTip(TimeFormat::iso(a.startedAt));

    m_request->setPlainText(requestText(*e));
    m_response->setPlainText(responseText(*e));
    const QString size = QLocale().formattedDataSize(kWebhookResponseBytes, 0);
    if (a.responseBytes > kWebhookResponseBytes)
        m_truncated->setText(tr("Truncated: the body had %1 bytes; the first %2 are kept.")
                                 .arg(QLocale().toString(a.responseBytes), size));
    else
        m_truncated->setText(tr("Response bodies are kept up to %1.").arg(size));
    updateButtons();
}

void WebhookAttemptDetail::setOpenDeliveryShown(bool shown)
{
    m_openShown = shown;
    updateButtons();
}

void WebhookAttemptDetail::updateButtons()
{
    m_openDelivery->setVisible(m_openShown);
    m_openDelivery->setEnabled(!m_deliveryUuid.isEmpty());
}

} // namespace sendivent::app
