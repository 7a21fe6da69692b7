#pragma once

// The compile step after parsing: what handlebars.js's Compiler decides statically.
// Literal helper names become paths, each call is classified as helper / ambiguous /
// simple (knownHelpers of handlebars.js), block parameters are resolved to
// (depth, index), and programs holding `{{#*inline}}` are marked.

#include "ast.h"

#include <memory>
#include <string>

namespace sendivent::hbs::detail {

struct TemplateData
{
    std::string source;
    std::unique_ptr<Program> root;
};

// Throws ParseFailure (e.g. "Unsupported number of partial arguments").
void annotate(Program &root);

} // namespace sendivent::hbs::detail
