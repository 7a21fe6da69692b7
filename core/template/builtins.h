#pragma once

// handlebars.js 4.7's built-in helpers (if, unless, each, with, lookup, log) and its
// blockHelperMissing, with the same argument checks and errors.

#include "renderer.h"

#include <vector>

namespace sendivent::hbs::detail {

// Evaluated arguments of one helper call; a few live inline to spare allocations.
class Args final
{
public:
    void push(const Value &v)
    {
        if (m_size < kInline)
            m_inline[m_size] = v;
        else
            m_more.push_back(v);
        ++m_size;
    }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    const Value &operator[](std::size_t i) const { return i < kInline ? m_inline[i] : m_more[i - kInline]; }

private:
    static constexpr std::size_t kInline = 4;
    Value m_inline[kInline];
    std::vector<Value> m_more;
    std::size_t m_size = 0;
};

struct HashArg
{
    std::string_view key;
    Value value;
};

struct HelperCall
{
    const Call *call = nullptr;
    Args args;
    std::vector<HashArg> hash;
    const Closure *fn = nullptr;
    const Closure *inverse = nullptr;
    bool isBlock = false; // options.fn / options.inverse exist (noop when null)
};

class Builtins final
{
public:
    static Value call(Renderer &r, Builtin builtin, HelperCall &h, Scope &scope, std::string &out);
    static void blockHelperMissing(Renderer &r, const Value &value, const Closure *fn,
                                   const Closure *inverse, Scope &scope, std::string &out);

private:
    static void each(Renderer &r, const Value &context, const HelperCall &h, Scope &scope,
                     std::string &out);
    static void callFn(Renderer &r, const HelperCall &h, bool inverse, const Value &context,
                       const DataFrame *data, const BlockParamsNode *entry, std::string &out);
};

} // namespace sendivent::hbs::detail
