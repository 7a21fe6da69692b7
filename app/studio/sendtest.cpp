#include "sendtest.h"

#include <backend/backend.h>
#include <remote/outgoingheaders.h>

#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkProxy>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>

namespace sendivent::app {

using namespace Qt::StringLiterals;

SendTest::SendTest(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    qRegisterMetaType<sendivent::app::SendTestOutcome>();
    // The server is on this machine; a system proxy must not see the key.
    m_network->setProxy(QNetworkProxy::NoProxy);
}

void SendTest::setServer(const QUrl &baseUrl, const QString &apiKey)
{
    m_baseUrl = baseUrl;
    m_apiKey = apiKey;
}

void SendTest::send(const QString &event, Channel channel, const Json &body)
{
    if (m_reply)
        return;
    QUrl url = m_baseUrl;
    // Event identifiers are letters, digits, '.', '_' and '-': nothing to encode.
    url.setPath(u"/v1/send/"_s + event + u'/' + channelName(channel));
    QNetworkRequest request(url);
    setOutgoingHeaders(request);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    request.setTransferTimeout(30000);
    m_reply = m_network->post(request, dumpJson(body));
    connect(m_reply, &QNetworkReply::finished, this, &SendTest::replied);
}

void SendTest::send(Backend *remote, const QString &event, Channel channel, const Json &body)
{
    if (isBusy())
        return;
    m_remoteBusy = true;
    const QString name = remote->displayName();
    remote->send(event, channel, body).then(this, [this, name](const Result<SendAnswer> &answer) {
        m_remoteBusy = false;
        SendTestOutcome outcome;
        outcome.through = name;
        if (!answer) {
            outcome.problems << answer.error().message;
            Q_EMIT finished(outcome);
            return;
        }
        for (const SendError &e : answer->errors)
            outcome.problems << u"%1: %2"_s.arg(errorCodeName(e.code), e.message);
        if (!answer->deliveries.isEmpty()) {
            outcome.delivered = true;
            outcome.deliveryUuid = answer->deliveries.first().second;
        }
        Q_EMIT finished(outcome);
    });
}

void SendTest::replied()
{
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    reply->deleteLater();
    SendTestOutcome outcome;
    const QByteArray bytes = reply->readAll();
    const auto json = parseJson(bytes);
    if (!json || !json->is_object()) {
        outcome.problems << (reply->error() != QNetworkReply::NoError
                ? tr("The local server did not answer: %1").arg(reply->errorString())
                : tr("The local server answered something that is not JSON"));
        Q_EMIT finished(outcome);
        return;
    }
    if (const auto deliveries = json->find("deliveries"); deliveries != json->end() && deliveries->is_array()) {
        for (const Json &entry : *deliveries) {
            if (!entry.is_object() || entry.empty() || !entry.begin()->is_string())
                continue;
            outcome.delivered = true;
            if (outcome.deliveryUuid.isEmpty())
                outcome.deliveryUuid = toQt(entry.begin()->get<std::string>());
        }
    }
    if (const auto errors = json->find("errors"); errors != json->end() && errors->is_array()) {
        for (const Json &e : *errors)
            outcome.problems << u"%1: %2"_s.arg(jsonString(e, "code"), jsonString(e, "message"));
    }
    // An error answer of the whole request (EVENT_NOT_FOUND, UNAUTHORIZED, …).
    if (!outcome.delivered && outcome.problems.isEmpty()) {
        const QString message = jsonString(*json, "error");
        outcome.problems << (message.isEmpty()
                ? tr("The send failed (HTTP %1)")
                      .arg(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt())
                : u"%1: %2"_s.arg(jsonString(*json, "code"), message));
    }
    Q_EMIT finished(outcome);
}

} // namespace sendivent::app
