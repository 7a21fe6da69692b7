#pragma once

// Character classes and conversions that must match JavaScript's, because
// handlebars.js's lexer and whitespace rules are JS regular expressions and its
// output is JS string conversion.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace sendivent::hbs::detail {

// Decodes the UTF-8 code point at pos; *length receives its byte length (1 for an
// invalid byte, which then decodes as that byte's value).
char32_t decodeUtf8(std::string_view s, std::size_t pos, std::size_t *length);

// Byte length of the JS `\s` character starting at pos, 0 if none.
std::size_t jsSpaceAt(std::string_view s, std::size_t pos);

// Byte length of the JS `\s` character ending right before end, 0 if none.
std::size_t jsSpaceBefore(std::string_view s, std::size_t end);

// JS `\s` on a code point.
bool isJsSpace(char32_t c);

// The value of a decimal literal ("-12", "1.5", ".5", "2e-3"; the caller checked the
// syntax) as JS reads it: beyond a double's range it is ±Infinity, below it ±0.
// Independent of the C locale (a decimal comma there must not change it).
double jsDecimalValue(std::string_view literal);

// JS `Number.prototype.toString()` (radix 10) of a double.
void appendJsNumber(std::string &out, double value);
std::string jsNumberToString(double value);

// Number of UTF-16 code units of a UTF-8 string (JS `length`).
std::size_t utf16Length(std::string_view s);

// The JS string of one UTF-16 code unit at index (lone surrogates become U+FFFD, as
// Node writes them); empty when out of range.
bool utf16UnitAt(std::string_view s, std::size_t index, std::string *out);

// True when s is a canonical array index ("0", "17"; not "01", "-1", "4294967295").
bool isArrayIndex(std::string_view s, std::uint32_t *index);

// Appends s HTML-escaped with handlebars.js's set `& < > " ' \` =`.
void appendEscaped(std::string &out, std::string_view s);

} // namespace sendivent::hbs::detail
