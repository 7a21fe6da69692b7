#include "sendservice.h"

#include "base/validation.h"
#include "changenotifier.h"
#include "emulation/clock.h"
#include "emulation/faults.h"
#include "emulation/provideroutcomes.h"
#include "emulation/providersimulator.h"
#include "emulation/ratelimiter.h"
#include "storage/connectionhooks.h"
#include "storage/database.h"
#include "workspace/workspaceservice.h"

#include <algorithm>
#include <limits>

namespace sendivent {

using namespace Qt::StringLiterals;

// What every recipient of one request shares for one channel: the workspace-level
// checks and the sender.
struct SendService::ChannelPlan
{
    Channel channel = Channel::Email;
    std::optional<Error> unavailable; // ADDON_NOT_ENABLED / INTEGRATION_MISSING
    QString provider;
    Sender sender;
    QString senderProblem; // UNVERIFIED_SENDER
    QByteArray sent;       // Delivery::sent of every delivery on this channel
};

// One resolved recipient of one request.
struct SendService::Target
{
    const Workspace &workspace;
    qint64 revision;
    const Event &event;
    const Contact &contact;
    const Json &contactJson;
    const QString &label;
};

namespace {

// "Acme <hello@acme.test>" → "hello@acme.test"; a bare address or number as given.
QString senderAddress(const QString &from)
{
    const qsizetype open = from.lastIndexOf(u'<');
    if (open >= 0 && from.endsWith(u'>'))
        return from.mid(open + 1, from.size() - open - 2).trimmed();
    return from.trimmed();
}

const Sender *firstSender(const Workspace &ws, bool withEmail)
{
    for (const Sender &s : ws.senders) {
        if (withEmail ? !s.email.isEmpty() : !s.phone.isEmpty())
            return &s;
    }
    return nullptr;
}

// DESIGN §5: `from` must be a verified sender. It picks the sender of the channels
// of its own kind (an address for email, a number for sms/whatsapp); the other
// channels use the workspace's first sender of their kind.
void chooseSender(const Workspace &ws, Channel channel, const QString &from, Sender &sender, QString &problem)
{
    const bool email = channel == Channel::Email;
    const bool phone = channel == Channel::Sms || channel == Channel::Whatsapp;
    const QString address = senderAddress(from);
    const Sender *byEmail = nullptr;
    const Sender *byPhone = nullptr;
    if (!address.isEmpty()) {
        QString number = address;
        number.remove(u' ');
        for (const Sender &s : ws.senders) {
            if (!byEmail && !s.email.isEmpty() && s.email.compare(address, Qt::CaseInsensitive) == 0)
                byEmail = &s;
            if (!byPhone && !s.phone.isEmpty() && s.phone == number)
                byPhone = &s;
        }
        if (!byEmail && !byPhone && (email || phone)) {
            problem = u"Sender '%1' is not a verified sender of this workspace"_s.arg(from);
            return;
        }
    }
    const Sender *chosen = nullptr;
    if (email) {
        chosen = byEmail ? byEmail : firstSender(ws, true);
        if (!chosen) {
            problem = u"No verified email sender is configured for this workspace"_s;
            return;
        }
    } else if (phone) {
        chosen = byPhone ? byPhone : firstSender(ws, false);
    } else {
        chosen = byEmail ? byEmail : byPhone ? byPhone : firstSender(ws, true);
    }
    if (chosen)
        sender = *chosen;
    else if (!ws.senders.isEmpty())
        sender = ws.senders.first();
}

QStringList addressesFor(Channel channel, const Contact &c)
{
    const auto one = [](const QString &s) { return s.isEmpty() ? QStringList() : QStringList{s}; };
    switch (channel) {
    case Channel::Email: return one(c.email);
    case Channel::Sms:
    case Channel::Whatsapp: return one(c.phone);
    case Channel::Slack: return one(c.slack);
    case Channel::Push: return c.pushTokens;
    case Channel::Telegram: return one(c.telegram);
    case Channel::Discord: return one(c.discord);
    }
    return {};
}

QString identifierName(Channel channel)
{
    switch (channel) {
    case Channel::Email: return u"email address"_s;
    case Channel::Sms:
    case Channel::Whatsapp: return u"phone number"_s;
    case Channel::Slack: return u"Slack user ID"_s;
    case Channel::Push: return u"push token"_s;
    case Channel::Telegram: return u"Telegram user ID"_s;
    case Channel::Discord: return u"Discord user ID"_s;
    }
    return {};
}

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

// What an injected provider fault makes of an accepted message: the later outcome it
// reports (its detail says it was injected, so the trace tells it from a real one).
void injectFault(const InjectedFault &fault, const QString &provider, ProviderVerdict &verdict)
{
    const QString injected = u"Injected fault (rule %1): "_s.arg(fault.ruleId);
    switch (fault.kind) {
    case FaultKind::Fail:
        verdict.laterOutcome = u"failed"_s;
        verdict.laterDetail = injected + u"%1 reported a permanent failure"_s.arg(providerDisplayName(provider));
        break;
    case FaultKind::Bounce:
        verdict.laterOutcome = u"bounced"_s;
        verdict.laterDetail = injected + u"Permanent bounce (General): smtp; 550 5.1.1 user unknown"_s;
        break;
    case FaultKind::Complain:
        verdict.laterOutcome = u"complained"_s;
        verdict.laterDetail = injected + u"Complaint (abuse): the recipient marked the message as spam"_s;
        break;
    case FaultKind::Latency:
        if (!verdict.laterOutcome.isEmpty())
            verdict.laterDetail = injected + u"%1 ms late; "_s.arg(fault.latencyMs) + verdict.laterDetail;
        break;
    default: break;
    }
}

// Delivery::sent for one request's channel: built from the payload serialised once
// for the whole request, so a recipient costs only a shared copy of the bytes.
QByteArray sentFactsJson(const QString &appName, const Sender &sender, const QByteArray &payload, qint64 revision)
{
    Json from = Json::object();
    if (!sender.name.isEmpty())
        from["name"] = toStd(sender.name);
    if (!sender.email.isEmpty())
        from["email"] = toStd(sender.email);
    if (!sender.phone.isEmpty())
        from["phone"] = toStd(sender.phone);
    return "{\"app\":" + dumpJson(Json(toStd(appName))) + ",\"from\":" + dumpJson(from) + ",\"payload\":" + payload
           + ",\"template_revision\":" + QByteArray::number(revision) + '}';
}

Error dailyQuotaError(Environment environment)
{
    return Error{ErrorCode::RateLimited,
                 u"Daily quota of %1 notifications for %2 reached; it resets at 00:00 UTC"_s.arg(
                     UsageLimits::notificationsPerDay(environment))
                     .arg(environmentName(environment)),
                 {}};
}

} // namespace

SendService::DailyCount &SendService::dailyCount(Environment environment)
{
    DailyCount &count = m_daily[environment == Environment::Production ? 1 : 0];
    const qint64 day = clockNowMs(m_clock) / kDayMs;
    if (count.day == day)
        return count;
    count = {day, 0};
    // Newest first, stopping at yesterday or at the quota: bounded however many
    // deliveries the folder holds.
    const int limit = UsageLimits::notificationsPerDay(environment);
    auto q = execSql(m_db, u"SELECT created_at, sent_at IS NOT NULL FROM deliveries WHERE environment = ?"
                           " ORDER BY id DESC"_s,
                     {environmentName(environment)});
    if (!q)
        return count; // counted from zero: a read error must not stop every send
    while (q->next() && count.used < limit) {
        if (q->value(0).toLongLong() < day * kDayMs)
            break;
        if (q->value(1).toBool())
            ++count.used;
    }
    return count;
}

SendService::DailyQuota SendService::dailyQuota(Environment environment)
{
    const DailyCount &count = dailyCount(environment);
    const int limit = UsageLimits::notificationsPerDay(environment);
    return {limit, std::max(0, limit - count.used), (count.day + 1) * kDayMs / 1000};
}

SendService::SendService(const Database &db, WorkspaceService &workspace, DeliveryStore &deliveries,
                         ProviderOutcomes *outcomes, ChangeNotifier *notifier)
    : m_db(db)
    , m_contacts(db)
    , m_workspace(workspace)
    , m_deliveries(deliveries)
    , m_outcomes(outcomes)
    , m_notifier(notifier)
    , m_statements(db)
{
}

Result<SendService::Revisions> SendService::revisions()
{
    // The count before the read: a commit that lands during the read changes it, so
    // the next send reads again.
    const std::optional<quint64> changes = revisionChanges();
    if (changes && m_revisions && m_revisions->changes == *changes)
        return *m_revisions;
    // Both revisions in one statement: every autocommit read takes the WAL's read lock
    // (two fcntl calls).
    Revisions read;
    Status status = m_statements.query(
        u"SELECT (SELECT value FROM settings WHERE key = 'revision'), (SELECT n FROM contacts_revision)"_s, {},
        [&](const StatementCache::Row &q) {
            read.workspace = q.value(0).toLongLong();
            read.contacts = q.value(1).toLongLong();
        });
    if (!status)
        return status.error();
    if (changes) {
        read.changes = *changes;
        m_revisions = read;
    }
    return read;
}

Result<SendResult> SendService::send(const SendRequest &request)
{
    const auto known = revisions();
    if (!known)
        return known.error();
    const qint64 revision = known->workspace;
    const qint64 contactsRevision = known->contacts;
    auto snapshot = m_workspace.current(revision);
    if (!snapshot)
        return snapshot.error();
    const Workspace &ws = **snapshot;
    const Event *event = ws.findEvent(request.event);
    if (!event)
        return Error{ErrorCode::EventNotFound, u"Event '%1' not found"_s.arg(request.event), {}};
    if (m_enforceDailyQuota && dailyQuota(request.environment).remaining <= 0)
        return dailyQuotaError(request.environment);

    QList<Channel> channels = event->channels;
    if (request.channel) {
        if (!channels.contains(*request.channel)) {
            const QString name = channelName(*request.channel);
            return Error::validation(u"Event '%1' has no %2 channel"_s.arg(event->identifier, name),
                                     {{u"channel"_s, u"'%1' is not one of the event's channels"_s.arg(name)}});
        }
        channels = {*request.channel};
    }

    const QByteArray payload = dumpJson(request.payload.is_object() ? request.payload : Json::object());
    QList<ChannelPlan> plans;
    for (const Channel channel : std::as_const(channels)) {
        ChannelPlan plan;
        plan.channel = channel;
        const QString name = channelName(channel);
        const Integration *integration = nullptr;
        for (const Integration &i : ws.integrations) {
            if (i.channel == channel && (!integration || (i.isActive() && !integration->isActive())))
                integration = &i;
        }
        if ((channel == Channel::Sms || channel == Channel::Whatsapp) && !ws.plan.hasAddon(name))
            plan.unavailable =
                Error{ErrorCode::AddonNotEnabled, u"The %1 addon is not enabled on this plan"_s.arg(name), {}};
        else if (!integration)
            plan.unavailable = Error{ErrorCode::IntegrationMissing, u"No %1 integration configured"_s.arg(name), {}};
        else if (!integration->isActive())
            plan.unavailable =
                Error{ErrorCode::IntegrationMissing, u"The %1 integration is not active"_s.arg(name), {}};
        if (integration)
            plan.provider = integration->provider;
        chooseSender(ws, channel, request.from, plan.sender, plan.senderProblem);
        plan.sent = sentFactsJson(ws.appName, plan.sender, payload, revision);
        plans.append(std::move(plan));
    }

    const int contactLimit = m_enforceContactLimit ? ws.plan.contactLimit : std::numeric_limits<int>::max();
    SendResult result;
    for (const SendRecipient &recipient : request.recipients) {
        auto contact = resolve(recipient, contactLimit, contactsRevision, result);
        if (!contact) {
            if (contact.error().code == ErrorCode::ServerError) {
                discard(result); // nothing of this request will be stored
                return contact.error();
            }
            result.errors.append({contact.error().code, contact.error().message, std::nullopt, recipient.label});
            continue;
        }
        const Target target{ws, revision, *event, (*contact)->contact, (*contact)->json, recipient.label};
        for (const ChannelPlan &plan : std::as_const(plans)) {
            sendToChannel(request, plan, target, result);
        }
    }
    return result;
}

Result<SendService::ResolvedPtr> SendService::resolve(const SendRecipient &recipient, int contactLimit,
                                                  qint64 contactsRevision, SendResult &result)
{
    if (recipient.problem)
        return *recipient.problem;
    if (recipient.contact)
        return upsert(*recipient.contact, contactLimit, result);
    // DESIGN §5: email (contains @), phone (E.164), contact UUID, external id.
    QString identifier = *recipient.identifier;
    ContactInput create;
    if (identifier.contains(u'@')) {
        identifier = identifier.toLower();
        if (!isValidEmail(identifier))
            return Error{ErrorCode::InvalidEmail, u"Invalid email address: %1"_s.arg(identifier), {}};
        create.email = identifier;
    } else if (identifier.startsWith(u'+')) {
        identifier.remove(u' ');
        if (!isValidE164(identifier))
            return Error{ErrorCode::InvalidPhone, u"Invalid phone number (must be E.164): %1"_s.arg(identifier), {}};
        create.phone = identifier;
    }
    auto found = findByIdentifier(identifier, contactsRevision);
    if (found)
        return found;
    if (found.error().code != ErrorCode::ContactNotFound)
        return found.error();
    if (!create.hasIdentifier()) {
        return Error{ErrorCode::ContactNotFound,
                     u"No contact has the UUID or external id '%1'"_s.arg(identifier), {}};
    }
    // An unknown email or phone creates the contact.
    return upsert(create, contactLimit, result);
}

// The contact is decided here and written with the deliveries (store()): from now on
// until that commit is done, later sends find it pending.
Result<SendService::ResolvedPtr> SendService::upsert(const ContactInput &input, int contactLimit, SendResult &result)
{
    auto planned = m_contacts.plan(input, contactLimit, &m_pending);
    if (!planned)
        return planned.error();
    if (planned->changed) {
        m_pending.add(planned->contact, planned->created);
        result.contacts.append(planned->contact);
    }
    Json json = ContactService::toJson(planned->contact);
    return std::make_shared<const Resolved>(Resolved{std::move(planned->contact), std::move(json)});
}

// `revision` is contacts_revision as send() read it; pending contacts are not in it.
Result<SendService::ResolvedPtr> SendService::findByIdentifier(const QString &identifier, qint64 revision)
{
    if (!m_pending.isEmpty()) {
        auto found = m_contacts.find(identifier, &m_pending);
        if (!found)
            return found.error();
        Json json = ContactService::toJson(*found);
        return std::make_shared<const Resolved>(Resolved{std::move(*found), std::move(json)});
    }
    constexpr qsizetype kMaxKept = 10'000;
    if (revision != m_recipientsRevision || m_recipients.size() >= kMaxKept) {
        m_recipients.clear();
        m_recipientsRevision = revision;
    }
    if (const auto kept = m_recipients.constFind(identifier); kept != m_recipients.cend())
        return *kept;
    auto found = m_contacts.find(identifier);
    if (!found)
        return found.error();
    Json json = ContactService::toJson(*found);
    auto resolved = std::make_shared<const Resolved>(Resolved{std::move(*found), std::move(json)});
    m_recipients.insert(identifier, resolved);
    return resolved;
}

void SendService::sendToChannel(const SendRequest &request, const ChannelPlan &plan, const Target &target,
                                SendResult &result)
{
    const auto refuse = [&](ErrorCode code, const QString &message) {
        result.errors.append({code, message, plan.channel, target.label});
    };
    if (plan.unavailable)
        return refuse(plan.unavailable->code, plan.unavailable->message);
    const QStringList addresses = addressesFor(plan.channel, target.contact);
    if (addresses.isEmpty())
        return refuse(ErrorCode::MissingIdentifier,
                      u"Contact has no %1, which the %2 channel needs"_s.arg(identifierName(plan.channel), channelName(plan.channel)));
    if (!plan.senderProblem.isEmpty())
        return refuse(ErrorCode::UnverifiedSender, plan.senderProblem);

    // `language`, else the contact's meta.language, else the event's default; a
    // language without a template for this channel falls back to the default.
    QString language = request.language;
    const Json &metaLanguage = target.contact.meta.contains("language") ? target.contact.meta["language"] : Json();
    if (language.isEmpty() && metaLanguage.is_string())
        language = toQt(metaLanguage.get<std::string>());
    if (language.isEmpty())
        language = target.event.defaultLanguage;
    const EventTemplate *tmpl = target.event.findTemplate(plan.channel, language);
    if (!tmpl)
        tmpl = target.event.findTemplate(plan.channel, target.event.defaultLanguage);

    MessageRenderer::Rendered rendered;
    if (!tmpl) {
        rendered.error = u"No %1 template in '%2' or in the default language '%3'"_s.arg(
            channelName(plan.channel), language, target.event.defaultLanguage);
    } else {
        const Json context =
            MessageRenderer::context(target.workspace, target.contactJson, request.payload, plan.sender);
        rendered = m_renderer.render(target.workspace, target.revision, *tmpl, context,
                                     request.overrides.value(plan.channel));
    }

    const QDateTime now = clockNow(m_clock);
    for (const QString &address : addresses) {
        if (m_enforceDailyQuota && dailyQuota(request.environment).remaining <= 0) {
            const Error over = dailyQuotaError(request.environment);
            refuse(over.code, over.message);
            continue;
        }
        Delivery d;
        d.uuid = timeOrderedUuid();
        d.channel = plan.channel;
        d.eventName = target.event.identifier;
        d.contactUuid = target.contact.uuid;
        d.recipient = address;
        d.provider = plan.provider;
        d.language = tmpl ? tmpl->language : language;
        d.environment = request.environment;
        d.requestId = request.requestId;
        d.createdAt = now;
        d.content = rendered.content;
        d.sent = plan.sent;
        d.timeline.append({u"queued"_s, now, {}});
        std::optional<PendingOutcome> pending;
        if (!rendered.ok()) {
            // A template that fails at render time fails its delivery, never the request.
            d.status = u"failed"_s;
            d.error = u"Template error: "_s + rendered.error;
            d.timeline.append({u"failed"_s, now, d.error});
        } else {
            d.timeline.append({u"rendered"_s, now, {}});
            ProviderVerdict verdict = simulateProvider(plan.channel, plan.provider, address);
            // A real refusal (a magic number) wins; otherwise the fault rules may step in.
            std::optional<InjectedFault> fault;
            if (verdict.accepted() && m_faults)
                fault = m_faults->forDelivery(plan.channel, plan.provider, target.event.identifier, address);
            if (fault) {
                result.faults.append(fault->marker());
                if (fault->kind == FaultKind::Refuse) {
                    // No delivery: the provider's API said no, as DESIGN §5's 502 PROVIDER_ERROR.
                    refuse(ErrorCode::ProviderError,
                           u"%1 refused the message: injected fault (rule %2)"_s.arg(providerDisplayName(plan.provider),
                                                                                     fault->ruleId));
                    continue;
                }
                injectFault(*fault, plan.provider, verdict);
                result.injectedDeliveries.append({d.uuid, fault->marker()});
            }
            if (!verdict.accepted()) {
                // Refused at submission (Twilio's test numbers): a delivery like any
                // other, acknowledged with its uuid, so the app can match the
                // delivery.failed webhook and the delivery list shows what it was told.
                d.status = u"failed"_s;
                d.error = verdict.rejection;
                d.timeline.append({u"failed"_s, now, verdict.rejection});
            } else {
                d.status = u"sent"_s;
                d.sentAt = now;
                ++dailyCount(request.environment).used;
                d.messageId = verdict.messageId;
                d.timeline.append({u"sent"_s, now, u"Accepted by %1"_s.arg(plan.provider)});
                if (!verdict.laterOutcome.isEmpty())
                    pending = PendingOutcome{d.uuid, verdict.laterOutcome, verdict.laterDetail,
                                             fault ? fault->latencyMs : 0};
            }
        }
        result.deliveries.append({plan.channel, d.uuid});
        result.rows.append({std::move(d), std::move(pending)});
    }
}

Status SendService::store(DeliveryStore &deliveries, StatementCache &statements, const SendResult &result)
{
    for (const Contact &contact : result.contacts) {
        if (Status s = ContactStore::write(statements, contact); !s)
            return s;
    }
    for (const NewDelivery &row : result.rows) {
        if (Status s = deliveries.insert(row.delivery, row.pending); !s)
            return s;
    }
    return {};
}

void SendService::publish(const SendResult &result)
{
    discard(result); // the pending contacts are in the database now
    if (m_faults) {
        for (const auto &[uuid, marker] : result.injectedDeliveries)
            m_faults->noteDelivery(uuid, marker);
    }
    if (m_notifier) {
        if (!result.contacts.isEmpty())
            Q_EMIT m_notifier->contactsChanged();
        for (const NewDelivery &row : result.rows) {
            Q_EMIT m_notifier->deliveryCreated(row.delivery.uuid);
            Q_EMIT m_notifier->deliveryChanged(row.delivery.uuid);
        }
    }
    if (m_outcomes) {
        QList<PendingOutcome> owed;
        for (const NewDelivery &row : result.rows) {
            if (row.pending)
                owed.append(*row.pending);
        }
        if (!owed.isEmpty())
            m_outcomes->schedule(owed);
    }
}

void SendService::discard(const SendResult &result)
{
    for (const Contact &contact : result.contacts)
        m_pending.release(contact.uuid);
}

} // namespace sendivent
