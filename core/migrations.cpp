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
    };
    return list;
}

} // namespace sendivent
