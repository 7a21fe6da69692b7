#include "localserver.h"

#include "router.h"
#include "servercontext.h"

#include <changenotifier.h>
#include <emulation/clock.h>
#include <emulation/faults.h>
#include <storage/database.h>

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QPointer>
#include <QtCore/QTimer>

namespace sendivent::server {

using namespace Qt::StringLiterals;

namespace {

// A start-up file (--seed, --faults) as JSON; `what` names it in the errors.
Result<Json> readJsonFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::validation(u"Cannot read the %1 file %2"_s.arg(what, path));
    QString problem;
    auto json = parseJson(file.readAll(), &problem);
    if (!json)
        return Error::validation(u"The %1 file is not valid JSON: %2"_s.arg(what, problem));
    return std::move(*json);
}

} // namespace

LocalServer::LocalServer(LocalServerOptions options, ChangeNotifier *notifier, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_notifier(notifier)
    , m_clock(m_options.clock)
    , m_journalFlush(this) // a child, so it moves to the server's thread with us
    , m_faults(new FaultRules(this))
{
    qRegisterMetaType<sendivent::server::ExchangeRecord>();
}

LocalServer::~LocalServer()
{
    stop();
}

QString LocalServer::databaseFileName()
{
    return u"sendivent.db"_s;
}

Status LocalServer::start()
{
    m_db = std::make_unique<Database>(QDir(m_options.dataDir).filePath(databaseFileName()));
    if (Status s = m_db->open(); !s)
        return s;
    if (!m_notifier) {
        m_ownNotifier = std::make_unique<ChangeNotifier>();
        m_notifier = m_ownNotifier.get();
    }
    if (!m_clock) {
        m_ownClock = std::make_unique<Clock>();
        m_clock = m_ownClock.get();
    }
    // Never before what an earlier run stored under a clock moved forward.
    auto newest = newestStoredTimeMs(*m_db);
    if (!newest)
        return newest.error();
    m_clock->start(m_options.clockFrozen, *newest);
    m_context = std::make_unique<ServerContext>(*m_db, m_notifier, *m_clock);
    m_context->clockStartsFrozen = m_options.clockFrozen;
    m_context->faults = m_faults;
    m_context->send.setFaults(m_faults);
    m_context->events.setFaults(m_faults);
    if (Status s = loadFaults(); !s)
        return s;
    // Reported from whichever thread wrote (the group commit's writer, mostly).
    connect(&m_context->health, &WriteHealth::changed, this, &LocalServer::healthChanged);

    for (const QString &key : std::as_const(m_options.apiKeys)) {
        if (!m_context->keys.addRuntimeKey(key))
            return Error::validation(u"--api-key must start with test_ or live_ followed by the key"_s);
    }
    if (!m_context->keys.hasRuntimeKeys()) {
        auto stored = m_context->keys.storedKeys();
        if (!stored)
            return stored.error();
        if (stored->isEmpty()) {
            auto created = m_context->keys.createKey(Environment::Sandbox, u"first start"_s);
            if (!created)
                return created.error();
            m_firstRunKey = *created;
        }
    }
    // After the first-run check: a key of our own must not count as "the user has one".
    m_consoleKey = generateApiKey(Environment::Sandbox);
    m_context->keys.addRuntimeKey(m_consoleKey);
    if (Status s = seed(); !s)
        return s;
    m_context->send.setContactLimitEnforced(m_options.limits);
    m_context->send.setDailyQuotaEnforced(m_options.limits);
    m_context->contactLimitEnforced = m_options.limits;
    m_context->outcomes.setDelay(std::chrono::milliseconds(m_options.outcomeDelayMs));
    if (Status s = m_context->outcomes.resume(); !s)
        return s;
    // Every committed status change may have put a webhook message in the outbox,
    // whichever connection wrote it (a route, the GUI's backend, the outcomes).
    m_context->webhookDispatcher.setRetrySchedule(m_options.webhookRetrySchedule);
    m_context->webhookDispatcher.setTimeout(m_options.webhookTimeout);
    connect(m_notifier, &ChangeNotifier::deliveryChanged, &m_context->webhookDispatcher, &WebhookDispatcher::poke);
    connect(m_notifier, &ChangeNotifier::webhookMessagesQueued, &m_context->webhookDispatcher,
            &WebhookDispatcher::poke);
    m_context->webhookDispatcher.poke(); // what was pending before a restart
    // Retention: as stored, with this run's options over it; the pruner's first look
    // is right after the start, a batch at a time between the first requests.
    auto retention = loadRetention(*m_db);
    if (!retention)
        return retention.error();
    if (m_options.maxDeliveries)
        retention->maxDeliveries = *m_options.maxDeliveries;
    if (m_options.maxAgeSeconds)
        retention->maxAgeSeconds = *m_options.maxAgeSeconds;
    if (m_options.maxJournal)
        retention->maxJournal = *m_options.maxJournal;
    (void)m_context->applyRetention(*retention, false);
    m_context->pruner.setBatchSize(m_options.pruneBatchSize);
    m_context->pruner.setInterval(m_options.pruneInterval);
    m_context->pruner.start();
    connect(m_clock, &Clock::changed, &m_context->pruner, &Pruner::poke);
    // A clock moved forward may have made retries due; the stream tells subscribers.
    connect(m_clock, &Clock::changed, &m_context->webhookDispatcher, &WebhookDispatcher::poke);
    connect(m_clock, &Clock::changed, &m_context->events,
            [this] { m_context->events.publishClock(clockJson(*m_clock)); });

    m_router = std::make_unique<Router>();
    registerSystemRoutes(*m_router, *m_context);
    registerEventRoutes(*m_router, *m_context);
    registerIntegrationRoutes(*m_router, *m_context);
    registerLocalRoutes(*m_router, *m_context);
    registerContactRoutes(*m_router, *m_context);
    registerSendRoutes(*m_router, *m_context);
    registerDeliveryRoutes(*m_router, *m_context);
    registerWebhookRoutes(*m_router, *m_context);
    registerLiveEventRoutes(*m_router, *m_context);
    registerClockRoutes(*m_router, *m_context);
    registerFaultRoutes(*m_router, *m_context);
    registerReleaseRoutes(*m_router, *m_context);
    m_context->release.setSettings(m_options.release);
    m_context->events.setMaxBacklogBytes(m_options.eventStreamBacklogBytes);
    m_context->events.setKeepAliveInterval(m_options.eventStreamKeepAlive);

    m_options.http.rateLimits = m_options.limits;
    auto *http = new HttpServer(*m_router, m_context->keys, m_options.http, this);
    http->setClock(m_clock);
    QString error;
    if (!http->listenOn(m_options.host, m_options.port, &error)) {
        delete http;
        m_failedToListen = true;
        return Error{ErrorCode::ServerError, error, {}};
    }
    // A reset forgets the per-second counts too (the daily ones: SendService).
    connect(m_notifier, &ChangeNotifier::trafficReset, http, &HttpServer::resetRateLimits);
    connect(http, &HttpServer::exchangeFinished, this, &LocalServer::exchangeFinished);
    connect(http, &HttpServer::exchangeFinished, this, &LocalServer::journal);
    // Often, so that each write is small: a quarter second of a busy server's traffic
    // is thousands of rows, and the sends behind them in the writer's queue would wait.
    m_journalFlush.setInterval(25);
    m_journalFlush.setSingleShot(true);
    connect(&m_journalFlush, &QTimer::timeout, this, [this] { m_context->writeJournal(); });
    http->setFaults(m_faults);
    m_http = http;
    setProxy(m_options.proxy);
    return {};
}

mail::ReleaseSettings LocalServer::releaseSettings() const
{
    return m_context ? m_context->release.settings() : m_options.release;
}

void LocalServer::setReleaseSettings(const mail::ReleaseSettings &settings)
{
    m_options.release = settings;
    if (m_context)
        m_context->release.setSettings(settings);
}

void LocalServer::setProxy(const std::optional<ProxyTarget> &target)
{
    m_options.proxy = target;
    if (m_context)
        m_context->proxying = target.has_value();
    delete m_proxy;
    m_proxy = nullptr;
    if (!m_http)
        return;
    if (!target) {
        m_http->setProxy({});
        return;
    }
    m_proxy = new Proxy(*target, this);
    m_http->setProxy([proxy = QPointer<Proxy>(m_proxy)](const ApiRequest &request, Proxy::Done done) {
        if (proxy)
            proxy->forward(request, std::move(done));
        else
            done(ApiResponse::error(ErrorCode::ProviderError, u"Proxy mode was switched off"_s));
    });
}

Status LocalServer::loadFaults()
{
    if (m_options.faultsFile.isEmpty())
        return {};
    // Faults shape the local emulation only: with proxy mode on they would never
    // apply, and a start that seems to have them must not forward to a real API.
    if (m_options.proxy)
        return Error::validation(u"--faults applies to the local emulation only; it cannot be combined with --proxy"_s);
    auto json = readJsonFile(m_options.faultsFile, u"faults"_s);
    if (!json)
        return json.error();
    if (Status s = m_faults->replace(*json); !s) {
        Error e = s.error();
        e.message = u"The faults file %1: %2"_s.arg(m_options.faultsFile, e.message);
        for (const FieldError &d : std::as_const(e.details))
            e.message += u"; %1 %2"_s.arg(d.field, d.message);
        return e;
    }
    return {};
}

Status LocalServer::seed()
{
    if (m_options.seedFile.isEmpty())
        return m_context->workspace.seedDemoIfEmpty();
    auto json = readJsonFile(m_options.seedFile, u"seed"_s);
    if (!json)
        return json.error();
    auto imported = m_context->workspace.importFixture(*json);
    if (!imported)
        return imported.error();
    return {};
}

void LocalServer::journal(const ExchangeRecord &record)
{
    // Health polls and reads of the journal itself would only bury real traffic.
    if (record.path == u"/healthz"_s || record.path == u"/_local/requests"_s)
        return;
    JournalEntry entry;
    entry.requestId = record.requestId;
    entry.method = record.method;
    entry.path = record.path;
    // A contact's erasure is journalled without the identifier it erased (GDPR): the
    // log still shows that a deletion happened, and when, but no longer whom.
    if (record.status == 200 && record.method == u"DELETE"_s && record.path.startsWith(u"/v1/contacts/"_s)
        && record.path.count(u'/') == 3)
        entry.path = u"/v1/contacts/[erased]"_s;
    entry.query = record.query;
    entry.status = record.status;
    entry.durationUs = record.durationUs;
    entry.environment = record.environment;
    entry.requestBody = record.requestBody;
    entry.responseBody = record.responseBody;
    entry.fault = record.fault;
    entry.requestHeaders = record.requestHeaders;
    if (record.status != 204)
        entry.responseHeaders.append({"Content-Type", record.responseContentType});
    entry.responseHeaders.append({"X-Request-Id", record.requestId.toLatin1()});
    entry.responseHeaders.append(record.responseHeaders);
    m_context->journal.append(std::move(entry));
    if (!m_journalFlush.isActive())
        m_journalFlush.start();
}

RetentionPolicy LocalServer::retention() const
{
    return m_context ? m_context->pruner.policy() : RetentionPolicy{};
}

Status LocalServer::setRetention(const RetentionPolicy &policy)
{
    if (!m_context)
        return databaseError();
    return m_context->applyRetention(policy, true);
}

Services *LocalServer::services() const
{
    return m_context.get();
}

Pruner *LocalServer::pruner() const
{
    return m_context ? &m_context->pruner : nullptr;
}

Result<CompactOutcome> LocalServer::compact()
{
    if (!m_context)
        return databaseError();
    return m_context->compact();
}

void LocalServer::injectStorageFaultForTests(StorageFault fault)
{
    if (!m_context)
        return;
    constexpr qint64 kSqliteDefaultMaxPages = 1073741823; // SQLITE_MAX_PAGE_COUNT of SQLite before 3.45
    // max_page_count never goes below the file's size: 1 means "not one page more".
    const QStringList pragmas
        = {u"PRAGMA max_page_count = %1"_s.arg(fault == StorageFault::Full ? 1 : kSqliteDefaultMaxPages),
           u"PRAGMA query_only = %1"_s.arg(fault == StorageFault::ReadOnly ? 1 : 0)};
    for (const QString &pragma : pragmas)
        (void)execSql(*m_db, pragma); // this thread's connection: contacts, webhooks, keys
    // The group commit's writer, outside any transaction (query_only would refuse its BEGIN).
    m_context->commits.flush();
    m_context->commits.runOnWriter([pragmas](WriteSession &session) {
        for (const QString &pragma : pragmas)
            (void)session.statements.query(pragma, {}, {});
    });
}

void LocalServer::stop()
{
    if (m_context) {
        // Answers still waiting for their group's commit are written first, while their
        // connections exist; then the journal, which those answers add to.
        m_context->settle();
        // Webhook attempts in flight are abandoned uncounted: due again at the next start.
        m_context->webhookDispatcher.stop();
        // Long-polls answer with what they have; streams end.
        m_context->waits.finishAll();
        m_context->events.endAll();
    }
    delete m_http;
    m_http = nullptr;
}

void LocalServer::setLimitsEnabled(bool enabled)
{
    m_options.limits = enabled;
    if (m_http)
        m_http->setRateLimitsEnabled(enabled);
    if (m_context) {
        m_context->send.setContactLimitEnforced(enabled);
        m_context->send.setDailyQuotaEnforced(enabled);
        m_context->contactLimitEnforced = enabled;
    }
}

int LocalServer::eventSubscribers() const
{
    return m_context ? m_context->events.subscribers() : 0;
}

int LocalServer::pendingWaits() const
{
    return m_context ? m_context->waits.pending() : 0;
}

quint16 LocalServer::port() const
{
    return m_http ? m_http->port() : 0;
}

QString LocalServer::url() const
{
    QString host = m_options.host.toString();
    if (m_options.host.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    return u"http://%1:%2"_s.arg(host).arg(port());
}

} // namespace sendivent::server
