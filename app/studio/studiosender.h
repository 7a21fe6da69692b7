#pragma once

#include <base/channel.h>
#include <base/json.h>
#include <workspace/workspace.h>

#include <QtCore/QObject>
#include <QtCore/QPointer>

#include <optional>

class QUrl;

namespace sendivent {
class Backend;
}

namespace sendivent::app {

class ReleaseClient;
class SendTest;
struct ReleaseAnswer;
struct SendTestOutcome;

// What "Send test" sends: the event on screen, one channel, the sample data.
struct TestMessage
{
    QString event;
    Channel channel = Channel::Email;
    QString language;
    std::optional<Json> recipient; // none while the sample contact's JSON is invalid
    Json payload = Json::object();
    bool payloadValid = true;
    std::optional<Sender> sender;
    bool toInbox = false; // captured as usual, then released to the inbox of Settings
};

// The template studio's test sends: through the local server (and, for "my inbox",
// released afterwards), or through the remote API the window shows. It reports in
// the studio's status line's words; asking before a production send is the page's.
class StudioSender final : public QObject
{
    Q_OBJECT
public:
    explicit StudioSender(QObject *parent = nullptr);

    void setServer(const QUrl &baseUrl, const QString &apiKey);
    // The remote data source sends go through; null (or a local backend) for the
    // local server.
    void setRemote(Backend *remote);
    bool isRemote() const;
    // A remote's production environment: real recipients, so the page asks first.
    bool needsConfirmation() const;
    // The local server is known (a remote is always ready).
    bool isReady() const;
    bool isBusy() const;

    // Why `message` cannot be sent now; empty when it can.
    QString refusal(const TestMessage &message) const;
    // The send's JSON body ({"to", "payload", "language", "from"}).
    static Json body(const TestMessage &message);
    // Sends it (the page has saved what the local server is to send). status()
    // follows at once and again when it is done.
    void send(const TestMessage &message);

Q_SIGNALS:
    // Rich text when not a problem (links to the delivery); plain text otherwise.
    void status(const QString &text, bool problem);
    void busyChanged();
    void deliveryRequested(const QString &uuid);

private:
    void finished(const SendTestOutcome &outcome);
    void released(const ReleaseAnswer &answer);

    SendTest *m_sendTest;
    ReleaseClient *m_release;
    QPointer<Backend> m_remote;
    bool m_releaseNext = false; // the send under way is to "my inbox"
};

} // namespace sendivent::app
