#pragma once

#include <QtCore/QObject>
#include <QtCore/QUrl>

class QNetworkAccessManager;

namespace sendivent::app {

// What a release from the window came back with.
struct ReleaseAnswer
{
    bool ok = false;
    QString deliveryUuid; // empty for a test message
    QString to;
    QString server;
    QString error; // the server's message when not ok
};

// The window's side of "Release to a real inbox": asks the local server, over HTTP
// with the console's own key like "Send test" does, to release a delivery
// (POST /_local/deliveries/{uuid}/release) or send a test message
// (POST /_local/release/test). The server holds the settings and the password.
class ReleaseClient final : public QObject
{
    Q_OBJECT
public:
    explicit ReleaseClient(QObject *parent = nullptr);

    void setServer(const QUrl &baseUrl, const QString &apiKey);
    bool isReady() const { return m_baseUrl.isValid() && !m_apiKey.isEmpty(); }
    int busy() const { return m_busy; }

    // `to` empty: the configured recipient (my inbox).
    void releaseDelivery(const QString &uuid, const QString &to = {});
    void sendTestMessage(const QString &to = {});

Q_SIGNALS:
    void finished(const sendivent::app::ReleaseAnswer &answer);

private:
    void post(const QString &path, const QString &to, const QString &uuid);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_apiKey;
    int m_busy = 0;
};

} // namespace sendivent::app
