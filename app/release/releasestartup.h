#pragma once

#include <mail/release.h>

namespace sendivent::app {

// The SMTP password for releasing mail (issue 23): SENDIVENT_SMTP_PASSWORD when set
// (headless and CI), else the keychain's "smtp" entry, else empty. Runs before the
// server starts, so the keychain's answer is awaited on a local event loop (briefly
// when headless). Only asked when `settings` names a user.
QString smtpPassword(const mail::ReleaseSettings &settings, bool headless);

} // namespace sendivent::app
