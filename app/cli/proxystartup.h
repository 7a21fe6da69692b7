#pragma once

#include "commandline.h"

#include <proxy.h>

#include <optional>

namespace sendivent::app {

// What --proxy came to at start-up: where to forward, with which key, or why the
// server must not start (exit code 2 and the message).
struct ProxyStartup
{
    std::optional<server::ProxyTarget> target; // nullopt without --proxy
    int exitCode = 0;
    QString message;
    QString description; // "the sandbox API at https://…", for the log
};

// Reads --proxy sandbox|production|URL with --remote-url and --allow-production, and
// finds the remote key: SENDIVENT_API_KEY, else the keychain's entry for the
// environment (a URL target needs SENDIVENT_API_KEY). Production — by name, or a
// live_ key — needs --allow-production; the GUI asks instead. Headless, a missing
// key refuses the start; the GUI asks for one. Runs before the server starts and
// before any window exists, so the keychain's answer is awaited on a local event loop.
ProxyStartup prepareProxy(const CommandLine &cl, bool headless);

// The same rules for any command that reads a remote API (`pull-workspace --from`):
// which remote, with which key, and production only with allowProduction.
struct RemoteChoice
{
    QString target;    // sandbox, production or an http(s) URL
    QString remoteUrl; // --remote-url
    bool allowProduction = false;
    QString option;    // the option that named the target, for messages: --proxy, --from
    QString risk;      // what production means here, for the refusal: "forwards real sends"
};
ProxyStartup prepareRemote(const RemoteChoice &choice, bool headless);

} // namespace sendivent::app
