#pragma once

#include <QtCore/QStringList>

namespace sendivent::erasure {

// The GDPR erasure plan (issue 19): every statement that erasing one contact runs, in
// order, in one transaction. Each takes the contact's uuid as its one parameter and
// runs while the contact's row still exists (the last one deletes it). What names the
// person goes: the deliveries sent to them (their timelines by ON DELETE CASCADE) and
// the webhook messages about those deliveries (their attempts by cascade), any stored
// answer or journalled exchange that carries one of their identifiers (uuid, email,
// phone, external id, push token), their push tokens and the contact itself.
// tests/localserver/tst_erasure checks every table of the schema against it.
QStringList contactStatements();

} // namespace sendivent::erasure
