#pragma once

#include "base/result.h"
#include "workspace.h"

#include <functional>
#include <optional>

namespace sendivent {

// What a fixture import made (WorkspaceService::importFixture()).
struct ImportSummary
{
    int events = 0;
    int contactsCreated = 0;
    int contactsUpdated = 0;
};
struct ImportOptions
{
    // Keep the contacts the fixture does not list (they are not part of the
    // baseline, so a reset still removes them).
    bool keepContacts = false;
};

// The JSON fixture of DESIGN §11: the whole workspace plus contacts to upsert.
struct WorkspaceFixture
{
    Workspace workspace;
    std::vector<Json> contacts; // contact objects, upserted on import
};

// Returns the "LINE:COL: message" of a template's syntax error, or nothing when it
// compiles. The fixture parser takes it as a parameter so it stays testable alone.
using TemplateSyntaxCheck = std::function<std::optional<QString>(const QString &source)>;

// Validates the whole fixture and reports every problem at once (VALIDATION_ERROR
// with one detail per problem, fields named like "events[2].templates[0].channel").
Result<WorkspaceFixture> parseWorkspaceFixture(const Json &json, const TemplateSyntaxCheck &check);

enum class SecretHandling { Strip, Include };
// The fixture form of a workspace (without contacts); secrets stripped unless asked.
Json workspaceToJson(const Workspace &workspace, SecretHandling secrets = SecretHandling::Strip);

// The template-engine check used by the product.
std::optional<QString> handlebarsSyntaxError(const QString &source);

} // namespace sendivent
