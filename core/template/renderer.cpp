#include "renderer.h"

#include "builtins.h"

namespace sendivent::hbs::detail {

void Renderer::fail(std::string message)
{
    throw RenderError{std::move(message)};
}

void Renderer::enter(const std::string &out)
{
    if (++m_st.depth > kMaxRenderDepth)
        fail("nesting too deep (more than " + std::to_string(kMaxRenderDepth)
             + " levels of blocks and partials)");
    if (++m_st.invocations > kMaxRenderInvocations)
        fail("template too expensive (more than " + std::to_string(kMaxRenderInvocations)
             + " block and partial invocations)");
    if (out.size() > kMaxRenderOutput)
        fail("output too large (more than " + std::to_string(kMaxRenderOutput >> 20) + " MiB)");
}

std::string_view Renderer::keep(std::string s)
{
    return m_st.strings.emplace_back(std::move(s));
}

const Value &Renderer::thisOf(const Scope &scope)
{
    return scope.context.isNullish() ? m_nullContext : scope.context;
}

void Renderer::append(std::string &out, const Value &v, bool escape)
{
    switch (v.kind) {
    case Value::Kind::Undefined:
    case Value::Kind::Null:
        return;
    case Value::Kind::String:
        if (escape)
            appendEscaped(out, v.string);
        else
            out += v.string;
        return;
    case Value::Kind::Number:
        appendJsNumber(out, v.number);
        return;
    case Value::Kind::Bool:
        out += v.boolean ? "true" : "false";
        return;
    default:
        if (escape)
            appendEscaped(out, jsString(v));
        else
            appendJsString(out, v);
        return;
    }
}

Value Renderer::lookupProperty(const Value &parent, std::string_view name)
{
    switch (parent.kind) {
    case Value::Kind::Object: {
        const auto &object = parent.json->get_ref<const Json::object_t &>();
        for (const auto &entry : object) {
            if (entry.first == name)
                return Value::fromJson(entry.second);
        }
        return Value::undefined();
    }
    case Value::Kind::Array: {
        if (name == "length")
            return Value::fromNumber(static_cast<double>(parent.json->size()));
        std::uint32_t index = 0;
        if (isArrayIndex(name, &index) && index < parent.json->size())
            return Value::fromJson((*parent.json)[index]);
        return Value::undefined();
    }
    case Value::Kind::String: {
        if (name == "length")
            return Value::fromNumber(static_cast<double>(utf16Length(parent.string)));
        std::uint32_t index = 0;
        std::string unit;
        if (isArrayIndex(name, &index) && utf16UnitAt(parent.string, index, &unit))
            return Value::fromString(keep(std::move(unit)));
        return Value::undefined();
    }
    case Value::Kind::Hash:
        for (const auto &entry : parent.hash->entries) {
            if (entry.first == name)
                return entry.second;
        }
        return Value::undefined();
    case Value::Kind::Data: {
        const DataFrame &f = *parent.data;
        if (name == "root" && f.hasRoot)
            return f.root;
        if (f.hasIteration) {
            if (name == "index")
                return f.index;
            if (name == "key")
                return f.key;
            if (name == "first")
                return f.first;
            if (name == "last")
                return f.last;
        }
        if (name == "_parent" && f.hasParent && f.parent) {
            Value v;
            v.kind = Value::Kind::Data;
            v.data = f.parent;
            return v;
        }
        if (name == "partial-block" && f.hasPartialBlock && f.partialBlock) {
            Value v;
            v.kind = Value::Kind::Function;
            v.function = f.partialBlock;
            return v;
        }
        return Value::undefined();
    }
    case Value::Kind::Undefined:
    case Value::Kind::Null:
        fail("Cannot read properties of " + jsString(parent) + " (reading '" + std::string(name) + "')");
    default:
        return Value::undefined();
    }
}

Value Renderer::evalPath(const Expr &e, Scope &scope, bool falsy)
{
    const auto walk = [&](Value v, std::size_t from, bool falsyMode) {
        for (std::size_t i = from; i < e.parts.size(); ++i) {
            if (falsyMode ? !truthy(v) : v.isNullish())
                return v;
            v = lookupProperty(v, e.parts[i]);
        }
        return v;
    };
    if (e.blockParamDepth >= 0) {
        const BlockParamsNode *n = scope.blockParams;
        for (int d = 0; d < e.blockParamDepth && n; ++d)
            n = n->parent;
        if (!n || !n->defined)
            fail("Cannot read properties of undefined (block parameter '" + e.parts[0] + "')");
        const Value v = static_cast<std::size_t>(e.blockParamIndex) < n->count
            ? n->values[e.blockParamIndex] : Value::undefined();
        return walk(v, 1, false);
    }
    const auto depthValue = [&]() -> Value {
        if (e.depth == 0)
            return scope.context;
        const DepthNode *n = scope.depths;
        for (int d = 0; d < e.depth && n; ++d)
            n = n->parent;
        return n ? n->context : Value::undefined();
    };
    if (e.parts.empty())
        return depthValue();
    if (e.data) {
        const DataFrame *f = scope.data;
        for (int d = 0; d < e.depth && f; ++d)
            f = f->hasParent ? f->parent : nullptr;
        Value v;
        if (f) {
            v.kind = Value::Kind::Data;
            v.data = f;
        }
        return walk(v, 0, true);
    }
    return walk(depthValue(), 0, falsy);
}

Value Renderer::eval(const Expr &e, Scope &scope)
{
    switch (e.kind) {
    case ExprKind::Path: return evalPath(e, scope, false);
    case ExprKind::SubExpr: {
        std::string unused;
        return evalCall(*e.call, scope, nullptr, nullptr, false, unused);
    }
    case ExprKind::String: return Value::fromString(e.literal.get_ref<const std::string &>());
    case ExprKind::Number: return Value::fromNumber(e.literal.get<double>());
    case ExprKind::Boolean: return Value::fromBool(e.literal.get<bool>());
    case ExprKind::Undefined: return Value::undefined();
    case ExprKind::Null: return Value::null();
    }
    return Value::undefined();
}

Value Renderer::evalCall(const Call &c, Scope &scope, const Closure *fn, const Closure *inverse,
                         bool isBlock, std::string &out)
{
    if (c.kind != CallKind::Helper) {
        Value v = evalPath(*c.path, scope, false);
        if (v.kind == Value::Kind::Function) {
            // `@partial-block` used as a value is called: with no context when the path is
            // scoped, else (invokeAmbiguous) with the helper options object as context.
            Value context;
            if (c.kind == CallKind::Ambiguous) {
                ValueObject &options = m_st.objects.emplace_back();
                options.entries.emplace_back("name", Value::fromString(c.path->parts[0]));
                Value hash;
                hash.kind = Value::Kind::Hash;
                hash.hash = &m_st.objects.emplace_back();
                options.entries.emplace_back("hash", hash);
                if (scope.data) {
                    Value data;
                    data.kind = Value::Kind::Data;
                    data.data = scope.data;
                    options.entries.emplace_back("data", data);
                }
                context.kind = Value::Kind::Hash;
                context.hash = &options;
            }
            std::string rendered;
            invoke(v.function, context, nullptr, nullptr, rendered);
            return Value::fromString(keep(std::move(rendered)));
        }
        if (c.kind == CallKind::Ambiguous && v.isNullish())
            return Value::undefined();
        return v;
    }
    HelperCall h;
    h.call = &c;
    for (const auto &p : c.params)
        h.args.push(eval(*p, scope));
    h.hash.reserve(c.hash.size());
    for (const auto &pair : c.hash)
        h.hash.push_back({pair.key, eval(*pair.value, scope)});
    h.fn = fn;
    h.inverse = inverse;
    h.isBlock = isBlock;
    if (c.builtin != Builtin::None)
        return Builtins::call(*this, c.builtin, h, scope, out);
    const Value nonHelper = evalPath(*c.path, scope, true);
    if (truthy(nonHelper))
        fail("\"" + c.path->original + "\" is not a function");
    if (!h.args.empty())
        fail("Missing helper: \"" + c.path->original + "\"");
    return Value::undefined();
}

void Renderer::makeClosure(Closure &c, const Program *program, const Scope &scope)
{
    c.program = program;
    c.data = scope.data;
    c.depths = scope.depths;
    c.blockParams = scope.blockParams;
    c.container = scope.container;
    if (program->hasDecorators)
        runDecorators(c, *program, scope);
}

void Renderer::runDecorators(Closure &c, const Program &program, const Scope &scope)
{
    // Decorators run when their program is bound, with depth0 = depths[0].
    Scope at = scope;
    at.context = scope.depths ? scope.depths->context : Value::undefined();
    for (const Statement &s : program.body) {
        if (s.kind != StmtKind::Decorator && s.kind != StmtKind::DecoratorBlock)
            continue;
        const Expr &path = *s.call.path;
        const std::string name = path.kind == ExprKind::Path ? path.original : jsString(eval(path, at));
        if (name != "inline")
            fail("decorator \"" + name + "\" is not a function");
        std::string key = s.call.params.empty() ? "undefined" : jsString(eval(*s.call.params[0], at));
        const Closure *partial = nullptr;
        if (s.kind == StmtKind::DecoratorBlock && s.program) {
            Closure &inlineClosure = m_st.closures.emplace_back();
            makeClosure(inlineClosure, s.program.get(), scope);
            partial = &inlineClosure;
        }
        bool replaced = false;
        for (auto &entry : c.inlinePartials) {
            if (entry.first == key) {
                entry.second = partial;
                replaced = true;
            }
        }
        if (!replaced)
            c.inlinePartials.emplace_back(std::move(key), partial);
    }
}

void Renderer::invoke(const Closure *closure, const Value &context, const DataFrame *data,
                      const BlockParamsNode *entry, std::string &out)
{
    if (!closure)
        return; // options.fn / inverse defaulting to noop
    if (closure->block) {
        DataFrame frame = data ? data->createChild() : DataFrame{};
        if (!data)
            frame.hasParent = true;
        frame.partialBlock = closure->outer;
        frame.hasPartialBlock = true;
        invoke(closure->block, context, &frame, entry, out);
        return;
    }
    enter(out);
    DepthNode pushed;
    const DepthNode *depths = closure->depths;
    const Value head = depths ? depths->context : Value::undefined();
    if (!looseEquals(context, head)
        && !(context.kind == Value::Kind::NullContext && head.kind == Value::Kind::Null)) {
        pushed.context = context;
        pushed.parent = depths;
        depths = &pushed;
    }
    BlockParamsNode params;
    if (entry)
        params = *entry;
    params.parent = closure->blockParams;

    Scope scope;
    scope.context = context;
    scope.depths = depths;
    scope.data = data ? data : closure->data;
    scope.blockParams = &params;
    scope.container = closure->container;
    if (closure->program->hasDecorators) {
        PartialScope overlay;
        overlay.parent = closure->container->partials;
        overlay.entries = &closure->inlinePartials;
        const PartialScope *saved = closure->container->partials;
        closure->container->partials = &overlay;
        scope.partials = &overlay;
        body(*closure->program, scope, out);
        closure->container->partials = saved;
    } else {
        scope.partials = closure->container->partials;
        body(*closure->program, scope, out);
    }
    leave();
}

void Renderer::runTemplate(const TemplateData &tpl, const Value &context, const DataFrame *data,
                           const PartialScope *partials, std::string &out)
{
    enter(out);
    Container container;
    container.partials = partials;
    DepthNode head;
    head.context = context;
    Scope scope;
    scope.context = context;
    scope.depths = &head;
    scope.data = data;
    scope.container = &container;
    scope.partials = partials;
    const Program &root = *tpl.root;
    if (root.hasDecorators) {
        // The main program's decorators see depths = [] (options.depths || []).
        Scope at = scope;
        at.depths = nullptr;
        Closure main;
        main.program = &root;
        main.container = &container;
        runDecorators(main, root, at);
        PartialScope overlay;
        overlay.parent = partials;
        overlay.entries = &main.inlinePartials;
        container.partials = &overlay;
        scope.partials = &overlay;
        body(root, scope, out);
        container.partials = partials;
    } else {
        body(root, scope, out);
    }
    leave();
}

void Renderer::body(const Program &program, Scope &scope, std::string &out)
{
    for (const Statement &s : program.body) {
        switch (s.kind) {
        case StmtKind::Content:
            out += s.value;
            break;
        case StmtKind::Mustache:
            mustache(s, scope, out);
            break;
        case StmtKind::Block:
            block(s, scope, out);
            break;
        case StmtKind::Partial:
        case StmtKind::PartialBlock:
            partial(s, scope, out);
            break;
        case StmtKind::Comment:
        case StmtKind::Decorator:
        case StmtKind::DecoratorBlock:
            break;
        }
    }
}

void Renderer::mustache(const Statement &s, Scope &scope, std::string &out)
{
    Value v = evalCall(s.call, scope, nullptr, nullptr, false, out);
    if (s.hasFallback && (v.isNullish() || (v.kind == Value::Kind::String && v.string.empty())))
        v = Value::fromString(s.fallback);
    append(out, v, s.escaped && m_st.escaping == Escaping::Html);
}

void Renderer::block(const Statement &s, Scope &scope, std::string &out)
{
    Closure fn;
    Closure inverse;
    const Closure *fnPtr = nullptr;
    const Closure *inversePtr = nullptr;
    if (s.program) {
        makeClosure(fn, s.program.get(), scope);
        fnPtr = &fn;
    }
    if (s.inverse) {
        makeClosure(inverse, s.inverse.get(), scope);
        inversePtr = &inverse;
    }
    if (s.call.kind == CallKind::Helper) {
        const Value result = evalCall(s.call, scope, fnPtr, inversePtr, true, out);
        append(out, result, false);
        return;
    }
    const Value value = evalCall(s.call, scope, nullptr, nullptr, false, out);
    Builtins::blockHelperMissing(*this, value, fnPtr, inversePtr, scope, out);
}

} // namespace sendivent::hbs::detail
