#pragma once

#include "base/json.h"
#include "base/result.h"

#include <QtCore/QString>

#include <optional>

namespace sendivent {

// The fields of a contact create/update request, validated. An unset optional means
// "not given" (PATCH leaves it alone); an empty string means "clear it". `meta` holds
// the unknown fields, camelCased; a null value in it removes that key on merge.
struct ContactInput
{
    std::optional<QString> email;
    std::optional<QString> phone;
    std::optional<QString> externalId;
    std::optional<QString> slack;
    std::optional<QString> telegram;
    std::optional<QString> discord;
    std::optional<QString> name;
    std::optional<QString> avatar;
    std::optional<QString> username;
    Json meta = Json::object();
    bool clearMeta = false; // "meta": null — start from an empty meta before merging

    // Whether any identifier (email, phone, externalId, slack, telegram, discord) is
    // given with a value: what a contact can be found and addressed by.
    bool hasIdentifier() const;
    // Whether nothing at all is given (an empty PATCH).
    bool isEmpty() const;
};

// Reads a request body (or a `to` object of a send) into a ContactInput: the API's
// fields, the official SDKs' aliases (`id` → externalId, `slack_id` → slack,
// `external_id` → externalId), everything else into meta. Wrong types (all of them
// reported in `details`), a bad email (INVALID_EMAIL) or a phone not in E.164
// (INVALID_PHONE) are errors.
Result<ContactInput> parseContactInput(const Json &body);

} // namespace sendivent
