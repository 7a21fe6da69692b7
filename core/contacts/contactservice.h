#pragma once

#include "base/result.h"
#include "contact.h"
#include "contactinput.h"
#include "contactstore.h"
#include "storage/statementcache.h"

#include <functional>
#include <optional>

namespace sendivent {

class ChangeNotifier;
class Clock;
class Database;
class PendingContacts;

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
    // Runs first in every write, before its transaction begins: the services let the
    // contacts that sends decided land first (the writer thread stores them).
    void setBeforeWrite(std::function<void()> settle) { m_beforeWrite = std::move(settle); }

    struct Upserted
    {
        Contact contact;
        bool created = false;
        bool changed = true; // false: the contact already was this, nothing to write
    };
    // Creates the contact, or updates the one its identifiers name (fields given
    // replace, meta is merged key by key). No identifier → VALIDATION_ERROR;
    // identifiers naming two different contacts → CONFLICT; a new contact when
    // `contactLimit` contacts exist → QUOTA_EXCEEDED (updates never count).
    Result<Upserted> upsert(const ContactInput &input, int contactLimit);
    // The same decided without writing: the contact as upsert() would store it (a new
    // one with its uuid and dates), for the caller to write with ContactStore::write().
    // `pending` rows are seen in place of the stored ones and count toward the limit.
    Result<Upserted> plan(const ContactInput &input, int contactLimit, const PendingContacts *pending) const;

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
    // `pending` rows, if given, are seen in place of the stored ones.
    Result<Contact> find(const QString &identifier, const PendingContacts *pending = nullptr) const;
    // See ContactStore::page().
    Result<ContactPage> list(const QString &search, int limit, int offset) const;
    Result<qint64> count() const;

    static Json toJson(const Contact &contact);

    static constexpr int kMaxPushTokenLength = 4096;

private:
    void beforeWrite() const;
    Result<qint64> resolveId(const QString &identifier) const;
    Result<std::optional<Contact>> contactWhere(ContactStore::Column column, const QString &value,
                                                const PendingContacts *pending) const;
    Result<std::optional<Contact>> matchingContact(const ContactInput &input, const PendingContacts *pending) const;
    Status checkIdentifiersFree(const ContactInput &input, qint64 id) const;
    Status checkRoomForOne(int contactLimit, const PendingContacts *pending) const;
    Contact created(const ContactInput &input) const;
    Result<Contact> merged(const Contact &current, const ContactInput &input, bool *changed) const;
    // contactsChanged, and contactChanged(uuid, "created"|"updated"|"deleted").
    void notify(const QString &uuid, const QString &change);

    const Database &m_db;
    ContactStore m_store;
    StatementCache m_statements; // what ContactStore::write() writes through
    ChangeNotifier *m_notifier;
    const Clock *m_clock = nullptr;
    std::function<void()> m_beforeWrite;
};

} // namespace sendivent
