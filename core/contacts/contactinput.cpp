#include "contactinput.h"

#include "base/validation.h"

#include <utility>
#include <vector>

namespace sendivent {

using namespace Qt::StringLiterals;

namespace {

using Field = std::optional<QString> ContactInput::*;

// Request keys and the field each fills; aliases are the official SDKs' spellings.
struct KnownKey
{
    const char *key;
    Field field;
    bool acceptsNumber; // ids that SDKs and platforms hand out as numbers
};

constexpr KnownKey kKnownKeys[] = {
    {"email", &ContactInput::email, false},
    {"phone", &ContactInput::phone, false},
    {"externalId", &ContactInput::externalId, true},
    {"external_id", &ContactInput::externalId, true},
    {"id", &ContactInput::externalId, true},
    {"slack", &ContactInput::slack, false},
    {"slack_id", &ContactInput::slack, false},
    {"slackId", &ContactInput::slack, false},
    {"telegram", &ContactInput::telegram, true},
    {"discord", &ContactInput::discord, true},
    {"name", &ContactInput::name, false},
    {"avatar", &ContactInput::avatar, false},
    {"username", &ContactInput::username, false},
};

// Fields of the contact's own JSON that a client may echo back; they are not settable.
constexpr const char *kReadOnlyKeys[] = {"uuid", "push_tokens", "pushTokens", "created_at",
                                         "createdAt", "updated_at", "updatedAt"};

constexpr Field kIdentifierFields[] = {&ContactInput::email, &ContactInput::phone, &ContactInput::externalId,
                                       &ContactInput::slack, &ContactInput::telegram, &ContactInput::discord};

const KnownKey *knownKey(const std::string &key)
{
    for (const KnownKey &k : kKnownKeys) {
        if (key == k.key)
            return &k;
    }
    return nullptr;
}

bool isReadOnly(const std::string &key)
{
    for (const char *k : kReadOnlyKeys) {
        if (key == k)
            return true;
    }
    return false;
}

QString metaKey(const std::string &key)
{
    const QString camel = camelCase(toQt(key));
    return camel.isEmpty() ? toQt(key) : camel; // "_" alone would otherwise become ""
}

} // namespace

bool ContactInput::hasIdentifier() const
{
    for (const Field f : kIdentifierFields) {
        if ((this->*f).has_value() && !(this->*f)->isEmpty())
            return true;
    }
    return false;
}

bool ContactInput::isEmpty() const
{
    for (const KnownKey &k : kKnownKeys) {
        if ((this->*k.field).has_value())
            return false;
    }
    return meta.empty() && !clearMeta;
}

Result<ContactInput> parseContactInput(const Json &body)
{
    if (!body.is_object())
        return Error::validation(u"A contact must be a JSON object"_s);
    ContactInput in;
    QList<FieldError> problems;
    // Which key set a field, to catch `id` and `externalId` (say) disagreeing.
    std::vector<std::pair<Field, std::string>> givenAs;
    const auto keyThatSet = [&givenAs](Field f) {
        for (const auto &[field, key] : givenAs) {
            if (field == f)
                return toQt(key);
        }
        return QString();
    };

    for (auto it = body.begin(); it != body.end(); ++it) {
        const std::string &key = it.key();
        const Json &value = *it;
        if (const KnownKey *known = knownKey(key)) {
            std::optional<QString> parsed;
            if (value.is_null())
                parsed = QString(); // an explicit null clears the field
            else if (value.is_string())
                parsed = toQt(value.get<std::string>()).trimmed();
            else if (value.is_number_integer() && known->acceptsNumber)
                parsed = toQt(value.dump());
            if (!parsed) {
                problems.append({toQt(key), known->acceptsNumber ? u"must be a string or a whole number"_s
                                                                 : u"must be a string"_s});
                continue;
            }
            std::optional<QString> &target = in.*(known->field);
            if (target && *target != *parsed) {
                problems.append(
                    {toQt(key), u"disagrees with %1 given in the same request"_s.arg(keyThatSet(known->field))});
                continue;
            }
            target = std::move(parsed);
            givenAs.emplace_back(known->field, key);
        } else if (key == "meta") {
            if (value.is_null()) {
                in.clearMeta = true;
            } else if (value.is_object()) {
                for (auto m = value.begin(); m != value.end(); ++m)
                    in.meta[toStd(metaKey(m.key()))] = *m;
            } else {
                problems.append({u"meta"_s, u"must be an object"_s});
            }
        } else if (!isReadOnly(key)) {
            // Reference: "Any unknown field is automatically stored in meta with camelCase conversion."
            in.meta[toStd(metaKey(key))] = value;
        }
    }
    if (!problems.isEmpty())
        return Error::validation(u"Invalid contact fields"_s, problems);

    if (in.email && !in.email->isEmpty()) {
        *in.email = in.email->toLower();
        if (!isValidEmail(*in.email)) {
            return Error{ErrorCode::InvalidEmail, u"Invalid email address: %1"_s.arg(*in.email),
                         {{u"email"_s, u"is not a valid email address"_s}}};
        }
    }
    if (in.phone && !in.phone->isEmpty()) {
        in.phone->remove(u' ');
        if (!isValidE164(*in.phone)) {
            return Error{ErrorCode::InvalidPhone, u"Invalid phone number (must be E.164): %1"_s.arg(*in.phone),
                         {{u"phone"_s, u"must be in E.164 format: + and 8 to 15 digits"_s}}};
        }
    }
    return in;
}

} // namespace sendivent
