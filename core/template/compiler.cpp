#include "compiler.h"

#include "jstext.h"
#include "parser.h"

namespace sendivent::hbs::detail {

namespace {

// handlebars.js's scopedId(): /^\.|this\b/ on the path's original text.
bool scopedId(const std::string &original)
{
    if (!original.empty() && original[0] == '.')
        return true;
    for (std::size_t pos = original.find("this"); pos != std::string::npos;
         pos = original.find("this", pos + 1)) {
        const std::size_t after = pos + 4;
        if (after >= original.size())
            return true;
        const char c = original[after];
        const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        if (!word)
            return true;
    }
    return false;
}

Builtin builtinNamed(const std::string &name)
{
    if (name == "if") return Builtin::If;
    if (name == "unless") return Builtin::Unless;
    if (name == "each") return Builtin::Each;
    if (name == "with") return Builtin::With;
    if (name == "lookup") return Builtin::Lookup;
    if (name == "log") return Builtin::Log;
    if (name == "helperMissing") return Builtin::HelperMissing;
    if (name == "blockHelperMissing") return Builtin::BlockHelperMissing;
    return Builtin::None;
}

class Annotator final
{
public:
    void program(Program &p)
    {
        m_blockParams.push_back(&p.blockParams);
        for (Statement &s : p.body)
            statement(s, p);
        m_blockParams.pop_back();
    }

private:
    void statement(Statement &s, Program &owner)
    {
        switch (s.kind) {
        case StmtKind::Content:
        case StmtKind::Comment:
            break;
        case StmtKind::Mustache:
            call(s.call, false, true);
            break;
        case StmtKind::Block:
            if (s.program)
                program(*s.program);
            if (s.inverse)
                program(*s.inverse);
            call(s.call, false, true);
            break;
        case StmtKind::Decorator:
        case StmtKind::DecoratorBlock:
            owner.hasDecorators = true;
            if (s.program)
                program(*s.program);
            args(s.call);
            break;
        case StmtKind::Partial:
        case StmtKind::PartialBlock:
            if (s.program)
                program(*s.program);
            if (s.call.params.size() > 1)
                throw ParseFailure{s.begin, "Unsupported number of partial arguments: "
                                                + std::to_string(s.call.params.size())};
            if (s.call.path->kind == ExprKind::SubExpr)
                expr(*s.call.path);
            args(s.call);
            break;
        }
    }

    void args(Call &c)
    {
        for (auto &p : c.params)
            expr(*p);
        for (auto &pair : c.hash)
            expr(*pair.value);
    }

    void expr(Expr &e)
    {
        if (e.kind == ExprKind::SubExpr)
            call(*e.call, true, false);
        else if (e.kind == ExprKind::Path)
            path(e);
    }

    void path(Expr &e)
    {
        e.scoped = scopedId(e.original);
        if (e.depth == 0 && !e.scoped && !e.parts.empty()) {
            const auto [depth, index] = blockParamIndex(e.parts[0]);
            e.blockParamDepth = depth;
            e.blockParamIndex = index;
        }
    }

    std::pair<int, int> blockParamIndex(const std::string &name) const
    {
        int depth = 0;
        for (auto it = m_blockParams.rbegin(); it != m_blockParams.rend(); ++it, ++depth) {
            const auto &names = **it;
            for (std::size_t i = 0; i < names.size(); ++i) {
                if (names[i] == name)
                    return {depth, static_cast<int>(i)};
            }
        }
        return {-1, -1};
    }

    void call(Call &c, bool subExpression, bool /*statement*/)
    {
        Expr &p = *c.path;
        if (p.isLiteral()) {
            // transformLiteralToPath(): the literal's JS string becomes a one-part path.
            std::string text;
            switch (p.kind) {
            case ExprKind::String: text = p.literal.get<std::string>(); break;
            case ExprKind::Number: text = jsNumberToString(p.literal.get<double>()); break;
            case ExprKind::Boolean: text = p.literal.get<bool>() ? "true" : "false"; break;
            case ExprKind::Undefined: text = "undefined"; break;
            case ExprKind::Null: text = "null"; break;
            default: break;
            }
            p.kind = ExprKind::Path;
            p.data = false;
            p.depth = 0;
            p.parts = {text};
            p.original = text;
        }
        p.scoped = scopedId(p.original);
        c.simpleId = p.parts.size() == 1 && !p.scoped && p.depth == 0;
        const bool isBlockParam = c.simpleId && blockParamIndex(p.parts[0]).first >= 0;
        bool isHelper = !isBlockParam && (subExpression || !c.params.empty() || c.hasHash);
        bool isEligible = !isBlockParam && (isHelper || c.simpleId);
        if (isEligible && !isHelper && builtinNamed(p.parts[0]) != Builtin::None)
            isHelper = true;
        if (isHelper) {
            c.kind = CallKind::Helper;
            c.builtin = p.parts.empty() ? Builtin::None : builtinNamed(p.parts[0]);
        } else {
            c.kind = isEligible ? CallKind::Ambiguous : CallKind::Simple;
        }
        args(c);
        path(p);
    }

    std::vector<const std::vector<std::string> *> m_blockParams;
};

} // namespace

void annotate(Program &root)
{
    Annotator().program(root);
}

} // namespace sendivent::hbs::detail
