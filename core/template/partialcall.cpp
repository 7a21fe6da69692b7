// `{{> name}}`, `{{> (dynamic)}}` and `{{#> name}}fallback{{/name}}`: handlebars.js's
// invokePartialWrapper + resolvePartial + invokePartial, and the indentation of
// standalone partials.

#include "renderer.h"

namespace sendivent::hbs::detail {

namespace {

struct Found
{
    const Closure *closure = nullptr;
    std::shared_ptr<const TemplateData> source;
};

Found findPartial(const PartialScope *scope, std::string_view name, std::string *compileError)
{
    for (const PartialScope *s = scope; s; s = s->parent) {
        if (s->entries) {
            for (auto it = s->entries->rbegin(); it != s->entries->rend(); ++it) {
                if (it->first == name)
                    return Found{it->second, nullptr}; // null: registered as undefined
            }
        }
        if (s->global) {
            Found f;
            f.source = s->global->compiled(name, compileError);
            return f;
        }
    }
    return {};
}

void setEntry(ValueObject &object, std::string key, const Value &value)
{
    for (auto &entry : object.entries) {
        if (entry.first == key) {
            entry.second = value;
            return;
        }
    }
    object.entries.emplace_back(std::move(key), value);
}

} // namespace

// Utils.extend({}, context, hash): the context's own enumerable properties, then the
// hash (whose object literal handlebars.js emits in reverse order).
static Value extendContext(RenderState &st, const Value &context, const std::vector<std::pair<std::string_view, Value>> &hash)
{
    ValueObject &object = st.objects.emplace_back();
    switch (context.kind) {
    case Value::Kind::Object: {
        const auto &entries = context.json->get_ref<const Json::object_t &>();
        for (const std::size_t i : jsKeyOrder(entries, [](const auto &e) -> std::string_view { return e.first; }))
            { const auto &e = *(entries.begin() + static_cast<std::ptrdiff_t>(i)); object.entries.emplace_back(e.first, Value::fromJson(e.second)); }
        break;
    }
    case Value::Kind::Array:
        for (std::size_t i = 0; i < context.json->size(); ++i)
            object.entries.emplace_back(std::to_string(i), Value::fromJson((*context.json)[i]));
        break;
    case Value::Kind::String: {
        std::string unit;
        for (std::size_t i = 0; utf16UnitAt(context.string, i, &unit); ++i) {
            object.entries.emplace_back(std::to_string(i), Value::fromString(st.strings.emplace_back(unit)));
            unit.clear();
        }
        break;
    }
    case Value::Kind::Hash:
        for (const std::size_t i : jsKeyOrder(context.hash->entries, [](const auto &e) -> std::string_view { return e.first; }))
            object.entries.push_back(context.hash->entries[i]);
        break;
    default:
        break;
    }
    for (auto it = hash.rbegin(); it != hash.rend(); ++it)
        setEntry(object, std::string(it->first), it->second);
    Value v;
    v.kind = Value::Kind::Hash;
    v.hash = &object;
    return v;
}

void Renderer::partial(const Statement &s, Scope &scope, std::string &out)
{
    const Call &call = s.call;
    const bool dynamic = call.path->kind == ExprKind::SubExpr;
    Value dynamicName;
    if (dynamic)
        dynamicName = eval(*call.path, scope);
    Value context = call.params.empty() ? scope.context : eval(*call.params[0], scope);
    if (call.hasHash) {
        std::vector<std::pair<std::string_view, Value>> hash;
        hash.reserve(call.hash.size());
        for (const auto &pair : call.hash)
            hash.emplace_back(pair.key, eval(*pair.value, scope));
        context = extendContext(m_st, context, hash);
    }
    Closure block;
    const Closure *blockFn = nullptr;
    if (s.kind == StmtKind::PartialBlock && s.program) {
        makeClosure(block, s.program.get(), scope);
        blockFn = &block;
    }

    // resolvePartial()
    std::string name;
    Found found;
    std::string compileError;
    if (!dynamic) {
        name = s.partialName;
        found = findPartial(scope.partials, name, &compileError);
        if (!found.closure && !found.source && compileError.empty() && name == "@partial-block"
            && scope.data && scope.data->hasPartialBlock)
            found.closure = scope.data->partialBlock;
    } else if (dynamicName.kind == Value::Kind::Function) {
        found.closure = dynamicName.function;
    } else {
        name = truthy(dynamicName) ? jsString(dynamicName) : std::string("undefined");
        found = findPartial(scope.partials, name, &compileError);
    }
    if (!compileError.empty())
        fail("partial " + name + ": " + compileError);

    // invokePartial(): a partial block becomes `@partial-block` (and the fallback).
    const DataFrame *data = scope.data;
    const PartialScope *partials = scope.partials;
    DataFrame frame;
    Closure wrapper;
    PartialScope extended;
    if (blockFn) {
        const Closure *current = scope.data && scope.data->hasPartialBlock ? scope.data->partialBlock : nullptr;
        frame = scope.data ? scope.data->createChild() : DataFrame{};
        wrapper.block = blockFn;
        wrapper.outer = current;
        frame.partialBlock = &wrapper;
        frame.hasPartialBlock = true;
        data = &frame;
        if (s.program->hasDecorators) {
            extended.parent = partials;
            extended.entries = &block.inlinePartials;
            partials = &extended;
        }
        if (!found.closure && !found.source)
            found.closure = &wrapper;
    }
    if (!found.closure && !found.source)
        fail("The partial " + name + " could not be found");

    std::string indented;
    std::string &target = s.indent.empty() ? out : indented;
    if (found.closure)
        invoke(found.closure, context, data, nullptr, target);
    else
        runTemplate(*found.source, context, data, partials, target);
    if (s.indent.empty())
        return;
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = indented.find('\n', start);
        const bool last = end == std::string::npos;
        if (last && start == indented.size())
            break;
        out += s.indent;
        out.append(indented, start, last ? std::string::npos : end - start + 1);
        if (last)
            break;
        start = end + 1;
    }
}

} // namespace sendivent::hbs::detail
