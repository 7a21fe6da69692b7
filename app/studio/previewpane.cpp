#include "previewpane.h"

#include "chatpreview.h"
#include "emailpreview.h"
#include "pushpreview.h"
#include "templatefieldseditor.h"
#include <checks/smssegments.h>

#include <QtWidgets/QLabel>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QVBoxLayout>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

QScrollArea *scrolling(QWidget *content, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The chat's own background fills the area, not the window colour around it.
    area->setBackgroundRole(QPalette::Base);
    return area;
}

} // namespace

PreviewEnvelope previewEnvelope(
    const Workspace &workspace, Channel channel, const Contact &contact, const Sender &sender)
{
    PreviewEnvelope envelope;
    envelope.appName = workspace.appName;
    const bool phone = channel == Channel::Sms || channel == Channel::Whatsapp;
    const QString from = phone ? sender.phone : sender.email;
    envelope.from = sender.name.isEmpty() || phone ? from : u"%1 <%2>"_s.arg(sender.name, from);
    QString address;
    switch (channel) {
    case Channel::Email:
        address = contact.email;
        break;
    case Channel::Sms:
    case Channel::Whatsapp:
        address = contact.phone;
        break;
    case Channel::Slack:
        address = contact.slack;
        break;
    case Channel::Telegram:
        address = contact.telegram;
        break;
    case Channel::Discord:
        address = contact.discord;
        break;
    case Channel::Push:
        address = contact.pushTokens.value(0);
        break;
    }
    if (address.isEmpty())
        address = PreviewPane::tr("no %1 address").arg(channelName(channel));
    envelope.to = contact.name.isEmpty() ? address : u"%1 <%2>"_s.arg(contact.name, address);
    return envelope;
}

PreviewPane::PreviewPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_email(new EmailPreview(this))
    , m_sms(new ChatPreview)
    , m_smsCounter(new QLabel(this))
    , m_chat(new ChatPreview)
    , m_push(new PushPreview(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"previewPane"_s);
    m_stack->setObjectName(u"previewStack"_s);
    m_email->setObjectName(u"emailPreview"_s);
    m_sms->setObjectName(u"smsPreview"_s);
    m_smsCounter->setObjectName(u"smsCounter"_s);
    m_chat->setObjectName(u"chatPreview"_s);
    m_push->setObjectName(u"pushPreview"_s);
    m_error->setObjectName(u"previewError"_s);

    m_smsScroll = scrolling(m_sms, this);
    m_chatScroll = scrolling(m_chat, this);
    auto *smsPage = new QWidget(this);
    auto *smsLayout = new QVBoxLayout(smsPage);
    smsLayout->setContentsMargins(0, 0, 0, 0);
    smsLayout->addWidget(m_smsScroll, 1);
    smsLayout->addWidget(m_smsCounter);
    m_smsCounter->setWordWrap(true);
    m_smsCounter->setContentsMargins(4, 4, 4, 0);

    m_stack->addWidget(m_email);
    m_stack->addWidget(smsPage);
    m_stack->addWidget(m_chatScroll);
    m_stack->addWidget(m_push);

    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->setAutoFillBackground(true);
    m_error->setContentsMargins(8, 6, 8, 6);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::Window, QColor(0xb4, 0x23, 0x18));
    errorPalette.setColor(QPalette::BrightText, Qt::white);
    m_error->setPalette(errorPalette);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);
}

void PreviewPane::setChannel(Channel channel)
{
    if (channel != m_channel)
        m_outputs.clear();
    m_channel = channel;
    switch (channel) {
    case Channel::Email:
        m_stack->setCurrentIndex(0);
        break;
    case Channel::Sms:
        m_stack->setCurrentIndex(1);
        break;
    case Channel::Push:
        m_stack->setCurrentIndex(3);
        break;
    default:
        m_stack->setCurrentIndex(2);
        break;
    }
    refresh();
}

void PreviewPane::setEnvelope(const PreviewEnvelope &envelope)
{
    m_envelope = envelope;
    refresh();
}

void PreviewPane::setResult(const PreviewResult &result)
{
    if (result.channel != m_channel)
        return;
    // A field that fails keeps its last good output, so the preview is out of date
    // until it renders again: say so, over the preview, with each field's error.
    QStringList problems;
    for (auto it = result.fields.cbegin(); it != result.fields.cend(); ++it) {
        if (it->ok())
            m_outputs.insert(it.key(), it->output);
        else if (it->syntax)
            problems << tr("%1, line %2, column %3: %4")
                            .arg(TemplateFieldsEditor::fieldTitle(m_channel, it.key()))
                            .arg(it->syntax->line)
                            .arg(it->syntax->column)
                            .arg(it->syntax->message);
        else
            problems << tr("%1: %2").arg(TemplateFieldsEditor::fieldTitle(m_channel, it.key()), it->renderError);
    }
    m_stale = !problems.isEmpty();
    if (m_stale)
        problems.prepend(tr("Out of date: showing the last preview that rendered."));
    m_error->setText(problems.join(u'\n'));
    m_error->setVisible(m_stale);
    refresh();
}

void PreviewPane::refresh()
{
    switch (m_channel) {
    case Channel::Email:
        m_email->setEnvelope(m_envelope.from, m_envelope.to, m_envelope.sentAt);
        m_email->setSubject(m_outputs.value(u"subject"_s));
        m_email->setHtml(m_outputs.value(u"html"_s));
        m_email->setText(m_outputs.value(u"text"_s));
        break;
    case Channel::Push:
        m_push->setTime(m_envelope.sentAt);
        m_push->setNotification(m_envelope.appName, m_outputs.value(u"title"_s), m_outputs.value(u"body"_s));
        break;
    case Channel::Sms: {
        const QString text = m_outputs.value(u"text"_s);
        m_sms->setTime(m_envelope.sentAt);
        m_sms->setMessage(Channel::Sms, m_envelope.from.isEmpty() ? m_envelope.appName : m_envelope.from, text);
        const SmsCount count = countSms(text);
        const bool gsm = count.encoding == SmsCount::Encoding::Gsm7;
        QString summary = tr("%n character(s)", nullptr, count.units) + u" · "_s
            + tr("%n segment(s)", nullptr, count.segments) + u" · "_s + (gsm ? tr("GSM-7") : tr("UCS-2"));
        if (count.segments > 0)
            summary += u" · "_s + tr("%n left in this segment", nullptr, count.remaining);
        if (!gsm)
            summary += u"\n"_s
                + tr("Sent as UCS-2 because of %1: 70 characters fit one message, 67 each when split.")
                      .arg(count.nonGsm);
        m_smsCounter->setText(summary);
        break;
    }
    default:
        m_chat->setTime(m_envelope.sentAt);
        m_chat->setMessage(m_channel, m_envelope.appName, m_outputs.value(u"text"_s));
        break;
    }
}

} // namespace sendivent::app
