#include "faults.h"

#include <QtCore/QMutexLocker>
#include <QtCore/QRandomGenerator>

#include <array>

namespace sendivent {

using namespace Qt::StringLiterals;

namespace {

struct KindName
{
    FaultKind kind;
    QStringView name;
};

constexpr std::array kKinds{
    KindName{FaultKind::Refuse, u"refuse"},           KindName{FaultKind::Fail, u"fail"},
    KindName{FaultKind::Bounce, u"bounce"},           KindName{FaultKind::Complain, u"complain"},
    KindName{FaultKind::Latency, u"latency"},         KindName{FaultKind::RateLimited, u"rate_limited"},
    KindName{FaultKind::ServerError, u"server_error"}, KindName{FaultKind::Unavailable, u"unavailable"},
    KindName{FaultKind::Delay, u"delay"},
};

constexpr int kMaxLatencyMs = 60'000;
constexpr int kMaxRules = 100;

QString kindList()
{
    QStringList names;
    for (const KindName &k : kKinds)
        names.append(k.name.toString());
    return names.join(u", "_s);
}

// Reads one rule; problems name their field as rules[i].field.
FaultRule readRule(const Json &json, int index, QList<FieldError> &problems)
{
    FaultRule rule;
    const QString at = u"rules[%1]"_s.arg(index);
    const auto problem = [&](const QString &field, const QString &message) {
        problems.append({at + u'.' + field, message});
    };
    if (!json.is_object()) {
        problems.append({at, u"must be an object"_s});
        return rule;
    }
    static const QStringList known{u"id"_s,     u"kind"_s,  u"channel"_s,     u"provider"_s, u"event"_s,
                                   u"recipient"_s, u"method"_s, u"path"_s,    u"probability"_s, u"count"_s,
                                   u"latency_ms"_s, u"retry_after"_s};
    for (const auto &[key, value] : json.items()) {
        if (!known.contains(toQt(key)))
            problem(toQt(key), u"is not a rule field (%1)"_s.arg(known.join(u", "_s)));
    }
    const auto text = [&](const char *field) -> QString {
        if (!json.contains(field) || json[field].is_null())
            return {};
        if (!json[field].is_string()) {
            problem(QString::fromLatin1(field), u"must be a string"_s);
            return {};
        }
        return toQt(json[field].get<std::string>());
    };
    rule.id = text("id");
    const QString kind = text("kind");
    if (!json.contains("kind"))
        problem(u"kind"_s, u"is required: one of %1"_s.arg(kindList()));
    else if (auto k = faultKindFromName(kind))
        rule.kind = *k;
    else if (json["kind"].is_string())
        problem(u"kind"_s, u"must be one of %1"_s.arg(kindList()));
    const bool api = isApiFault(rule.kind);

    const QString channel = text("channel");
    rule.provider = text("provider");
    rule.event = text("event");
    rule.recipient = text("recipient");
    rule.method = text("method").toUpper();
    rule.path = text("path");
    if (!channel.isEmpty()) {
        rule.channel = channelFromName(channel);
        if (!rule.channel)
            problem(u"channel"_s, u"is not a channel: '%1'"_s.arg(channel));
    }
    if (api) {
        for (const char *field : {"channel", "provider", "event", "recipient"}) {
            if (json.contains(field))
                problem(QString::fromLatin1(field), u"applies to provider faults only; %1 is an API fault"_s.arg(kind));
        }
        if (!rule.path.isEmpty() && !rule.path.startsWith(u'/'))
            problem(u"path"_s, u"must start with / (\"/v1/send/*\")"_s);
    } else {
        for (const char *field : {"method", "path"}) {
            if (json.contains(field))
                problem(QString::fromLatin1(field), u"applies to API faults only; %1 is a provider fault"_s.arg(kind));
        }
        if ((rule.kind == FaultKind::Bounce || rule.kind == FaultKind::Complain) && rule.channel
            && *rule.channel != Channel::Email)
            problem(u"channel"_s, u"must be email: only email bounces or is complained about"_s);
    }

    if (json.contains("probability") && json.contains("count"))
        problem(u"count"_s, u"cannot be combined with probability: a rule fires by chance or for the next N"_s);
    if (json.contains("probability")) {
        const Json &p = json["probability"];
        if (!p.is_number() || p.get<double>() < 0.0 || p.get<double>() > 1.0)
            problem(u"probability"_s, u"must be a number from 0 to 1"_s);
        else
            rule.probability = p.get<double>();
    }
    if (json.contains("count")) {
        const Json &c = json["count"];
        if (!c.is_number_integer() || c.get<qint64>() < 1 || c.get<qint64>() > 1'000'000)
            problem(u"count"_s, u"must be a whole number from 1 to 1000000"_s);
        else
            rule.count = int(c.get<qint64>());
    }
    if (json.contains("latency_ms")) {
        const Json &l = json["latency_ms"];
        const auto inRange = [](const Json &v) {
            return v.is_number_integer() && v.get<qint64>() >= 0 && v.get<qint64>() <= kMaxLatencyMs;
        };
        if (inRange(l)) {
            rule.latencyMinMs = rule.latencyMaxMs = int(l.get<qint64>());
        } else if (l.is_array() && l.size() == 2 && inRange(l[0]) && inRange(l[1])
                   && l[0].get<qint64>() <= l[1].get<qint64>()) {
            rule.latencyMinMs = int(l[0].get<qint64>());
            rule.latencyMaxMs = int(l[1].get<qint64>());
        } else {
            problem(u"latency_ms"_s, u"must be milliseconds (0 to %1) or a range [min, max]"_s.arg(kMaxLatencyMs));
        }
    } else if (rule.kind == FaultKind::Latency || rule.kind == FaultKind::Delay) {
        problem(u"latency_ms"_s, u"is required for %1: milliseconds or a range [min, max]"_s.arg(kind));
    }
    if (json.contains("retry_after")) {
        const Json &r = json["retry_after"];
        if (rule.kind != FaultKind::RateLimited && rule.kind != FaultKind::Unavailable)
            problem(u"retry_after"_s, u"applies to rate_limited and unavailable only"_s);
        else if (!r.is_number_integer() || r.get<qint64>() < 0 || r.get<qint64>() > 3600)
            problem(u"retry_after"_s, u"must be seconds from 0 to 3600"_s);
        else
            rule.retryAfterSeconds = int(r.get<qint64>());
    }
    return rule;
}

Json ruleJson(const FaultRule &rule)
{
    Json j{{"id", toStd(rule.id)}, {"kind", toStd(faultKindName(rule.kind))}};
    if (rule.channel)
        j["channel"] = toStd(channelName(*rule.channel));
    for (const auto &[field, value] : {std::pair{"provider", rule.provider}, std::pair{"event", rule.event},
                                       std::pair{"recipient", rule.recipient}, std::pair{"method", rule.method},
                                       std::pair{"path", rule.path}}) {
        if (!value.isEmpty())
            j[field] = toStd(value);
    }
    if (rule.count)
        j["count"] = *rule.count;
    else
        j["probability"] = rule.probability;
    if (rule.latencyMaxMs > 0)
        j["latency_ms"] = Json::array({rule.latencyMinMs, rule.latencyMaxMs});
    if (rule.kind == FaultKind::RateLimited || rule.kind == FaultKind::Unavailable)
        j["retry_after"] = rule.retryAfterSeconds;
    return j;
}

bool globAt(QStringView pattern, QStringView text)
{
    // Iterative with one backtrack point: linear enough for short patterns.
    qsizetype p = 0, t = 0, star = -1, mark = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == u'?' || pattern[p].toCaseFolded() == text[t].toCaseFolded())) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == u'*') {
            star = p++;
            mark = t;
        } else if (star >= 0) {
            p = star + 1;
            t = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

} // namespace

QString faultKindName(FaultKind kind)
{
    for (const KindName &k : kKinds) {
        if (k.kind == kind)
            return k.name.toString();
    }
    return {};
}

std::optional<FaultKind> faultKindFromName(QStringView name)
{
    for (const KindName &k : kKinds) {
        if (k.name == name)
            return k.kind;
    }
    return std::nullopt;
}

bool isApiFault(FaultKind kind)
{
    return kind == FaultKind::RateLimited || kind == FaultKind::ServerError || kind == FaultKind::Unavailable
        || kind == FaultKind::Delay;
}

bool FaultRules::globMatches(QStringView pattern, QStringView text)
{
    return globAt(pattern, text);
}

FaultRules::FaultRules(QObject *parent)
    : QObject(parent)
{
}

Status FaultRules::replace(const Json &document)
{
    QList<FieldError> problems;
    if (!document.is_object())
        return Error::validation(u"The fault document must be a JSON object"_s);
    for (const auto &[key, value] : document.items()) {
        if (key != "seed" && key != "rules")
            problems.append({toQt(key), u"is not a field of the fault document (seed, rules)"_s});
    }
    quint64 seed = QRandomGenerator::global()->bounded(quint64(1) << 53); // JSON numbers stay exact below 2^53
    if (document.contains("seed")) {
        const Json &s = document["seed"];
        if (!s.is_number_unsigned() && !(s.is_number_integer() && s.get<qint64>() >= 0))
            problems.append({u"seed"_s, u"must be a whole number, 0 or more"_s});
        else
            seed = s.get<quint64>();
    }
    QList<FaultRule> rules;
    if (!document.contains("rules") || !document["rules"].is_array()) {
        problems.append({u"rules"_s, u"is required: an array of rules (it may be empty)"_s});
    } else if (document["rules"].size() > kMaxRules) {
        problems.append({u"rules"_s, u"holds at most %1 rules"_s.arg(kMaxRules)});
    } else {
        int index = 0;
        for (const Json &r : document["rules"]) {
            FaultRule rule = readRule(r, index, problems);
            if (rule.id.isEmpty())
                rule.id = u"r%1"_s.arg(index + 1);
            for (const FaultRule &earlier : std::as_const(rules)) {
                if (earlier.id == rule.id)
                    problems.append({u"rules[%1].id"_s.arg(index), u"'%1' names another rule too"_s.arg(rule.id)});
            }
            rules.append(rule);
            ++index;
        }
    }
    if (!problems.isEmpty())
        return Error::validation(u"Invalid fault rules"_s, problems);
    {
        QMutexLocker lock(&m_mutex);
        m_seed = seed;
        m_rules.clear();
        for (qsizetype i = 0; i < rules.size(); ++i) {
            // One stream per rule: seed and position, mixed so that neighbours differ.
            std::seed_seq streams{quint32(seed), quint32(seed >> 32), quint32(i)};
            m_rules.append(Armed{rules[i], std::mt19937_64(streams), 0, 0});
        }
        m_hasRules = !m_rules.isEmpty();
    }
    Q_EMIT changed();
    return {};
}

void FaultRules::clear()
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_rules.isEmpty())
            return;
        m_rules.clear();
        m_hasRules = false;
    }
    Q_EMIT changed();
}

Json FaultRules::toJson() const
{
    QMutexLocker lock(&m_mutex);
    Json rules = Json::array();
    bool active = false;
    for (const Armed &a : m_rules) {
        Json j = ruleJson(a.rule);
        j["matched"] = a.matched;
        j["fired"] = a.fired;
        if (a.rule.count)
            j["remaining"] = *a.rule.count - a.fired;
        active = active || !a.rule.count || a.fired < *a.rule.count;
        rules.push_back(std::move(j));
    }
    return Json{{"seed", m_seed}, {"active", active}, {"rules", std::move(rules)}};
}

bool FaultRules::isActive() const
{
    QMutexLocker lock(&m_mutex);
    for (const Armed &a : m_rules) {
        if (!a.rule.count || a.fired < *a.rule.count)
            return true;
    }
    return false;
}

QList<FaultRule> FaultRules::rules() const
{
    QMutexLocker lock(&m_mutex);
    QList<FaultRule> out;
    for (const Armed &a : m_rules)
        out.append(a.rule);
    return out;
}

quint64 FaultRules::seed() const
{
    QMutexLocker lock(&m_mutex);
    return m_seed;
}

void FaultRules::noteDelivery(const QString &uuid, const QString &marker)
{
    constexpr qsizetype kKept = 10'000;
    QMutexLocker lock(&m_mutex);
    m_deliveries.insert(uuid, marker);
    m_deliveryOrder.append(uuid);
    if (m_deliveryOrder.size() > kKept)
        m_deliveries.remove(m_deliveryOrder.takeFirst());
}

QString FaultRules::deliveryFault(const QString &uuid) const
{
    QMutexLocker lock(&m_mutex);
    return m_deliveries.value(uuid);
}

std::optional<InjectedFault> FaultRules::fire(Armed &armed)
{
    ++armed.matched;
    const FaultRule &rule = armed.rule;
    if (rule.count) {
        if (armed.fired >= *rule.count)
            return std::nullopt;
    } else {
        // Drawn even at probability 1 or 0, so changing one probability keeps the
        // rest of the sequence.
        const double draw = std::uniform_real_distribution<double>(0.0, 1.0)(armed.random);
        if (draw >= rule.probability)
            return std::nullopt;
    }
    ++armed.fired;
    InjectedFault fault{rule.id, rule.kind, rule.latencyMinMs, rule.retryAfterSeconds};
    if (rule.latencyMaxMs > rule.latencyMinMs)
        fault.latencyMs = std::uniform_int_distribution<int>(rule.latencyMinMs, rule.latencyMaxMs)(armed.random);
    return fault;
}

std::optional<InjectedFault> FaultRules::forDelivery(Channel channel, const QString &provider, const QString &event,
                                                     const QString &recipient)
{
    if (!hasRules())
        return std::nullopt;
    std::optional<InjectedFault> fault;
    {
        QMutexLocker lock(&m_mutex);
        bool matchedAny = false;
        for (Armed &a : m_rules) {
            const FaultRule &r = a.rule;
            if (isApiFault(r.kind) || (r.channel && *r.channel != channel)
                || (!r.provider.isEmpty() && r.provider.compare(provider, Qt::CaseInsensitive) != 0)
                || (!r.event.isEmpty() && !globMatches(r.event, event))
                || (!r.recipient.isEmpty() && !globMatches(r.recipient, recipient)))
                continue;
            // Only email bounces or gets complaints: other channels pass these rules by.
            if ((r.kind == FaultKind::Bounce || r.kind == FaultKind::Complain) && channel != Channel::Email)
                continue;
            matchedAny = true;
            fault = fire(a);
            if (fault)
                break;
        }
        if (!matchedAny)
            return std::nullopt; // no counter moved: nothing to tell
    }
    Q_EMIT changed();
    return fault;
}

std::optional<InjectedFault> FaultRules::forRequest(const QString &method, const QString &path)
{
    if (!hasRules())
        return std::nullopt;
    std::optional<InjectedFault> fault;
    {
        QMutexLocker lock(&m_mutex);
        bool matchedAny = false;
        for (Armed &a : m_rules) {
            const FaultRule &r = a.rule;
            if (!isApiFault(r.kind) || (!r.method.isEmpty() && r.method != method)
                || (!r.path.isEmpty() && !globMatches(r.path, path)))
                continue;
            matchedAny = true;
            fault = fire(a);
            if (fault)
                break;
        }
        if (!matchedAny)
            return std::nullopt;
    }
    Q_EMIT changed();
    return fault;
}

} // namespace sendivent
