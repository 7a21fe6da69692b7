#pragma once

// The template checks (issue 20): one engine for the studio's Checks panel and for
// `sendivent-console check-templates`. Everything here reads a workspace and sample
// payloads; nothing is stored or sent.

#include "base/json.h"

#include <QtCore/QList>
#include <QtCore/QMap>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace sendivent {
struct Event;
struct Workspace;
}

namespace sendivent::checks {

enum class Severity { Info, Warning, Error };

QString severityName(Severity severity); // "info", "warning", "error"
std::optional<Severity> severityFromName(QStringView name);

struct Finding
{
    Severity severity = Severity::Warning;
    QString check;    // "syntax", "render", "variable", "unused-payload", "translation",
                      // "email-client", "link", "image", "size", "sms", "push", "message-size"
    QString event;    // empty for a partial
    QString channel;
    QString language;
    QString field;    // "html", "subject", …; "partial:NAME" for a partial
    int line = 0;     // 1-based in the field's source; 0 when not known
    int column = 0;
    QString message;
    QString url;          // where to read more (a caniemail.com page)
    QStringList clients;  // email-client: the client ids concerned

    // "order.confirmed/email/en/html:3:14"
    QString location() const;
    friend bool operator==(const Finding &, const Finding &) = default;
};

struct CheckOptions
{
    // Email clients to check support for (EmailSupportData ids).
    QStringList clients;
    // Sample payloads per event identifier. An event without any: its payload reads
    // are not checked (one info finding says so).
    QMap<QString, QList<Json>> payloads;
    // An SMS longer than this many segments is a warning.
    int smsMaxSegments = 3;

    CheckOptions();
};

// Every check on every template of the workspace, its partials included.
QList<Finding> checkWorkspace(const Workspace &workspace, const CheckOptions &options);
// The checks of one event (the studio checks the draft it shows).
QList<Finding> checkEvent(const Workspace &workspace, const Event &event, const CheckOptions &options);

// The channel limits the checks apply, with their sources (docs/decisions.md).
namespace limits {
inline constexpr int kGmailClipBytes = 102 * 1024;     // Gmail clips larger HTML
inline constexpr int kPushPayloadBytes = 4096;         // APNs and FCM
inline constexpr int kPushTitleChars = 65;             // shown untruncated on Android and iOS
inline constexpr int kPushBodyChars = 178;             // iOS lock screen, four lines
inline constexpr int kSlackTextChars = 40000;          // chat.postMessage truncates beyond
inline constexpr int kSlackRecommendedChars = 4000;    // Slack's advice for `text`
inline constexpr int kDiscordContentChars = 2000;      // message content
inline constexpr int kTelegramTextChars = 4096;        // sendMessage text
inline constexpr int kWhatsappBodyChars = 4096;        // Cloud API text body
} // namespace limits

} // namespace sendivent::checks
