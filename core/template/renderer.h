#pragma once

// The interpreter: walks the annotated tree with handlebars.js 4.7's runtime semantics
// (its depth stack, data frames, block parameters, partial scopes and built-in helpers).
// Everything a render allocates lives in one RenderState; nothing outlives the call.

#include "compiler.h"
#include "value.h"

#include <deque>
#include <map>
#include <string>
#include <vector>

namespace sendivent::hbs::detail {

// Program invocations and partials may nest this deep at render time.
inline constexpr int kMaxRenderDepth = 256;
// A render stops with an error past this many block/partial invocations or this much
// output, so a template whose loops multiply (each inside each inside each…) cannot
// hang the send path. Real templates stay orders of magnitude below.
inline constexpr long kMaxRenderInvocations = 5'000'000;
inline constexpr std::size_t kMaxRenderOutput = 64u << 20;

struct RenderError
{
    std::string message;
};

// handlebars.js's `depths` array as a linked list; head is depths[0].
struct DepthNode
{
    Value context;
    const DepthNode *parent = nullptr;
};

// One entry of the `blockParams` chain: the values a helper passed (or none).
struct BlockParamsNode
{
    const Value *values = nullptr;
    std::size_t count = 0;
    bool defined = false;
    const BlockParamsNode *parent = nullptr;
};

struct PartialScope;

// What handlebars.js keeps per compiled template: the partials currently in scope
// (inline partials are pushed and popped while their programs run).
struct Container
{
    const PartialScope *partials = nullptr;
};

// Partials in scope: overlays of inline partials over the caller's Partials.
struct PartialScope
{
    const PartialScope *parent = nullptr;
    const std::vector<std::pair<std::string, const Closure *>> *entries = nullptr;
    const Partials *global = nullptr;
};

// A program bound to where it was created (handlebars.js's wrapProgram), or the
// wrapper a partial block installs as `@partial-block`.
struct Closure
{
    const Program *program = nullptr;
    const DataFrame *data = nullptr;
    const DepthNode *depths = nullptr;
    const BlockParamsNode *blockParams = nullptr;
    Container *container = nullptr;
    std::vector<std::pair<std::string, const Closure *>> inlinePartials; // from decorators

    // Partial-block wrapper: runs `block` with `@partial-block` restored to `outer`.
    const Closure *block = nullptr;
    const Closure *outer = nullptr;
};

struct Scope
{
    Value context;
    const DepthNode *depths = nullptr;
    const DataFrame *data = nullptr;
    const BlockParamsNode *blockParams = nullptr;
    Container *container = nullptr;
    const PartialScope *partials = nullptr;
};

struct RenderState
{
    Escaping escaping = Escaping::Html;
    int depth = 0;
    long invocations = 0;
    std::deque<std::string> strings;
    std::deque<ValueObject> objects;
    std::deque<Closure> closures;
    std::deque<std::vector<std::pair<std::string, const Closure *>>> entryLists;
    std::deque<PartialScope> scopes;
};

class Renderer final
{
public:
    explicit Renderer(RenderState &state) : m_st(state) {}

    // Runs a whole template (the root or a partial's source) like handlebars.js's ret().
    void runTemplate(const TemplateData &tpl, const Value &context, const DataFrame *data,
                     const PartialScope *partials, std::string &out);

    // Helpers' options.fn / options.inverse.
    void invoke(const Closure *closure, const Value &context, const DataFrame *data,
                const BlockParamsNode *entry, std::string &out);

private:
    friend class Builtins;

    void body(const Program &program, Scope &scope, std::string &out);
    void mustache(const Statement &s, Scope &scope, std::string &out);
    void block(const Statement &s, Scope &scope, std::string &out);
    void partial(const Statement &s, Scope &scope, std::string &out);

    Value eval(const Expr &e, Scope &scope);
    Value evalPath(const Expr &e, Scope &scope, bool falsy);
    Value evalCall(const Call &c, Scope &scope, const Closure *fn, const Closure *inverse,
                   bool isBlock, std::string &out);
    Value lookupProperty(const Value &parent, std::string_view name);

    void makeClosure(Closure &c, const Program *program, const Scope &scope);
    void runDecorators(Closure &c, const Program &program, const Scope &scope);
    void append(std::string &out, const Value &v, bool escape);
    void enter(const std::string &out);
    void leave() { --m_st.depth; }
    [[noreturn]] void fail(std::string message);

    const Value &thisOf(const Scope &scope);
    std::string_view keep(std::string s);

    RenderState &m_st;
    Value m_nullContext = [] { Value v; v.kind = Value::Kind::NullContext; return v; }();
};

} // namespace sendivent::hbs::detail
