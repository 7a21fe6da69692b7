#pragma once

#include "contact.h"
#include "result.h"

#include <optional>

namespace sendivent {

class Database;

// The fields of a contact create/update request, validated. An unset optional means
// "not given" (PATCH leaves it alone); meta holds the unknown fields, camelCased.
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

    bool hasIdentifier() const;
};

// Reads a request body (or a `to` object of a send) into a ContactInput: the API's
// fields, the official SDKs' aliases (`id` → externalId, `slack_id` → slack,
// `external_id` → externalId), everything else into meta. Wrong types, a bad email
// (INVALID_EMAIL) or a phone not in E.164 (INVALID_PHONE) are errors.
Result<ContactInput> parseContactInput(const Json &body);

// Contacts in the local database (reference "Contacts", DESIGN §10).
class ContactService final
{
public:
    explicit ContactService(const Database &db) : m_db(db) {}

    struct Upserted
    {
        Contact contact;
        bool created = false;
    };
    // Creates the contact, or updates the one its identifiers name (meta merged).
    // Identifiers naming two different contacts → CONFLICT; a new contact past
    // `contactLimit` → QUOTA_EXCEEDED. Runs in the caller's transaction if any.
    Result<Upserted> upsert(const ContactInput &input, int contactLimit);

    // By email, phone, UUID, external id or Slack user ID (reference "Find contact").
    Result<Contact> find(const QString &identifier) const;
    Result<qint64> count() const;

    static Json toJson(const Contact &contact);

private:
    Result<std::optional<qint64>> matchingContact(const ContactInput &input) const;
    Result<Contact> loadById(qint64 id) const;

    const Database &m_db;
};

} // namespace sendivent
