#pragma once

#include <QtCore/QString>

namespace sendivent {

// Pragmatic address check: one @, a non-empty local part, a dotted domain, no spaces.
bool isValidEmail(QStringView email);
// E.164: '+' then 8 to 15 digits, the first not 0 (DESIGN §5).
bool isValidE164(QStringView phone);
// Event identifiers: letters, digits, '.', '_' and '-', 1 to 100 characters.
bool isValidEventIdentifier(QStringView identifier);
// A UUID in its canonical 8-4-4-4-12 hex form.
bool isUuid(QStringView s);

} // namespace sendivent
