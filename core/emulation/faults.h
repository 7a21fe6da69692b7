#pragma once

#include "base/channel.h"
#include "base/json.h"
#include "base/result.h"

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QMutex>
#include <QtCore/QObject>
#include <QtCore/QString>

#include <atomic>
#include <optional>
#include <random>

namespace sendivent {

// What an injected fault does. The first five act on the provider emulation of a
// send, the last four on the HTTP answer of a /v1 request.
enum class FaultKind {
    Refuse,      // the provider refuses the message: PROVIDER_ERROR in the send answer
    Fail,        // accepted, then reported failed
    Bounce,      // accepted, then bounced (email)
    Complain,    // accepted, then complained about (email)
    Latency,     // the provider's report comes later by latency_ms
    RateLimited, // 429 RATE_LIMITED with Retry-After
    ServerError, // 500 SERVER_ERROR
    Unavailable, // 503 SERVER_ERROR with Retry-After
    Delay,       // the real answer, latency_ms late
};

QString faultKindName(FaultKind kind);
std::optional<FaultKind> faultKindFromName(QStringView name);
bool isApiFault(FaultKind kind);

// One rule of the fault document (docs/testing-your-app.md, "Test your retries").
struct FaultRule
{
    QString id;
    FaultKind kind = FaultKind::Refuse;
    // Provider rules: empty matches anything. Globs (`*`, `?`) for event and recipient.
    std::optional<Channel> channel;
    QString provider;
    QString event;
    QString recipient;
    // API rules: a method ("POST", empty = any) and a path glob ("/v1/send/*").
    QString method;
    QString path;
    // Fires with this probability, or for the next `count` matches when set.
    double probability = 1.0;
    std::optional<int> count;
    int latencyMinMs = 0;
    int latencyMaxMs = 0;
    int retryAfterSeconds = 1; // rate_limited, unavailable
};

// A fault the rules chose for one send or one request.
struct InjectedFault
{
    QString ruleId;
    FaultKind kind = FaultKind::Refuse;
    int latencyMs = 0;
    int retryAfterSeconds = 1;
    // What answers and journals carry in X-Sendivent-Fault: "<rule id> <kind>".
    QString marker() const { return ruleId + u' ' + faultKindName(kind); }
};

// The fault rules of the local server (issue 23): off until rules are set, replaced
// as a whole, cleared by POST /_local/reset. Each rule draws from its own generator,
// seeded from the document's seed and the rule's position, so the same seed and the
// same matching traffic give the same faults whatever else the server is asked
// (polls in between do not shift a send's draw). Thread-safe: the server decides on
// its thread, the Server page reads and edits from the GUI's.
class FaultRules final : public QObject
{
    Q_OBJECT
public:
    explicit FaultRules(QObject *parent = nullptr);

    // Validates a document {"seed"?, "rules": […]} and replaces every rule with it;
    // VALIDATION_ERROR naming the field (rules[0].probability) otherwise. Without a
    // seed one is drawn, and reported by toJson() so a run can be repeated.
    Status replace(const Json &document);
    void clear();
    // The rules, their counters and the seed: {"seed","active","rules":[…]}.
    Json toJson() const;
    bool isActive() const;
    // Whether any rule is set, read without the lock: the send path and every /v1
    // request ask this first, so no rules (the usual case) costs one atomic load.
    bool hasRules() const { return m_hasRules.load(std::memory_order_relaxed); }
    QList<FaultRule> rules() const;
    quint64 seed() const;

    // The fault for one (channel, provider, event, recipient) of a send, if a rule fires.
    std::optional<InjectedFault> forDelivery(Channel channel, const QString &provider, const QString &event,
                                             const QString &recipient);
    // The fault for one /v1 request, if a rule fires.
    std::optional<InjectedFault> forRequest(const QString &method, const QString &path);

    // The deliveries a fault shaped, for the live event stream's `injected` flag: the
    // newest few thousand, kept whatever happens to the rules.
    void noteDelivery(const QString &uuid, const QString &marker);
    QString deliveryFault(const QString &uuid) const;

    // `*` any run of characters, `?` one; case-insensitive.
    static bool globMatches(QStringView pattern, QStringView text);

Q_SIGNALS:
    // The rules or their counters changed (from whichever thread decided).
    void changed();

private:
    struct Armed
    {
        FaultRule rule;
        std::mt19937_64 random;
        int fired = 0;
        int matched = 0;
    };
    std::optional<InjectedFault> fire(Armed &armed);

    mutable QMutex m_mutex;
    quint64 m_seed = 0;
    QList<Armed> m_rules;
    std::atomic<bool> m_hasRules{false}; // !m_rules.isEmpty(), kept with it
    QHash<QString, QString> m_deliveries; // uuid → marker
    QList<QString> m_deliveryOrder;       // oldest first, to forget the oldest
};

} // namespace sendivent
