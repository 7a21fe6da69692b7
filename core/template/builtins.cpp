#include "builtins.h"

namespace sendivent::hbs::detail {

void Builtins::callFn(Renderer &r, const HelperCall &h, bool inverse, const Value &context,
                      const DataFrame *data, const BlockParamsNode *entry, std::string &out)
{
    if (!h.isBlock)
        r.fail(std::string("options.") + (inverse ? "inverse" : "fn") + " is not a function (\""
               + h.call->path->original + "\" needs a block)");
    r.invoke(inverse ? h.inverse : h.fn, context, data, entry, out);
}

void Builtins::each(Renderer &r, const Value &context, const HelperCall &h, Scope &scope,
                    std::string &out)
{
    DataFrame frame = scope.data ? scope.data->createChild() : DataFrame{};
    frame.hasIteration = true;
    std::size_t count = 0;
    const auto iterate = [&](const Value &item, const Value &key, std::size_t index, bool last) {
        frame.key = key;
        frame.index = Value::fromNumber(static_cast<double>(index));
        frame.first = Value::fromBool(index == 0);
        frame.last = Value::fromBool(last);
        const Value params[2] = {item, key};
        BlockParamsNode entry;
        entry.values = params;
        entry.count = 2;
        entry.defined = true;
        callFn(r, h, false, item, &frame, &entry, out);
        ++count;
    };
    if (context.kind == Value::Kind::Array) {
        const std::size_t n = context.json->size();
        for (std::size_t i = 0; i < n; ++i) {
            iterate(Value::fromJson((*context.json)[i]), Value::fromNumber(static_cast<double>(i)), i,
                    i + 1 == n);
        }
    } else if (context.kind == Value::Kind::Object) {
        const auto &object = context.json->get_ref<const Json::object_t &>();
        bool plain = true;
        for (const auto &entry : object) {
            if (isArrayIndex(entry.first, nullptr)) {
                plain = false;
                break;
            }
        }
        const std::size_t n = object.size();
        if (plain) {
            std::size_t i = 0;
            for (const auto &entry : object) {
                iterate(Value::fromJson(entry.second), Value::fromString(entry.first), i, i + 1 == n);
                ++i;
            }
        } else {
            const auto order = jsKeyOrder(object, [](const auto &e) -> std::string_view { return e.first; });
            for (std::size_t i = 0; i < order.size(); ++i) {
                const auto &entry = *(object.begin() + static_cast<std::ptrdiff_t>(order[i]));
                iterate(Value::fromJson(entry.second), Value::fromString(entry.first), i, i + 1 == n);
            }
        }
    } else if (context.kind == Value::Kind::Hash) {
        const auto &entries = context.hash->entries;
        const auto order = jsKeyOrder(entries, [](const auto &e) -> std::string_view { return e.first; });
        for (std::size_t i = 0; i < order.size(); ++i) {
            const auto &entry = entries[order[i]];
            iterate(entry.second, Value::fromString(entry.first), i, i + 1 == order.size());
        }
    }
    if (count == 0)
        callFn(r, h, true, r.thisOf(scope), nullptr, nullptr, out);
}

Value Builtins::call(Renderer &r, Builtin builtin, HelperCall &h, Scope &scope, std::string &out)
{
    const Args &args = h.args;
    switch (builtin) {
    case Builtin::If:
    case Builtin::Unless: {
        if (args.size() != 1)
            r.fail(builtin == Builtin::If ? "#if requires exactly one argument"
                                          : "#unless requires exactly one argument");
        bool includeZero = false;
        for (const HashArg &pair : h.hash) {
            if (pair.key == "includeZero")
                includeZero = truthy(pair.value);
        }
        const Value &cond = args[0];
        bool negative = (!includeZero && !truthy(cond)) || isEmpty(cond);
        if (builtin == Builtin::Unless)
            negative = !negative;
        callFn(r, h, negative, r.thisOf(scope), nullptr, nullptr, out);
        return Value::undefined();
    }
    case Builtin::With: {
        if (args.size() != 1)
            r.fail("#with requires exactly one argument");
        const Value &context = args[0];
        if (!isEmpty(context)) {
            BlockParamsNode entry;
            entry.values = &args[0];
            entry.count = 1;
            entry.defined = true;
            callFn(r, h, false, context, scope.data, &entry, out);
        } else {
            callFn(r, h, true, r.thisOf(scope), nullptr, nullptr, out);
        }
        return Value::undefined();
    }
    case Builtin::Each:
        if (args.empty())
            r.fail("Must pass iterator to #each");
        if (args.size() > 1)
            r.fail("#each takes one argument");
        each(r, args[0], h, scope, out);
        return Value::undefined();
    case Builtin::Lookup: {
        if (args.empty())
            r.fail("lookup needs an object and a field");
        if (!truthy(args[0]))
            return args[0];
        if (args.size() != 2)
            r.fail("lookup needs an object and a field");
        const Value &field = args[1];
        if (field.kind == Value::Kind::String)
            return r.lookupProperty(args[0], field.string);
        return r.lookupProperty(args[0], r.keep(jsString(field)));
    }
    case Builtin::Log:
        return Value::undefined();
    case Builtin::HelperMissing:
    case Builtin::BlockHelperMissing:
    case Builtin::None:
        break;
    }
    r.fail("helpers." + h.call->path->original + " is not a function");
}

void Builtins::blockHelperMissing(Renderer &r, const Value &value, const Closure *fn,
                                  const Closure *inverse, Scope &scope, std::string &out)
{
    if (value.kind == Value::Kind::Bool && value.boolean) {
        r.invoke(fn, r.thisOf(scope), nullptr, nullptr, out);
    } else if ((value.kind == Value::Kind::Bool && !value.boolean) || value.isNullish()) {
        r.invoke(inverse, r.thisOf(scope), nullptr, nullptr, out);
    } else if (value.kind == Value::Kind::Array) {
        if (!value.json->empty()) {
            HelperCall h;
            h.fn = fn;
            h.inverse = inverse;
            h.isBlock = true;
            each(r, value, h, scope, out);
        } else {
            r.invoke(inverse, r.thisOf(scope), nullptr, nullptr, out);
        }
    } else {
        r.invoke(fn, value, scope.data, nullptr, out);
    }
}

} // namespace sendivent::hbs::detail
