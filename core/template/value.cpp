#include "value.h"

#include "jstext.h"

#include <cmath>

namespace sendivent::hbs::detail {

Value Value::fromJson(const Json &j)
{
    Value v;
    switch (j.type()) {
    case Json::value_t::null: v.kind = Kind::Null; break;
    case Json::value_t::boolean: v.kind = Kind::Bool; v.boolean = j.get<bool>(); break;
    case Json::value_t::number_integer:
        v.kind = Kind::Number;
        v.number = static_cast<double>(j.get<std::int64_t>());
        break;
    case Json::value_t::number_unsigned:
        v.kind = Kind::Number;
        v.number = static_cast<double>(j.get<std::uint64_t>());
        break;
    case Json::value_t::number_float: v.kind = Kind::Number; v.number = j.get<double>(); break;
    case Json::value_t::string: v.kind = Kind::String; v.string = j.get_ref<const std::string &>(); break;
    case Json::value_t::array: v.kind = Kind::Array; v.json = &j; break;
    case Json::value_t::object: v.kind = Kind::Object; v.json = &j; break;
    case Json::value_t::binary:
    case Json::value_t::discarded: v.kind = Kind::Undefined; break;
    }
    return v;
}

bool truthy(const Value &v)
{
    switch (v.kind) {
    case Value::Kind::Undefined:
    case Value::Kind::Null: return false;
    case Value::Kind::Bool: return v.boolean;
    case Value::Kind::Number: return v.number != 0 && !std::isnan(v.number);
    case Value::Kind::String: return !v.string.empty();
    default: return true;
    }
}

bool isEmpty(const Value &v)
{
    if (!truthy(v) && !(v.kind == Value::Kind::Number && v.number == 0))
        return true;
    return v.kind == Value::Kind::Array && v.json->empty();
}

static void appendArrayJoin(std::string &out, const Json &array)
{
    bool first = true;
    for (const Json &element : array) {
        if (!first)
            out += ',';
        first = false;
        if (!element.is_null())
            appendJsString(out, Value::fromJson(element));
    }
}

void appendJsString(std::string &out, const Value &v)
{
    switch (v.kind) {
    case Value::Kind::Undefined: out += "undefined"; break;
    case Value::Kind::Null: out += "null"; break;
    case Value::Kind::Bool: out += v.boolean ? "true" : "false"; break;
    case Value::Kind::Number: appendJsNumber(out, v.number); break;
    case Value::Kind::String: out += v.string; break;
    case Value::Kind::Array: appendArrayJoin(out, *v.json); break;
    case Value::Kind::Function: out += "function () { [native code] }"; break;
    default: out += "[object Object]"; break;
    }
}

std::string jsString(const Value &v)
{
    std::string s;
    appendJsString(s, v);
    return s;
}

double toNumber(std::string_view s)
{
    std::size_t b = 0;
    std::size_t e = s.size();
    while (std::size_t len = jsSpaceAt(s, b))
        b += len;
    while (e > b) {
        const std::size_t len = jsSpaceBefore(s, e);
        if (!len)
            break;
        e -= len;
    }
    std::string t(s.substr(b, e - b));
    if (t.empty())
        return 0;
    if (t.size() > 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X' || t[1] == 'o' || t[1] == 'O'
                                        || t[1] == 'b' || t[1] == 'B')) {
        const int base = (t[1] == 'x' || t[1] == 'X') ? 16 : (t[1] == 'o' || t[1] == 'O') ? 8 : 2;
        double value = 0;
        for (std::size_t i = 2; i < t.size(); ++i) {
            const char c = t[i];
            int d = -1;
            if (c >= '0' && c <= '9')
                d = c - '0';
            else if (c >= 'a' && c <= 'f')
                d = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                d = c - 'A' + 10;
            if (d < 0 || d >= base)
                return std::nan("");
            value = value * base + d;
        }
        return value;
    }
    std::size_t i = 0;
    if (t[i] == '+' || t[i] == '-')
        ++i;
    if (t.compare(i, std::string::npos, "Infinity") == 0)
        return t[0] == '-' ? -INFINITY : INFINITY;
    // StrDecimalLiteral: digits [. digits] [e[+-]digits], at least one digit.
    bool digits = false;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9') {
        ++i;
        digits = true;
    }
    if (i < t.size() && t[i] == '.') {
        ++i;
        while (i < t.size() && t[i] >= '0' && t[i] <= '9') {
            ++i;
            digits = true;
        }
    }
    if (!digits)
        return std::nan("");
    if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
        ++i;
        if (i < t.size() && (t[i] == '+' || t[i] == '-'))
            ++i;
        bool expDigits = false;
        while (i < t.size() && t[i] >= '0' && t[i] <= '9') {
            ++i;
            expDigits = true;
        }
        if (!expDigits)
            return std::nan("");
    }
    if (i != t.size())
        return std::nan("");
    return jsDecimalValue(t);
}

static bool sameObject(const Value &a, const Value &b)
{
    if (a.kind != b.kind)
        return false;
    switch (a.kind) {
    case Value::Kind::Array:
    case Value::Kind::Object: return a.json == b.json;
    case Value::Kind::NullContext: return true;
    case Value::Kind::Data: return a.data == b.data;
    case Value::Kind::Function: return a.function == b.function;
    case Value::Kind::Hash: return a.hash == b.hash;
    default: return false;
    }
}

bool looseEquals(const Value &a, const Value &b)
{
    using K = Value::Kind;
    if (a.isNullish() || b.isNullish())
        return a.isNullish() && b.isNullish();
    if (a.isObjectLike() && b.isObjectLike())
        return sameObject(a, b);
    if (a.isObjectLike()) {
        const std::string prim = jsString(a);
        return looseEquals(Value::fromString(prim), b);
    }
    if (b.isObjectLike())
        return looseEquals(b, a);
    if (a.kind == K::Bool)
        return looseEquals(Value::fromNumber(a.boolean ? 1 : 0), b);
    if (b.kind == K::Bool)
        return looseEquals(a, Value::fromNumber(b.boolean ? 1 : 0));
    if (a.kind == K::Number && b.kind == K::Number)
        return a.number == b.number;
    if (a.kind == K::String && b.kind == K::String)
        return a.string == b.string;
    if (a.kind == K::Number)
        return a.number == toNumber(b.string);
    return toNumber(a.string) == b.number;
}

} // namespace sendivent::hbs::detail
