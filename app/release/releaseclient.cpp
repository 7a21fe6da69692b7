#include "releaseclient.h"

#include <base/json.h>
#include <remote/outgoingheaders.h>

#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkProxy>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>

namespace sendivent::app {

using namespace Qt::StringLiterals;

ReleaseClient::ReleaseClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    qRegisterMetaType<sendivent::app::ReleaseAnswer>();
    m_network->setProxy(QNetworkProxy::NoProxy); // the server is on this machine
}

void ReleaseClient::setServer(const QUrl &baseUrl, const QString &apiKey)
{
    m_baseUrl = baseUrl;
    m_apiKey = apiKey;
}

void ReleaseClient::releaseDelivery(const QString &uuid, const QString &to)
{
    post(u"/_local/deliveries/%1/release"_s.arg(uuid), to, uuid);
}

void ReleaseClient::sendTestMessage(const QString &to)
{
    post(u"/_local/release/test"_s, to, QString());
}

void ReleaseClient::post(const QString &path, const QString &to, const QString &uuid)
{
    if (!isReady()) {
        Q_EMIT finished({false, uuid, to, {}, tr("The local server is not running")});
        return;
    }
    QUrl url = m_baseUrl;
    url.setPath(path);
    QNetworkRequest request(url);
    setOutgoingHeaders(request);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    request.setTransferTimeout(90'000); // the relay's own time-out comes first
    const Json body = to.isEmpty() ? Json::object() : Json{{"to", toStd(to)}};
    QNetworkReply *reply = m_network->post(request, dumpJson(body));
    ++m_busy;
    connect(reply, &QNetworkReply::finished, this, [this, reply, uuid, to] {
        reply->deleteLater();
        --m_busy;
        ReleaseAnswer answer;
        answer.deliveryUuid = uuid;
        answer.to = to;
        const auto json = parseJson(reply->readAll());
        if (!json || !json->is_object()) {
            answer.error = reply->errorString();
            Q_EMIT finished(answer);
            return;
        }
        answer.ok = json->value("success", false);
        if (!answer.ok) {
            answer.error = toQt(json->value("error", std::string("unknown error")));
        } else {
            const Json &release = (*json)["data"]["release"];
            answer.to = toQt(release.value("to", std::string()));
            answer.server = toQt(release.value("server", std::string()));
        }
        Q_EMIT finished(answer);
    });
}

} // namespace sendivent::app
