#include "studiosender.h"

#include "release/releaseclient.h"
#include "sendtest.h"

#include <backend/backend.h>
#include <remote/remotebackend.h>

namespace sendivent::app {

using namespace Qt::StringLiterals;

StudioSender::StudioSender(QObject *parent)
    : QObject(parent)
    , m_sendTest(new SendTest(this))
    , m_release(new ReleaseClient(this))
{
    connect(m_sendTest, &SendTest::finished, this, &StudioSender::finished);
    connect(m_release, &ReleaseClient::finished, this, &StudioSender::released);
}

void StudioSender::setServer(const QUrl &baseUrl, const QString &apiKey)
{
    m_sendTest->setServer(baseUrl, apiKey);
    m_release->setServer(baseUrl, apiKey);
}

void StudioSender::setRemote(Backend *remote)
{
    m_remote = remote && !remote->isLocal() ? remote : nullptr;
}

bool StudioSender::isRemote() const
{
    return m_remote != nullptr;
}

bool StudioSender::needsConfirmation() const
{
    const auto *target = qobject_cast<const RemoteBackend *>(m_remote.data());
    return target && target->environment() == Environment::Production;
}

bool StudioSender::isReady() const
{
    return isRemote() || m_sendTest->isReady();
}

bool StudioSender::isBusy() const
{
    return m_sendTest->isBusy();
}

QString StudioSender::refusal(const TestMessage &message) const
{
    if (!isRemote() && !m_sendTest->isReady())
        return tr("The local server is not running, so there is nothing to send through.");
    if (!message.recipient)
        return tr("Not sent: fix the sample contact's JSON first.");
    if (!isRemote() && message.toInbox && message.channel != Channel::Email)
        return tr("Not sent: “my inbox” takes email; choose the email tab or the sample contact.");
    if (!message.payloadValid)
        return tr("Not sent: fix the payload JSON first.");
    return {};
}

Json StudioSender::body(const TestMessage &message)
{
    Json body = {{"to", message.recipient.value_or(Json())},
                 {"payload", message.payload},
                 {"language", toStd(message.language)}};
    if (message.sender)
        body["from"] = toStd(message.sender->email.isEmpty() ? message.sender->phone : message.sender->email);
    return body;
}

void StudioSender::send(const TestMessage &message)
{
    if (isBusy())
        return;
    if (Backend *remote = m_remote.data()) {
        m_releaseNext = false;
        m_sendTest->send(remote, message.event, message.channel, body(message));
        Q_EMIT busyChanged();
        Q_EMIT status(tr("Sending through the %1 API…").arg(remote->displayName()), false);
        return;
    }
    m_releaseNext = message.toInbox;
    m_sendTest->send(message.event, message.channel, body(message));
    Q_EMIT busyChanged();
    Q_EMIT status(tr("Sending…"), false);
}

void StudioSender::finished(const SendTestOutcome &outcome)
{
    Q_EMIT busyChanged();
    if (!outcome.delivered) {
        const QString why = outcome.problems.isEmpty() ? tr("no delivery was created") : outcome.problems.join(u"; "_s);
        Q_EMIT status(tr("Not sent: %1").arg(why), true);
        return;
    }
    QString text;
    if (!outcome.through.isEmpty()) {
        text = tr("Sent through the %1 API. Delivery <a href=\"delivery:%2\">%2</a>")
                   .arg(outcome.through.toHtmlEscaped(), outcome.deliveryUuid.toHtmlEscaped());
    } else {
        const QString trace =
            m_sendTest->baseUrl().toString() + u"/v1/deliveries/%1/trace"_s.arg(outcome.deliveryUuid);
        text = tr("Sent. Delivery <a href=\"delivery:%1\">%1</a> · trace: <code>GET %2</code>")
                   .arg(outcome.deliveryUuid.toHtmlEscaped(), trace.toHtmlEscaped());
    }
    if (!outcome.problems.isEmpty())
        text += u"<br>"_s + outcome.problems.join(u"; "_s).toHtmlEscaped();
    if (outcome.through.isEmpty() && std::exchange(m_releaseNext, false)) {
        // Captured like any send, then released: the trace shows both.
        m_release->releaseDelivery(outcome.deliveryUuid);
        text += u"<br>"_s + tr("Releasing to your inbox…").toHtmlEscaped();
    }
    Q_EMIT status(text, false);
    Q_EMIT deliveryRequested(outcome.deliveryUuid);
}

void StudioSender::released(const ReleaseAnswer &answer)
{
    if (!answer.ok) {
        Q_EMIT status(tr("Sent, but not released to your inbox: %1").arg(answer.error), true);
        return;
    }
    Q_EMIT status(tr("Sent and released to %1 via %2. Delivery <a href=\"delivery:%3\">%3</a>")
                      .arg(answer.to.toHtmlEscaped(), answer.server.toHtmlEscaped(),
                           answer.deliveryUuid.toHtmlEscaped()),
                  false);
    Q_EMIT deliveryRequested(answer.deliveryUuid);
}

} // namespace sendivent::app
