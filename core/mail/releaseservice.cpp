#include "releaseservice.h"

#include "base/returnpath.h"
#include "changenotifier.h"
#include "deliveries/deliverystore.h"
#include "storage/database.h"
#include "workspace/workspaceservice.h"

#include <QtCore/QLoggingCategory>

namespace sendivent::mail {

Q_LOGGING_CATEGORY(lcRelease, "sendivent.release")

using namespace Qt::StringLiterals;

ReleaseService::ReleaseService(const Database &db, DeliveryStore &deliveries, WorkspaceService &workspace,
                               ChangeNotifier *notifier, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_deliveries(deliveries)
    , m_workspace(workspace)
    , m_notifier(notifier)
    , m_return(std::make_shared<ReturnPath>(this))
{
}

ReleaseService::~ReleaseService()
{
    m_return->close(); // relays still under way end without this object
}

void ReleaseService::setSettings(const ReleaseSettings &settings)
{
    m_settings = settings;
    const bool all = m_settings.releaseAll && m_settings.isConfigured() && !m_settings.to.isEmpty();
    if (all && !m_releasingAll && m_notifier)
        m_releasingAll = connect(m_notifier, &ChangeNotifier::deliveryCreated, this, &ReleaseService::deliveryCreated);
    else if (!all && m_releasingAll) {
        disconnect(m_releasingAll);
        m_releasingAll = {};
    }
    if (m_settings.releaseAll)
        qCInfo(lcRelease).noquote() << "releasing every new sandbox email to" << m_settings.to << "via"
                                    << m_settings.server.displayUrl();
}

Result<QString> ReleaseService::recipient(const QString &to) const
{
    const QString address = to.isEmpty() ? m_settings.to : to;
    if (address.isEmpty())
        return Error::validation(u"Name a recipient: no default recipient (to) is configured"_s,
                                 {{u"to"_s, u"is required"_s}});
    if (!isPlausibleAddress(address))
        return Error::validation(u"'%1' is not an email address"_s.arg(address), {{u"to"_s, u"must be one email address"_s}});
    return address;
}

Mailbox ReleaseService::sender()
{
    if (!m_settings.from.isEmpty())
        return m_settings.from;
    // The workspace's verified sender, as the emulated provider would have sent it.
    if (auto ws = m_workspace.current()) {
        for (const Sender &s : (*ws)->senders) {
            if (!s.email.isEmpty())
                return {s.name, s.email};
        }
    }
    return {u"Sendivent Console"_s, u"sendivent-console@localhost"_s};
}

namespace {
Error notConfigured()
{
    return Error{ErrorCode::Conflict,
                 u"Release to a real inbox is off: no SMTP server is configured (PUT /_local/release, "
                 u"--smtp, or the console's Settings)"_s,
                 {}};
}
} // namespace

Status ReleaseService::release(const QString &uuid, Environment environment, const QString &to, Done done)
{
    if (!m_settings.isConfigured())
        return notConfigured();
    if (environment == Environment::Production)
        return Error{ErrorCode::Forbidden, u"Only sandbox (test_) deliveries can be released to a real inbox"_s, {}};
    auto found = m_deliveries.find(uuid);
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->environment != environment)
        return Error{ErrorCode::DeliveryNotFound, u"Delivery '%1' not found"_s.arg(uuid), {}};
    auto address = recipient(to);
    if (!address)
        return address.error();
    auto message = releasedMessage(**found, sender(), *address);
    if (!message)
        return message.error();
    relay(uuid, *message, *address, std::move(done));
    return {};
}

Status ReleaseService::sendTest(const QString &to, Done done)
{
    if (!m_settings.isConfigured())
        return notConfigured();
    auto address = recipient(to);
    if (!address)
        return address.error();
    relay(QString(), testMessage(sender(), *address), *address, std::move(done));
    return {};
}

void ReleaseService::relay(const QString &uuid, const EmailMessage &message, const QString &to, Done done)
{
    EmailMessage m = message;
    const QString domain = m.from.address.section(u'@', 1);
    m.messageId = randomUuid() + u'@' + (domain.isEmpty() ? u"sendivent.local"_s : domain);
    m.date = QDateTime::currentDateTimeUtc();
    const QByteArray bytes = buildMessage(m);
    const SmtpServer server = m_settings.server;
    ReleaseOutcome outcome{uuid, to, m.from.address, server.displayUrl(), u'<' + m.messageId + u'>', {}, {}};
    ++m_inFlight;
    auto finish = [this, outcome, done = std::move(done)](Status sent) mutable {
        --m_inFlight;
        outcome.releasedAt = QDateTime::currentDateTimeUtc();
        if (!outcome.deliveryUuid.isEmpty()) {
            // The step is written whatever happened, so the trace tells both.
            const TimelineEntry step =
                sent ? TimelineEntry{u"released"_s, outcome.releasedAt,
                                     u"to %1 via %2"_s.arg(outcome.to, outcome.server)}
                     : TimelineEntry{u"release_failed"_s, outcome.releasedAt, sent.error().message};
            Transaction tx(m_db);
            auto added = m_deliveries.appendTimeline(outcome.deliveryUuid, step);
            if (!added || !tx.commit())
                qCWarning(lcRelease).noquote() << "could not record the release of" << outcome.deliveryUuid;
            if (auto now = m_deliveries.find(outcome.deliveryUuid); now && now->has_value())
                outcome.timeline = (*now)->timeline;
            Q_EMIT released(outcome.deliveryUuid, bool(sent));
        }
        if (!sent) {
            qCWarning(lcRelease).noquote() << sent.error().message;
            done(sent.error());
            return;
        }
        qCInfo(lcRelease).noquote() << "released" << (outcome.deliveryUuid.isEmpty() ? u"a test message"_s
                                                                                      : outcome.deliveryUuid)
                                    << "to" << outcome.to << "via" << outcome.server;
        done(std::move(outcome));
    };
    // Relayed on a pool thread; the rest back on this object's thread, if it is still there.
    sendAsync(server, m.from.address, {to}, bytes, [back = m_return, finish = std::move(finish)](Status sent) mutable {
        back->post([finish = std::move(finish), sent]() mutable { finish(sent); });
    });
}

void ReleaseService::deliveryCreated(const QString &uuid)
{
    if (!m_settings.releaseAll || !m_settings.isConfigured() || m_settings.to.isEmpty())
        return;
    auto found = m_deliveries.find(uuid);
    if (!found || !found->has_value())
        return;
    const Delivery &d = **found;
    // Only what a provider accepted: a failed render or a refused address has nothing
    // an inbox should get.
    if (d.channel != Channel::Email || d.environment != Environment::Sandbox || !d.sentAt.isValid())
        return;
    const Status started = release(uuid, Environment::Sandbox, QString(), [](const Result<ReleaseOutcome> &) {});
    if (!started)
        qCWarning(lcRelease).noquote() << "not released:" << started.error().message;
}

} // namespace sendivent::mail
