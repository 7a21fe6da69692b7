// Template::variables(): the values a template reads, for the template checks
// (issue 20). Walks the tree the renderer uses, so it sees exactly what a send sees.
#include "ast.h"
#include "compiler.h"
#include "parser.h"

#include <algorithm>
#include <optional>

namespace sendivent::hbs {

namespace {

using namespace detail;

using Path = std::vector<std::string>;

class Collector
{
public:
    explicit Collector(const std::string &source) : m_source(source) { m_scopes.push_back(Path{}); }

    void program(const Program *p)
    {
        if (!p)
            return;
        for (const Statement &s : p->body)
            statement(s);
    }

    std::vector<VariableUse> take() { return std::move(m_uses); }

private:
    void statement(const Statement &s)
    {
        switch (s.kind) {
        case StmtKind::Mustache:
            call(s.call, s.hasFallback);
            return;
        case StmtKind::Block: {
            const std::optional<Path> guard = condition(s.call);
            if (guard)
                m_guards.push_back(*guard);
            call(s.call, false);
            const auto scope = blockScope(s.call);
            if (scope)
                m_scopes.push_back(*scope);
            program(s.program.get());
            if (scope)
                m_scopes.pop_back();
            program(s.inverse.get()); // `{{else}}` runs in the outer context
            if (guard)
                m_guards.pop_back();
            return;
        }
        case StmtKind::Partial:
        case StmtKind::PartialBlock:
            for (const auto &p : s.call.params)
                expr(*p, false);
            for (const HashPair &h : s.call.hash)
                expr(*h.value, false);
            program(s.program.get());
            return;
        default:
            return;
        }
    }

    // A mustache or block's own reads: the path when it is a value, else the
    // parameters and hash values of the helper.
    void call(const Call &c, bool fallback)
    {
        const bool helper = c.kind == CallKind::Helper || !c.params.empty() || c.hasHash;
        if (!helper && c.path)
            expr(*c.path, fallback);
        if (c.builtin == Builtin::Lookup || c.builtin == Builtin::Log)
            return; // computed paths and logging: nothing to look up
        for (const auto &p : c.params)
            expr(*p, false);
        for (const HashPair &h : c.hash)
            expr(*h.value, false);
    }

    void expr(const Expr &e, bool fallback)
    {
        if (e.kind == ExprKind::SubExpr && e.call) {
            call(*e.call, false);
            return;
        }
        if (e.kind != ExprKind::Path)
            return;
        auto path = absolute(e);
        if (!path || path->empty())
            return;
        VariableUse use;
        use.path = std::move(*path);
        use.hasFallback = fallback;
        use.guarded = std::any_of(m_guards.cbegin(), m_guards.cend(), [&use](const Path &g) {
            return g.size() <= use.path.size() && std::equal(g.cbegin(), g.cend(), use.path.cbegin());
        });
        use.offset = e.begin;
        const SyntaxError at = syntaxErrorAt(m_source, e.begin, {});
        use.line = at.line;
        use.column = at.column;
        use.original = e.original;
        m_uses.push_back(std::move(use));
    }

    // The path from the root context, or nullopt when it can't be known.
    std::optional<Path> absolute(const Expr &e) const
    {
        if (e.blockParamDepth >= 0)
            return std::nullopt;
        if (e.data) {
            if (e.parts.empty() || e.parts.front() != "root")
                return std::nullopt; // @index, @key, @first, …
            return Path(e.parts.begin() + 1, e.parts.end());
        }
        if (e.depth >= int(m_scopes.size()))
            return std::nullopt;
        Path path = m_scopes[m_scopes.size() - 1 - std::size_t(e.depth)];
        path.insert(path.end(), e.parts.begin(), e.parts.end());
        return path;
    }

    // The value an #if/#unless tests: reads of it (or below it) inside are guarded.
    std::optional<Path> condition(const Call &c) const
    {
        if (c.kind != CallKind::Helper || (c.builtin != Builtin::If && c.builtin != Builtin::Unless) || c.params.empty())
            return std::nullopt;
        const Expr &tested = *c.params.front();
        return tested.kind == ExprKind::Path ? absolute(tested) : std::nullopt;
    }

    // The context a block's program runs in: each/blockHelperMissing over a path
    // iterate its elements, with over a path enters it; if/unless keep the context.
    std::optional<Path> blockScope(const Call &c) const
    {
        const bool builtinHelper = c.kind == CallKind::Helper;
        if (builtinHelper && (c.builtin == Builtin::If || c.builtin == Builtin::Unless))
            return std::nullopt;
        const Expr *target = nullptr;
        bool element = false;
        if (builtinHelper && c.builtin == Builtin::Each && !c.params.empty()) {
            target = c.params.front().get();
            element = true;
        } else if (builtinHelper && c.builtin == Builtin::With && !c.params.empty()) {
            target = c.params.front().get();
        } else if (!builtinHelper && c.params.empty() && c.path) {
            target = c.path.get(); // {{#payload.items}}…{{/payload.items}}
            element = true;
        }
        std::optional<Path> scope = target && target->kind == ExprKind::Path ? absolute(*target) : std::nullopt;
        if (!scope)
            return Path{"?"}; // a context we can't follow: reads inside are not checked
        if (element)
            scope->push_back("[]");
        return scope;
    }

    const std::string &m_source;
    std::vector<Path> m_scopes;
    std::vector<Path> m_guards;
    std::vector<VariableUse> m_uses;
};

} // namespace

std::vector<VariableUse> Template::variables() const
{
    Collector collector(m_data->source);
    collector.program(m_data->root.get());
    std::vector<VariableUse> uses = collector.take();
    std::erase_if(uses, [](const VariableUse &u) { return !u.path.empty() && u.path.front() == "?"; });
    return uses;
}

} // namespace sendivent::hbs
