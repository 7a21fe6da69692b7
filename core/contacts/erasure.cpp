#include "erasure.h"

#include "deliveries/deliverygenerations.h"

namespace sendivent::erasure {

using namespace Qt::StringLiterals;

namespace {

// The person's identifiers as a CTE `person(needle)`, for the statements that search
// stored text for them (answers and exchanges are kept as the client saw them).
QString withPerson()
{
    return u"WITH c AS (SELECT id, uuid, email, phone, external_id FROM contacts WHERE uuid = ?),"
           " person(needle) AS (SELECT uuid FROM c"
           " UNION ALL SELECT email FROM c WHERE email <> ''"
           " UNION ALL SELECT phone FROM c WHERE phone <> ''"
           " UNION ALL SELECT external_id FROM c WHERE external_id <> ''"
           " UNION ALL SELECT token FROM push_tokens WHERE contact_id IN (SELECT id FROM c)) "_s;
}

// Whether one of the person's identifiers occurs in `expression` (case-insensitive).
QString mentions(const QString &expression)
{
    return u"EXISTS (SELECT 1 FROM person WHERE instr(lower(%1), lower(needle)) > 0)"_s.arg(expression);
}

} // namespace

QStringList contactStatements()
{
    return {
        // Webhook messages about the contact's deliveries first (they name them), and
        // any other message whose body names the person.
        withPerson()
            + u"DELETE FROM webhook_messages WHERE delivery_uuid IN"
              " (SELECT uuid FROM deliveries WHERE "_s + deliveryGenerations() + u" AND contact_uuid = (SELECT uuid FROM c)) OR "_s
            + mentions(u"CAST(webhook_messages.payload AS TEXT)"_s),
        // The messages sent to them: content and recipient are that person's data.
        u"DELETE FROM deliveries WHERE "_s + deliveryGenerations() + u" AND contact_uuid = ?"_s,
        // Every journalled exchange that names them, in the path, query or bodies.
        withPerson() + u"DELETE FROM journal WHERE "_s
            + mentions(u"journal.path || ' ' || journal.query"_s) + u" OR "_s
            + mentions(u"CAST(journal.request_body AS TEXT)"_s) + u" OR "_s
            + mentions(u"CAST(journal.response_body AS TEXT)"_s),
        // Stored answers that would replay their data for a repeated key.
        withPerson() + u"DELETE FROM idempotency_keys WHERE "_s
            + mentions(u"CAST(idempotency_keys.body AS TEXT)"_s),
        u"DELETE FROM push_tokens WHERE contact_id IN (SELECT id FROM contacts WHERE uuid = ?)"_s,
        u"DELETE FROM contacts WHERE uuid = ?"_s,
    };
}

} // namespace sendivent::erasure
