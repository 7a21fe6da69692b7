#pragma once

// A JavaScript-like view of the data handlebars.js works on: JSON values seen through
// JS semantics (truthiness, String(), ==, property lookup), plus the few runtime-only
// values it creates (data frames, the null context, partial-block functions, hash
// objects built for partial contexts).

#include "handlebars.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sendivent::hbs::detail {

struct DataFrame;
struct Closure;
struct ValueObject;

struct Value
{
    enum class Kind : unsigned char {
        Undefined, Null, Bool, Number, String, Array, Object, NullContext, Data, Function, Hash
    };

    Kind kind = Kind::Undefined;
    bool boolean = false;
    double number = 0;
    std::string_view string;
    const Json *json = nullptr;         // Array, Object
    const DataFrame *data = nullptr;    // Data
    const Closure *function = nullptr;  // Function
    const ValueObject *hash = nullptr;  // Hash

    static Value undefined() { return {}; }
    static Value null() { Value v; v.kind = Kind::Null; return v; }
    static Value fromBool(bool b) { Value v; v.kind = Kind::Bool; v.boolean = b; return v; }
    static Value fromNumber(double d) { Value v; v.kind = Kind::Number; v.number = d; return v; }
    static Value fromString(std::string_view s) { Value v; v.kind = Kind::String; v.string = s; return v; }
    static Value fromJson(const Json &j);

    bool isNullish() const { return kind == Kind::Undefined || kind == Kind::Null; }
    bool isObjectLike() const
    {
        return kind == Kind::Array || kind == Kind::Object || kind == Kind::NullContext
            || kind == Kind::Data || kind == Kind::Function || kind == Kind::Hash;
    }
};

// An object created at render time (a partial's context extended by its hash).
struct ValueObject
{
    std::vector<std::pair<std::string, Value>> entries;
};

// A frame of handlebars.js's `data` (`@root`, `@index`…); createFrame() copies one.
struct DataFrame
{
    const DataFrame *parent = nullptr; // `_parent`
    bool hasParent = false;
    Value root;
    bool hasRoot = false;
    Value key, index, first, last;
    bool hasIteration = false;
    const Closure *partialBlock = nullptr; // `partial-block`
    bool hasPartialBlock = false;

    DataFrame createChild() const
    {
        DataFrame f = *this;
        f.parent = this;
        f.hasParent = true;
        return f;
    }
};

bool truthy(const Value &v);
bool isEmpty(const Value &v);                 // handlebars.js Utils.isEmpty
void appendJsString(std::string &out, const Value &v); // JS String(v)
std::string jsString(const Value &v);
double toNumber(std::string_view s);          // JS StringToNumber
bool looseEquals(const Value &a, const Value &b); // JS ==

// Object.keys order: array-index keys ascending, then the rest in insertion order.
template<typename Entries, typename KeyOf>
std::vector<std::size_t> jsKeyOrder(const Entries &entries, KeyOf keyOf);

} // namespace sendivent::hbs::detail

#include "jstext.h"

#include <algorithm>

namespace sendivent::hbs::detail {

template<typename Entries, typename KeyOf>
std::vector<std::size_t> jsKeyOrder(const Entries &entries, KeyOf keyOf)
{
    std::vector<std::size_t> order;
    order.reserve(entries.size());
    std::vector<std::pair<std::uint32_t, std::size_t>> indices;
    std::size_t i = 0;
    for (const auto &entry : entries) {
        std::uint32_t index = 0;
        if (isArrayIndex(keyOf(entry), &index))
            indices.emplace_back(index, i);
        ++i;
    }
    std::sort(indices.begin(), indices.end());
    for (const auto &p : indices)
        order.push_back(p.second);
    i = 0;
    for (const auto &entry : entries) {
        if (!isArrayIndex(keyOf(entry), nullptr))
            order.push_back(i);
        ++i;
    }
    return order;
}

} // namespace sendivent::hbs::detail
