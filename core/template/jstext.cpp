#include "jstext.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace sendivent::hbs::detail {

char32_t decodeUtf8(std::string_view s, std::size_t pos, std::size_t *length)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    const unsigned char c = byte(pos);
    *length = 1;
    if (c < 0x80)
        return c;
    int extra = 0;
    char32_t cp = 0;
    if ((c & 0xE0) == 0xC0) {
        extra = 1;
        cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        extra = 2;
        cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        extra = 3;
        cp = c & 0x07;
    } else {
        return c;
    }
    if (pos + static_cast<std::size_t>(extra) >= s.size())
        return c;
    for (int i = 1; i <= extra; ++i) {
        const unsigned char cc = byte(pos + i);
        if ((cc & 0xC0) != 0x80)
            return c;
        cp = (cp << 6) | (cc & 0x3F);
    }
    *length = static_cast<std::size_t>(extra) + 1;
    return cp;
}

bool isJsSpace(char32_t c)
{
    switch (c) {
    case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x20:
    case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F:
    case 0x3000: case 0xFEFF:
        return true;
    default:
        return c >= 0x2000 && c <= 0x200A;
    }
}

std::size_t jsSpaceAt(std::string_view s, std::size_t pos)
{
    if (pos >= s.size())
        return 0;
    const unsigned char c = static_cast<unsigned char>(s[pos]);
    if (c < 0x80)
        return (c == ' ' || (c >= 0x09 && c <= 0x0D)) ? 1 : 0;
    std::size_t len = 0;
    const char32_t cp = decodeUtf8(s, pos, &len);
    return isJsSpace(cp) ? len : 0;
}

std::size_t jsSpaceBefore(std::string_view s, std::size_t end)
{
    if (end == 0)
        return 0;
    const unsigned char c = static_cast<unsigned char>(s[end - 1]);
    if (c < 0x80)
        return (c == ' ' || (c >= 0x09 && c <= 0x0D)) ? 1 : 0;
    // Walk back to the lead byte (at most 3 continuation bytes).
    std::size_t start = end - 1;
    int steps = 0;
    while (start > 0 && steps < 3 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) {
        --start;
        ++steps;
    }
    std::size_t len = 0;
    const char32_t cp = decodeUtf8(s, start, &len);
    if (start + len != end)
        return 0;
    return isJsSpace(cp) ? len : 0;
}

double jsDecimalValue(std::string_view literal)
{
    const bool negative = !literal.empty() && literal.front() == '-';
    if (!literal.empty() && (literal.front() == '+' || literal.front() == '-'))
        literal.remove_prefix(1); // from_chars takes no '+', and the sign is applied below
    double value = 0;
    const auto [end, error] = std::from_chars(literal.data(), literal.data() + literal.size(), value);
    if (error == std::errc::result_out_of_range) {
        // Too large or too small: which one the exponent and the leading digits tell.
        const std::size_t e = literal.find_first_of("eE");
        const std::string_view mantissa = literal.substr(0, e);
        long long exponent = 0;
        if (e != std::string_view::npos) {
            std::string_view digits = literal.substr(e + 1);
            const bool down = !digits.empty() && digits.front() == '-';
            if (!digits.empty() && (digits.front() == '+' || digits.front() == '-'))
                digits.remove_prefix(1);
            for (const char c : digits)
                exponent = std::min<long long>(exponent * 10 + (c - '0'), 1'000'000'000);
            exponent = down ? -exponent : exponent;
        }
        const std::size_t point = std::min(mantissa.find('.'), mantissa.size());
        const std::size_t first = mantissa.find_first_not_of("0.");
        // The decimal exponent of the first significant digit.
        const long long magnitude = first == std::string_view::npos ? 0
                                    : first < point                ? (long long)(point - first) - 1
                                                                   : -(long long)(first - point);
        value = magnitude + exponent > 0 ? std::numeric_limits<double>::infinity() : 0.0;
    } else if (error != std::errc()) {
        value = std::numeric_limits<double>::quiet_NaN();
    }
    (void)end;
    return negative ? -value : value;
}

void appendJsNumber(std::string &out, double value)
{
    if (std::isnan(value)) {
        out += "NaN";
        return;
    }
    if (value == 0) {
        out += '0'; // also -0
        return;
    }
    if (std::isinf(value)) {
        out += value < 0 ? "-Infinity" : "Infinity";
        return;
    }
    if (value < 0) {
        out += '-';
        value = -value;
    }
    if (value < 9007199254740992.0 && value == std::floor(value)) {
        char buf[32];
        const auto r = std::to_chars(buf, buf + sizeof buf, static_cast<std::uint64_t>(value));
        out.append(buf, r.ptr);
        return;
    }
    // Shortest round-trip digits, then ECMAScript's Number::toString layout.
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    const std::string_view sci(buf, static_cast<std::size_t>(r.ptr - buf));
    const std::size_t ePos = sci.find('e');
    std::string digits;
    for (std::size_t i = 0; i < ePos; ++i) {
        if (sci[i] != '.')
            digits += sci[i];
    }
    int exponent = 0;
    std::from_chars(sci.data() + ePos + 1 + (sci[ePos + 1] == '+' ? 1 : 0), sci.data() + sci.size(),
                    exponent);
    const int k = static_cast<int>(digits.size());
    const int n = exponent + 1; // position of the decimal point
    if (k <= n && n <= 21) {
        out += digits;
        out.append(static_cast<std::size_t>(n - k), '0');
    } else if (0 < n && n <= 21) {
        out.append(digits, 0, static_cast<std::size_t>(n));
        out += '.';
        out.append(digits, static_cast<std::size_t>(n), std::string::npos);
    } else if (-6 < n && n <= 0) {
        out += "0.";
        out.append(static_cast<std::size_t>(-n), '0');
        out += digits;
    } else {
        out += digits[0];
        if (k > 1) {
            out += '.';
            out.append(digits, 1, std::string::npos);
        }
        out += 'e';
        const int e = n - 1;
        out += e < 0 ? '-' : '+';
        out += std::to_string(e < 0 ? -e : e);
    }
}

std::string jsNumberToString(double value)
{
    std::string s;
    appendJsNumber(s, value);
    return s;
}

std::size_t utf16Length(std::string_view s)
{
    std::size_t units = 0;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t len = 0;
        const char32_t cp = decodeUtf8(s, i, &len);
        units += cp >= 0x10000 ? 2 : 1;
        i += len;
    }
    return units;
}

static void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool utf16UnitAt(std::string_view s, std::size_t index, std::string *out)
{
    std::size_t unit = 0;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t len = 0;
        const char32_t cp = decodeUtf8(s, i, &len);
        const std::size_t width = cp >= 0x10000 ? 2 : 1;
        if (index < unit + width) {
            if (width == 2 || (cp >= 0xD800 && cp <= 0xDFFF))
                appendUtf8(*out, 0xFFFD);
            else
                out->append(s.substr(i, len));
            return true;
        }
        unit += width;
        i += len;
    }
    return false;
}

bool isArrayIndex(std::string_view s, std::uint32_t *index)
{
    if (s.empty() || s.size() > 10 || (s.size() > 1 && s[0] == '0'))
        return false;
    std::uint64_t v = 0;
    for (const char c : s) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + static_cast<std::uint64_t>(c - '0');
    }
    if (v >= 4294967295ULL)
        return false;
    if (index)
        *index = static_cast<std::uint32_t>(v);
    return true;
}

void appendEscaped(std::string &out, std::string_view s)
{
    std::size_t start = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char *rep = nullptr;
        switch (s[i]) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = "&quot;"; break;
        case '\'': rep = "&#x27;"; break;
        case '`': rep = "&#x60;"; break;
        case '=': rep = "&#x3D;"; break;
        default: continue;
        }
        out.append(s, start, i - start);
        out += rep;
        start = i + 1;
    }
    out.append(s, start, std::string_view::npos);
}

} // namespace sendivent::hbs::detail
