#include "sendrequest.h"

namespace sendivent {

using namespace Qt::StringLiterals;

namespace {

// The label of an object recipient in `errors`: its first identifier.
QString contactLabel(const ContactInput &c)
{
    for (const auto *value : {&c.email, &c.phone, &c.externalId, &c.slack, &c.telegram, &c.discord}) {
        if (*value && !(*value)->isEmpty())
            return **value;
    }
    return {};
}

void readRecipient(const Json &value, const QString &where, QList<SendRecipient> &out, QList<FieldError> &problems)
{
    if (value.is_string()) {
        const QString text = toQt(value.get<std::string>()).trimmed();
        if (text.isEmpty()) {
            problems.append({where, u"must not be empty"_s});
            return;
        }
        out.append({text, text, std::nullopt, std::nullopt});
        return;
    }
    if (!value.is_object()) {
        problems.append({where, u"must be an email, phone, UUID or external id string, or a contact object"_s});
        return;
    }
    auto input = parseContactInput(value);
    if (!input) {
        const Error &e = input.error();
        if (e.code == ErrorCode::InvalidEmail || e.code == ErrorCode::InvalidPhone) {
            // Still an addressable recipient as far as the request's shape goes.
            const char *key = e.code == ErrorCode::InvalidEmail ? "email" : "phone";
            const QString label =
                value.contains(key) && value[key].is_string() ? toQt(value[key].get<std::string>()) : where;
            out.append({label, std::nullopt, std::nullopt, e});
            return;
        }
        if (e.details.isEmpty())
            problems.append({where, e.message});
        for (const FieldError &d : e.details)
            problems.append({where + u'.' + d.field, d.message});
        return;
    }
    if (!input->hasIdentifier()) {
        problems.append({where, u"needs an email, phone or externalId (or a slack, telegram or discord id)"_s});
        return;
    }
    out.append({contactLabel(*input), std::nullopt, std::move(*input), std::nullopt});
}

void readOverrides(const Json &value, QMap<Channel, QMap<QString, QString>> &out, QList<FieldError> &problems)
{
    if (!value.is_object()) {
        problems.append({u"overrides"_s, u"must be an object keyed by channel"_s});
        return;
    }
    for (auto it = value.begin(); it != value.end(); ++it) {
        const QString name = toQt(it.key());
        const QString where = u"overrides."_s + name;
        const auto channel = channelFromName(name);
        if (!channel) {
            problems.append({where, u"is not a channel (%1)"_s.arg(allChannelNames().join(u", "_s))});
            continue;
        }
        if (!it->is_object()) {
            problems.append({where, u"must be an object of template fields"_s});
            continue;
        }
        const QStringList fields = templateFields(*channel);
        for (auto f = it->begin(); f != it->end(); ++f) {
            const QString field = toQt(f.key());
            if (!fields.contains(field))
                problems.append({where + u'.' + field, u"is not a field of the %1 channel (%2)"_s.arg(name, fields.join(u", "_s))});
            else if (!f->is_string())
                problems.append({where + u'.' + field, u"must be a string"_s});
            else
                out[*channel].insert(field, toQt(f->get<std::string>()));
        }
    }
}

void readOptionalString(const Json &body, const char *key, QString &target, QList<FieldError> &problems)
{
    if (!body.contains(key) || body[key].is_null())
        return;
    if (!body[key].is_string() || body[key].get<std::string>().empty())
        problems.append({QString::fromLatin1(key), u"must be a non-empty string"_s});
    else
        target = toQt(body[key].get<std::string>()).trimmed();
}

} // namespace

Result<SendRequest> parseSendRequest(const QString &event, const QString &forcedChannel, const Json &body)
{
    SendRequest req;
    req.event = event;
    QList<FieldError> problems;
    if (!forcedChannel.isEmpty()) {
        req.channel = channelFromName(forcedChannel);
        if (!req.channel) {
            return Error::validation(u"Unknown channel '%1'"_s.arg(forcedChannel),
                                     {{u"channel"_s, u"'%1' is not a channel (%2)"_s.arg(
                                                         forcedChannel, allChannelNames().join(u", "_s))}});
        }
    }

    if (!body.contains("to") || body["to"].is_null()) {
        problems.append({u"to"_s, u"is required"_s});
    } else if (const Json &to = body["to"]; to.is_array()) {
        if (to.empty())
            problems.append({u"to"_s, u"must name at least one recipient"_s});
        else if (to.size() > size_t(kMaxRecipientsPerSend))
            problems.append({u"to"_s, u"names %1 recipients; at most %2 are allowed in one request"_s
                                          .arg(to.size())
                                          .arg(kMaxRecipientsPerSend)});
        else
            for (size_t i = 0; i < to.size(); ++i)
                readRecipient(to[i], u"to[%1]"_s.arg(i), req.recipients, problems);
    } else {
        readRecipient(to, u"to"_s, req.recipients, problems);
    }

    if (!body.contains("payload"))
        problems.append({u"payload"_s, u"is required (use {} when the templates need no data)"_s});
    else if (!body["payload"].is_object())
        problems.append({u"payload"_s, u"must be an object"_s});
    else
        req.payload = body["payload"];

    readOptionalString(body, "language", req.language, problems);
    readOptionalString(body, "from", req.from, problems);
    if (body.contains("overrides") && !body["overrides"].is_null())
        readOverrides(body["overrides"], req.overrides, problems);

    if (!problems.isEmpty())
        return Error::validation(
            u"Invalid send request: "_s + problems.first().field + u' ' + problems.first().message, problems);
    return req;
}

} // namespace sendivent
