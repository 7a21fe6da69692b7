#pragma once

// Parser for the Handlebars grammar of handlebars.js 4.7 (handlebars.yy), building the
// same tree its parser helpers build, then applying its whitespace control.

#include "ast.h"

#include <memory>
#include <string>
#include <string_view>

namespace sendivent::hbs::detail {

// Blocks, subexpressions and partial blocks may nest this deep in one template.
inline constexpr int kMaxParseNesting = 128;

struct ParseFailure
{
    std::size_t offset = 0;
    std::string message;
};

// Parses and applies whitespace control; throws ParseFailure.
std::unique_ptr<Program> parseTemplate(std::string_view source);

// Applies handlebars.js's standalone-line and `~` rules in place.
void applyWhitespaceControl(Program &root);

// Turns a byte offset into a 1-based line and column (code points).
SyntaxError syntaxErrorAt(std::string_view source, std::size_t offset, std::string message);

} // namespace sendivent::hbs::detail
