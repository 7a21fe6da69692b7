#pragma once

#include "base/channel.h"
#include "base/json.h"
#include "fieldproblem.h"

#include <QtCore/QList>
#include <QtCore/QMap>

#include <optional>

namespace sendivent::hbs {
class Partials;
class TemplateCache;
enum class Escaping;
} // namespace sendivent::hbs

namespace sendivent {

// DESIGN §6: HTML escaping for HTML bodies (the email's `html`) only; subjects and
// text render unescaped.
hbs::Escaping fieldEscaping(const QString &field);

// The field's syntax error, if `source` does not compile (nothing is rendered).
std::optional<FieldProblem> syntaxProblem(const QString &field, const QString &source);

// What renderFields() gives back: the outputs, and the fields that have none.
struct RenderedFields
{
    Json content = Json::object(); // field → output, in the channel's field order
    QList<FieldProblem> problems;  // in the channel's field order; empty when all rendered
    bool ok() const { return problems.isEmpty(); }
};

// A send stops at the first field that fails (its delivery fails there); a preview
// tries every field, to show each one's problem.
enum class OnFieldProblem { Stop, Continue };

// The one rendering of a channel's template fields, for the send
// (MessageRenderer::render) and the studio's preview alike, so that the preview is
// the send: each field of `channel` that `sources` holds (others are ignored), in the
// channel's order, compiled (through `cache` under `cacheKey` when a cache is given),
// rendered against `context` with `partials` and fieldEscaping(). A field in
// `overrides` is taken as given, not rendered.
RenderedFields renderFields(Channel channel, const QMap<QString, QString> &sources, const Json &context,
                            const hbs::Partials &partials, OnFieldProblem onProblem,
                            hbs::TemplateCache *cache = nullptr, quint64 cacheKey = 0,
                            const QMap<QString, QString> &overrides = {});

} // namespace sendivent
