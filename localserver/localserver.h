#pragma once

#include "httpserver.h"
#include "proxy.h"

#include <base/result.h>
#include <mail/release.h>
#include <storage/retention.h>

#include <QtCore/QObject>
#include <QtCore/QTimer>
#include <QtNetwork/QHostAddress>

#include <chrono>
#include <memory>

namespace sendivent {
class ChangeNotifier;
class Clock;
class Database;
class FaultRules;
class Pruner;
class Services;
}

namespace sendivent::server {

class Router;
struct ServerContext;

struct LocalServerOptions
{
    QString dataDir;
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 8787;
    QStringList apiKeys;      // --api-key, this run only
    QString seedFile;         // --seed; empty: the demo workspace on an empty database
    QString faultsFile;       // --faults: fault rules from the start (issue 23); not with proxy
    bool limits = true;
    int outcomeDelayMs = 100; // emulated provider reports arrive this long after a send
    // --webhook-retry-schedule: the waits between webhook attempts (DESIGN §2, §8).
    QList<std::chrono::milliseconds> webhookRetrySchedule{
        std::chrono::seconds(5),    std::chrono::seconds(300),   std::chrono::seconds(1800),
        std::chrono::seconds(7200), std::chrono::seconds(18000), std::chrono::seconds(36000),
        std::chrono::seconds(36000)};
    // A webhook attempt without a whole 2xx answer by then has failed (tests shorten it).
    std::chrono::milliseconds webhookTimeout{15000};
    // --proxy: forward /v1 to this remote API instead of emulating it (DESIGN §9).
    std::optional<ProxyTarget> proxy;
    ServerLimits http;
    // Release to a real inbox (issue 23): --smtp and friends; off while no server is set.
    mail::ReleaseSettings release;
    // GET /_local/events: what a subscriber may fall behind by before it is dropped,
    // and how often a quiet stream gets a keep-alive comment.
    qsizetype eventStreamBacklogBytes = 1024 * 1024;
    std::chrono::milliseconds eventStreamKeepAlive{15000};
    // The emulator's time (issue 23), shared with the GUI's backend; null: the server
    // makes its own. --clock frozen: it starts (and a reset returns to) frozen at the
    // start's time instead of running with the wall clock.
    Clock *clock = nullptr;
    bool clockFrozen = false;
    // Retention (issue 22): --max-deliveries, --max-age (seconds), --max-journal for
    // this run, over the stored settings; unset: as stored (or the defaults).
    std::optional<qint64> maxDeliveries;
    std::optional<qint64> maxAgeSeconds;
    std::optional<int> maxJournal;
    // The pruner's batch and how often it looks while nothing is due (tests shorten it).
    int pruneBatchSize = 200;
    std::chrono::milliseconds pruneInterval{1000};
};

// The embedded local API server: the database, the core services and the HTTP front,
// all on the thread this object lives on.
class LocalServer final : public QObject
{
    Q_OBJECT
public:
    explicit LocalServer(LocalServerOptions options, ChangeNotifier *notifier = nullptr, QObject *parent = nullptr);
    ~LocalServer() override;

    // Opens the database, seeds it, and listens. Errors name the problem (a taken
    // port, a database from a newer version, an invalid seed file).
    Status start();
    void stop();

    quint16 port() const;
    // Client connections open now (the cap is LocalServerOptions::http.maxConnections).
    int openConnections() const { return m_http ? m_http->openConnections() : 0; }
    QString url() const;
    // Subscribers of GET /_local/events now, and long-polls waiting now.
    int eventSubscribers() const;
    int pendingWaits() const;
    // --limits on/off, switchable while running (the GUI's limits switch).
    void setLimitsEnabled(bool enabled);
    bool limitsEnabled() const { return m_options.limits; }
    // The emulator's time: the one given in the options, or the server's own.
    Clock *clock() const { return m_clock; }
    bool isListening() const { return m_http != nullptr; }
    // After a failed start(): whether it failed because the address could not be bound.
    bool failedToListen() const { return m_failedToListen; }
    // A sandbox key made on this start because no key existed at all, to print once.
    QString firstRunKey() const { return m_firstRunKey; }
    // A sandbox key registered for this run only, never stored or printed: what the
    // GUI in the same process sends with ("Send test"), whatever keys the user has.
    QString consoleKey() const { return m_consoleKey; }
    const Router &router() const { return *m_router; }
    // Proxy mode on (a target) or off (nullopt), also while running (the Server
    // page's switch; call it on the server's thread). Requests still waiting on the
    // previous target are answered 502.
    void setProxy(const std::optional<ProxyTarget> &target);
    bool isProxying() const { return m_proxy != nullptr; }
    // Where proxy mode forwards to; empty when it is off.
    QUrl proxyUrl() const { return m_proxy ? m_proxy->baseUrl() : QUrl(); }

    // Release to a real inbox: the settings now (the password included: this is
    // the process's own memory), and new ones, e.g. from the Settings page. On the
    // server's thread.
    mail::ReleaseSettings releaseSettings() const;
    void setReleaseSettings(const mail::ReleaseSettings &settings);

    static QString databaseFileName();

    // Retention (issue 22), on the server's thread: the policy in force, a new one
    // (stored, so it outlives the run and a reset), and Compact now (VACUUM on the
    // writer; requests wait meanwhile).
    RetentionPolicy retention() const;
    Status setRetention(const RetentionPolicy &policy);
    Result<CompactOutcome> compact();
    // The core services (the composition root) the routes work on, for the GUI's
    // LocalBackend; they live on this server's thread. Null before start().
    Services *services() const;
    // The pruner at work (its totals, its pruned() signal); null before start().
    Pruner *pruner() const;

    // The fault rules (issue 23): thread-safe, so the GUI reads and edits them from
    // its own thread; changed() tells it when they or their counters move.
    FaultRules *faults() const { return m_faults; }

    // Test support: makes the server's connections that write the database fail
    // their writes as the storage would, through the real error paths. Full: SQLite's
    // PRAGMA max_page_count at the file's current size, so growing it fails with
    // SQLITE_FULL as on a full disk (writes that fit in free space still succeed);
    // ReadOnly: PRAGMA query_only, so every write fails with SQLITE_READONLY; None
    // lifts both. On the server's thread.
    enum class StorageFault { None, Full, ReadOnly };
    void injectStorageFaultForTests(StorageFault fault);

Q_SIGNALS:
    void exchangeFinished(const sendivent::server::ExchangeRecord &record);
    // The database stopped taking writes (`reason` says why) or takes them again:
    // what GET /healthz says, for the window's status bar.
    void healthChanged(bool degraded, const QString &reason);

private:
    Status seed();
    Status loadFaults();
    void journal(const ExchangeRecord &record);

    LocalServerOptions m_options;
    ChangeNotifier *m_notifier;
    // The notifier the services report to when the caller gave none (the webhook
    // dispatcher listens to it).
    std::unique_ptr<ChangeNotifier> m_ownNotifier;
    Clock *m_clock = nullptr;
    std::unique_ptr<Clock> m_ownClock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ServerContext> m_context;
    std::unique_ptr<Router> m_router;
    HttpServer *m_http = nullptr;
    Proxy *m_proxy = nullptr;
    QTimer m_journalFlush;
    FaultRules *m_faults;
    QString m_firstRunKey;
    QString m_consoleKey;
    bool m_failedToListen = false;
};

} // namespace sendivent::server
