#pragma once

#include "contact.h"
#include "contactinput.h"
#include "contactstore.h"
#include "result.h"

#include <optional>

namespace sendivent {

class ChangeNotifier;
class Clock;
class Database;

// Contacts in the local database (reference "Contacts", DESIGN §5 and §10): the rules
// for creating, updating, erasing and finding them. Every write is atomic, also when
// the caller already runs a transaction (it nests as a savepoint), and tells the
// notifier, when there is one, after it is stored.
class ContactService final
{
public:
    explicit ContactService(const Database &db, ChangeNotifier *notifier = nullptr);
    // Dates created_at/updated_at by the emulator's time (issue 23); the wall clock without.
    void setClock(const Clock *clock) { m_clock = clock; }

    struct Upserted
    {
        Contact contact;
        bool created = false;
    };
    // Creates the contact, or updates the one its identifiers name (fields given
    // replace, meta is merged key by key). No identifier → VALIDATION_ERROR;
    // identifiers naming two different contacts → CONFLICT; a new contact when
    // `contactLimit` contacts exist → QUOTA_EXCEEDED (updates never count).
    Result<Upserted> upsert(const ContactInput &input, int contactLimit);

    // PATCH: changes only the fields given. An identifier that belongs to another
    // contact → CONFLICT, and nothing changes; removing the last identifier →
    // VALIDATION_ERROR.
    Result<Contact> update(const QString &identifier, const ContactInput &input);

    // Hard delete (GDPR): runs erasure::contactStatements() in one transaction.
    Status remove(const QString &identifier);

    struct TokenChange
    {
        Contact contact;
        bool changed = false; // false: the token was already there / already gone
    };
    // A token belongs to one contact at a time: registering it moves it from whoever
    // held it (the device changed hands), so nobody gets another person's pushes.
    Result<TokenChange> addPushToken(const QString &identifier, const QString &token);
    Result<TokenChange> removePushToken(const QString &identifier, const QString &token);

    // By email, phone, UUID, external id or Slack user ID (reference "Find contact"):
    // tried as what it looks like first, then as an external id, then as a Slack id.
    Result<Contact> find(const QString &identifier) const;
    // See ContactStore::page().
    Result<ContactPage> list(const QString &search, int limit, int offset) const;
    Result<qint64> count() const;

    static Json toJson(const Contact &contact);

    static constexpr int kMaxPushTokenLength = 4096;

private:
    Result<qint64> resolveId(const QString &identifier) const;
    Result<std::optional<qint64>> matchingContact(const ContactInput &input) const;
    Status checkIdentifiersFree(const ContactInput &input, qint64 id) const;
    Result<qint64> insert(const ContactInput &input);
    Result<Contact> apply(qint64 id, const ContactInput &input, bool *changed);
    // contactsChanged, and contactChanged(uuid, "created"|"updated"|"deleted").
    void notify(const QString &uuid, const QString &change);

    const Database &m_db;
    ContactStore m_store;
    ChangeNotifier *m_notifier;
    const Clock *m_clock = nullptr;
};

} // namespace sendivent
