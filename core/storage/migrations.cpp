#include "migrations.h"

namespace sendivent {

using namespace Qt::StringLiterals;

std::span<const Migration> migrations()
{
    static const Migration list[] = {
        {1, "workspace, contacts and API keys",
         {
             u"CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
             u"CREATE TABLE senders (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '',"
             " email TEXT, phone TEXT)"_s,
             u"CREATE TABLE integrations (id INTEGER PRIMARY KEY, channel TEXT NOT NULL,"
             " provider TEXT NOT NULL, status TEXT NOT NULL, config TEXT NOT NULL DEFAULT '{}',"
             " secrets TEXT NOT NULL DEFAULT '{}')"_s,
             u"CREATE TABLE partials (name TEXT PRIMARY KEY, source TEXT NOT NULL)"_s,
             u"CREATE TABLE events (id INTEGER PRIMARY KEY, identifier TEXT NOT NULL UNIQUE,"
             " name TEXT NOT NULL, channels TEXT NOT NULL, default_language TEXT NOT NULL,"
             " position INTEGER NOT NULL)"_s,
             u"CREATE TABLE templates (event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
             " channel TEXT NOT NULL, language TEXT NOT NULL, fields TEXT NOT NULL,"
             " PRIMARY KEY (event_id, channel, language))"_s,
             u"CREATE TABLE contacts (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
             " email TEXT COLLATE NOCASE UNIQUE, phone TEXT UNIQUE, external_id TEXT UNIQUE,"
             " slack TEXT UNIQUE, telegram TEXT UNIQUE, discord TEXT UNIQUE,"
             " name TEXT, avatar TEXT, username TEXT, meta TEXT NOT NULL DEFAULT '{}',"
             " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)"_s,
             u"CREATE TABLE push_tokens (contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,"
             " token TEXT NOT NULL, created_at INTEGER NOT NULL, PRIMARY KEY (contact_id, token))"_s,
             u"CREATE INDEX push_tokens_token ON push_tokens(token)"_s,
             u"CREATE TABLE api_keys (id INTEGER PRIMARY KEY, hash BLOB NOT NULL UNIQUE,"
             " prefix TEXT NOT NULL, label TEXT NOT NULL DEFAULT '', environment TEXT NOT NULL,"
             " created_at INTEGER NOT NULL)"_s,
         }},
        {2, "contact search index and contact count",
         {
             // count(*) walks a whole index (milliseconds at a million contacts, on every
             // list and every create); triggers keep the number instead.
             u"CREATE TABLE contacts_total (n INTEGER NOT NULL)"_s,
             u"INSERT INTO contacts_total (n) SELECT count(*) FROM contacts"_s,
             u"CREATE TRIGGER contacts_total_insert AFTER INSERT ON contacts"
             " BEGIN UPDATE contacts_total SET n = n + 1; END"_s,
             u"CREATE TRIGGER contacts_total_delete AFTER DELETE ON contacts"
             " BEGIN UPDATE contacts_total SET n = n - 1; END"_s,
             // Substring search over email, name and phone: LIKE '%x%' cannot use an index,
             // a trigram index answers it from the index alone. External content: the
             // text stays in contacts, the index holds only trigrams.
             u"CREATE VIRTUAL TABLE contacts_search USING fts5(email, name, phone,"
             " content='contacts', content_rowid='id', tokenize='trigram')"_s,
             u"CREATE TRIGGER contacts_search_insert AFTER INSERT ON contacts BEGIN"
             " INSERT INTO contacts_search (rowid, email, name, phone) VALUES (new.id, new.email, new.name, new.phone);"
             " END"_s,
             u"CREATE TRIGGER contacts_search_delete AFTER DELETE ON contacts BEGIN"
             " INSERT INTO contacts_search (contacts_search, rowid, email, name, phone)"
             " VALUES ('delete', old.id, old.email, old.name, old.phone);"
             " END"_s,
             u"CREATE TRIGGER contacts_search_update AFTER UPDATE OF email, name, phone ON contacts BEGIN"
             " INSERT INTO contacts_search (contacts_search, rowid, email, name, phone)"
             " VALUES ('delete', old.id, old.email, old.name, old.phone);"
             " INSERT INTO contacts_search (rowid, email, name, phone) VALUES (new.id, new.email, new.name, new.phone);"
             " END"_s,
             u"INSERT INTO contacts_search (contacts_search) VALUES ('rebuild')"_s,
         }},
        {3, "deliveries, their timelines and idempotency keys",
         {
             // Rowid order is creation order, so "newest first" is ORDER BY id DESC and
             // every list filter is served by an (environment, …) index.
             u"CREATE TABLE deliveries (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
             " environment TEXT NOT NULL, event_name TEXT NOT NULL, channel TEXT NOT NULL,"
             " status TEXT NOT NULL, contact_uuid TEXT, recipient TEXT NOT NULL, provider TEXT,"
             " message_id TEXT, language TEXT, content TEXT NOT NULL DEFAULT '{}', error TEXT,"
             " pending_outcome TEXT, pending_detail TEXT, created_at INTEGER NOT NULL,"
             " sent_at INTEGER, delivered_at INTEGER, updated_at INTEGER NOT NULL)"_s,
             u"CREATE INDEX deliveries_environment ON deliveries(environment)"_s,
             u"CREATE INDEX deliveries_event ON deliveries(environment, event_name)"_s,
             u"CREATE INDEX deliveries_channel ON deliveries(environment, channel)"_s,
             u"CREATE INDEX deliveries_status ON deliveries(environment, status)"_s,
             u"CREATE INDEX deliveries_pending ON deliveries(pending_outcome) WHERE pending_outcome IS NOT NULL"_s,
             // Clustered by delivery: a trace reads one range, a send writes one b-tree.
             u"CREATE TABLE delivery_events ("
             " delivery_id INTEGER NOT NULL REFERENCES deliveries(id) ON DELETE CASCADE,"
             " seq INTEGER NOT NULL, event TEXT NOT NULL, at INTEGER NOT NULL, detail TEXT,"
             " PRIMARY KEY (delivery_id, seq)) WITHOUT ROWID"_s,
             u"CREATE TABLE idempotency_keys (environment TEXT NOT NULL, key TEXT NOT NULL,"
             " fingerprint BLOB NOT NULL, status INTEGER NOT NULL, headers TEXT NOT NULL, body BLOB NOT NULL,"
             " created_at INTEGER NOT NULL, PRIMARY KEY (environment, key))"_s,
             u"CREATE INDEX idempotency_keys_created ON idempotency_keys(created_at)"_s,
             // Bumped by every change to a contact or its push tokens, whoever makes it
             // (an API route, the GUI's connection, an import, a reset), so the send
             // path can keep recently resolved recipients while it stays the same.
             u"CREATE TABLE contacts_revision (n INTEGER NOT NULL)"_s,
             u"INSERT INTO contacts_revision (n) VALUES (0)"_s,
             u"CREATE TRIGGER contacts_revision_insert AFTER INSERT ON contacts"
             " BEGIN UPDATE contacts_revision SET n = n + 1; END"_s,
             u"CREATE TRIGGER contacts_revision_update AFTER UPDATE ON contacts"
             " BEGIN UPDATE contacts_revision SET n = n + 1; END"_s,
             u"CREATE TRIGGER contacts_revision_delete AFTER DELETE ON contacts"
             " BEGIN UPDATE contacts_revision SET n = n + 1; END"_s,
             u"CREATE TRIGGER push_tokens_revision_insert AFTER INSERT ON push_tokens"
             " BEGIN UPDATE contacts_revision SET n = n + 1; END"_s,
             u"CREATE TRIGGER push_tokens_revision_update AFTER UPDATE ON push_tokens"
             " BEGIN UPDATE contacts_revision SET n = n + 1; END"_s,
             u"CREATE TRIGGER push_tokens_revision_delete AFTER DELETE ON push_tokens"
             " BEGIN UPDATE contacts_revision SET n = n + 1; END"_s,
         }},
        {4, "the request journal",
         {
             // A ring: JournalStore trims it to its capacity after each flush.
             u"CREATE TABLE journal (id INTEGER PRIMARY KEY, request_id TEXT NOT NULL,"
             " created_at INTEGER NOT NULL, method TEXT NOT NULL, path TEXT NOT NULL, query TEXT NOT NULL DEFAULT '',"
             " status INTEGER NOT NULL, duration_us INTEGER NOT NULL, environment TEXT,"
             " request_body BLOB, response_body BLOB)"_s,
             u"CREATE INDEX journal_request_id ON journal(request_id)"_s,
         }},
        {5, "the webhook endpoint, its outbox and its attempts",
         {
             // One endpoint per application: `singleton` can only be 1 and is unique, so
             // two writers racing to create one cannot both succeed.
             u"CREATE TABLE webhooks (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
             " singleton INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1),"
             " url TEXT NOT NULL, enabled_events TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',"
             " is_active INTEGER NOT NULL, signing_secret TEXT NOT NULL,"
             " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)"_s,
             // The outbox: written in the same transaction as the delivery status change
             // it reports, sent by the dispatcher. `payload` is the body, fixed at
             // enqueue time so every attempt sends the same bytes. `round_attempts`
             // counts the attempts since the last (re)send, which pick the retry delay.
             u"CREATE TABLE webhook_messages (id INTEGER PRIMARY KEY, message_id TEXT NOT NULL UNIQUE,"
             " webhook_id INTEGER REFERENCES webhooks(id) ON DELETE SET NULL,"
             " delivery_uuid TEXT, event_type TEXT NOT NULL, payload BLOB NOT NULL,"
             " state TEXT NOT NULL, attempt_count INTEGER NOT NULL DEFAULT 0,"
             " round_attempts INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL,"
             " next_attempt_at INTEGER, last_error TEXT)"_s,
             u"CREATE INDEX webhook_messages_due ON webhook_messages(next_attempt_at) WHERE state = 'pending'"_s,
             u"CREATE INDEX webhook_messages_delivery ON webhook_messages(delivery_uuid)"_s,
             u"CREATE TABLE webhook_attempts ("
             " message_id INTEGER NOT NULL REFERENCES webhook_messages(id) ON DELETE CASCADE,"
             " seq INTEGER NOT NULL, started_at INTEGER NOT NULL, url TEXT NOT NULL, status INTEGER,"
             " duration_ms INTEGER NOT NULL, response_excerpt TEXT, error TEXT,"
             " PRIMARY KEY (message_id, seq)) WITHOUT ROWID"_s,
         }},
        {6, "webhook attempts interrupted by a crash",
         {
             // Set while an attempt is in flight (the dispatcher claims the message), so
             // the next start finds the attempts a crash interrupted and records them.
             u"ALTER TABLE webhook_messages ADD COLUMN attempt_started_at INTEGER"_s,
             u"CREATE INDEX webhook_messages_in_flight ON webhook_messages(id) WHERE attempt_started_at IS NOT NULL"_s,
             // delivered, failed or interrupted; NULL for attempts stored before (read
             // as delivered or failed from their status).
             u"ALTER TABLE webhook_attempts ADD COLUMN outcome TEXT"_s,
         }},
        {7, "the request that caused each delivery",
         {
             // X-Request-Id of the send, told as request_id in webhook payloads;
             // NULL for deliveries stored before.
             u"ALTER TABLE deliveries ADD COLUMN request_id TEXT"_s,
         }},
        {8, "finding a delivery by recipient, message id, contact or time",
         {
             // The support console's lookups and GET /v1/deliveries' recipient=,
             // message_id=, contact=, q=, created_after= and created_before=. Emails
             // compare without letter case, as contacts' do.
             u"CREATE INDEX deliveries_recipient ON deliveries(recipient COLLATE NOCASE)"_s,
             u"CREATE INDEX deliveries_message_id ON deliveries(message_id) WHERE message_id IS NOT NULL"_s,
             u"CREATE INDEX deliveries_contact ON deliveries(contact_uuid) WHERE contact_uuid IS NOT NULL"_s,
             // With environment and status, a time range's total is counted from the
             // index alone.
             u"CREATE INDEX deliveries_created ON deliveries(created_at, environment, status)"_s,
         }},
        {9, "injected faults in the request journal",
         {
             // "<rule id> <kind>" when a fault rule (issue 23) shaped the answer; NULL otherwise.
             u"ALTER TABLE journal ADD COLUMN fault TEXT"_s,
         }},
        {10, "headers of webhook attempts and of journalled requests",
         {
             // The headers an attempt sent (webhook-id, -timestamp, -signature, never the
             // secret) and the ones its answer carried, one "Name: value" a line; and how
             // many bytes the answer's body had (response_excerpt keeps the first 4 KiB).
             // NULL for attempts stored before.
             u"ALTER TABLE webhook_attempts ADD COLUMN request_headers TEXT"_s,
             u"ALTER TABLE webhook_attempts ADD COLUMN response_headers TEXT"_s,
             u"ALTER TABLE webhook_attempts ADD COLUMN response_bytes INTEGER"_s,
             // A request's headers ("> Name: value" lines) and its answer's ("< …"),
             // secrets redacted before they are buffered; one column, no index: the
             // journal is written on the send path. NULL for requests stored before.
             u"ALTER TABLE journal ADD COLUMN headers TEXT"_s,
         }},
        {11, "delivery totals per environment and status",
         {
             // GET /v1/deliveries answers a page with its total: count(*) walks an index
             // of every matching delivery (a third of a second at 5 million, issue 22).
             // Triggers keep the totals of the filters the list opens with (an
             // environment, some statuses) instead, whoever writes: sends, outcomes,
             // retention, a contact's erasure, a reset.
             u"CREATE TABLE deliveries_totals (environment TEXT NOT NULL, status TEXT NOT NULL,"
             " n INTEGER NOT NULL, PRIMARY KEY (environment, status)) WITHOUT ROWID"_s,
             u"INSERT INTO deliveries_totals (environment, status, n)"
             " SELECT environment, status, count(*) FROM deliveries GROUP BY environment, status"_s,
             u"CREATE TRIGGER deliveries_totals_insert AFTER INSERT ON deliveries BEGIN"
             " INSERT OR IGNORE INTO deliveries_totals (environment, status, n) VALUES (new.environment, new.status, 0);"
             " UPDATE deliveries_totals SET n = n + 1 WHERE environment = new.environment AND status = new.status;"
             " END"_s,
             u"CREATE TRIGGER deliveries_totals_delete AFTER DELETE ON deliveries BEGIN"
             " UPDATE deliveries_totals SET n = n - 1 WHERE environment = old.environment AND status = old.status;"
             " END"_s,
             u"CREATE TRIGGER deliveries_totals_update AFTER UPDATE OF environment, status ON deliveries"
             " WHEN old.environment IS NOT new.environment OR old.status IS NOT new.status BEGIN"
             " UPDATE deliveries_totals SET n = n - 1 WHERE environment = old.environment AND status = old.status;"
             " INSERT OR IGNORE INTO deliveries_totals (environment, status, n) VALUES (new.environment, new.status, 0);"
             " UPDATE deliveries_totals SET n = n + 1 WHERE environment = new.environment AND status = new.status;"
             " END"_s,
         }},
        {12, "delivery totals kept by the writer for new deliveries and status changes",
         {
             // The insert and update triggers ran for every send and every outcome, on
             // the writer (issue 22, docs/benchmarks.md): DeliveryStore, the only place
             // that inserts deliveries or changes their status, counts what it writes
             // and the group commit writes those totals once per group. Deletions (a
             // prune, a contact's erasure, a reset) keep their trigger, so every way of
             // removing deliveries still counts. The totals were exact under the
             // triggers up to here, so nothing is recounted.
             u"DROP TRIGGER deliveries_totals_insert"_s,
             u"DROP TRIGGER deliveries_totals_update"_s,
         }},
        {13, "lookup indexes that retention empties from one end",
         {
             // Retention removes the oldest deliveries. Their entries in the recipient,
             // contact and message id indexes were spread over the whole of each index
             // (one leaf page per removed row: 1.5 WAL pages and ~60 µs of CPU per
             // removed delivery at 1 M stored, issue 22). Led by the delivery's
             // generation (id >> 16, core/deliveries/deliverygenerations.h), the oldest entries sit
             // together at the start of each index: 0.7 pages, ~26 µs. Lookups seek each
             // generation. Rebuilding takes a few seconds per million deliveries, once.
             u"DROP INDEX deliveries_recipient"_s,
             u"DROP INDEX deliveries_message_id"_s,
             u"DROP INDEX deliveries_contact"_s,
             u"CREATE INDEX deliveries_recipient ON deliveries(id >> 16, recipient COLLATE NOCASE)"_s,
             u"CREATE INDEX deliveries_message_id ON deliveries(id >> 16, message_id) WHERE message_id IS NOT NULL"_s,
             u"CREATE INDEX deliveries_contact ON deliveries(id >> 16, contact_uuid) WHERE contact_uuid IS NOT NULL"_s,
         }},
    };
    return list;
}

} // namespace sendivent
