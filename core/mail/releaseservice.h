#pragma once

#include "release.h"

#include <QtCore/QObject>

#include <functional>
#include <memory>

namespace sendivent {
class ChangeNotifier;
class ReturnPath;
class Database;
class DeliveryStore;
class WorkspaceService;
} // namespace sendivent

namespace sendivent::mail {

// What one release did: where the message went, and the delivery's timeline after
// the step recording it (empty for a test message).
struct ReleaseOutcome
{
    QString deliveryUuid; // empty: a test message
    QString to;
    QString from;
    QString server; // smtp(s)://host:port
    QString messageId;
    QDateTime releasedAt;
    QList<TimelineEntry> timeline;
};

// Releases captured email to a real inbox (issue 23), on the thread it lives on (the
// server's): checks what can be checked at once, relays off that thread
// (mail::sendAsync), then records a "released" or "release_failed" step in the
// delivery's timeline and answers. With the release-all rule on, every new sandbox
// email delivery that a provider accepted is released to the rule's address as soon
// as it is committed, without the send waiting for it. Production deliveries are
// never released: the feature is for test mail.
class ReleaseService final : public QObject
{
    Q_OBJECT
public:
    ReleaseService(const Database &db, DeliveryStore &deliveries, WorkspaceService &workspace,
                   ChangeNotifier *notifier, QObject *parent = nullptr);
    ~ReleaseService() override;

    const ReleaseSettings &settings() const { return m_settings; }
    void setSettings(const ReleaseSettings &settings);
    // Keeps the password when the settings change without naming one (PUT never does).
    void setPassword(const QString &password) { m_settings.server.password = password; }

    using Done = std::function<void(Result<ReleaseOutcome>)>;
    // Releases delivery `uuid` (of `environment`, the caller's key's) to `to`, or to the
    // settings' recipient when `to` is empty. An error found before relaying comes back
    // at once (and `done` is not called); otherwise `done` is called later, on this
    // object's thread, with the outcome or the relay's error.
    Status release(const QString &uuid, Environment environment, const QString &to, Done done);
    // A test message to `to` (or the settings' recipient), recorded nowhere.
    Status sendTest(const QString &to, Done done);

    // Releases still relaying (for tests and a clean stop).
    int inFlight() const { return m_inFlight; }

Q_SIGNALS:
    // A release finished (a rule's included): the delivery's timeline has a new step.
    void released(const QString &deliveryUuid, bool ok);

private:
    void deliveryCreated(const QString &uuid);
    Result<QString> recipient(const QString &to) const;
    Mailbox sender();
    void relay(const QString &uuid, const EmailMessage &message, const QString &to, Done done);

    const Database &m_db;
    DeliveryStore &m_deliveries;
    WorkspaceService &m_workspace;
    ChangeNotifier *m_notifier;
    ReleaseSettings m_settings;
    // Listening for new deliveries only while the release-all rule is on, so a send
    // costs nothing here otherwise.
    QMetaObject::Connection m_releasingAll;
    int m_inFlight = 0;
    std::shared_ptr<ReturnPath> m_return; // how relays come back to this thread
};

} // namespace sendivent::mail
