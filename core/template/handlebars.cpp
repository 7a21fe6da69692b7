#include "handlebars.h"

#include "compiler.h"
#include "parser.h"
#include "renderer.h"

#include <deque>
#include <mutex>

namespace sendivent::hbs {

using namespace detail;

std::string SyntaxError::toString() const
{
    return std::to_string(line) + ':' + std::to_string(column) + ": " + message;
}

// ---------------------------------------------------------------------------------------
// Partials

namespace detail {
struct PartialsData
{
    std::map<std::string, std::string, std::less<>> sources;
    mutable std::mutex mutex;
    mutable std::map<std::string, std::shared_ptr<const TemplateData>, std::less<>> compiled;
    mutable std::map<std::string, std::string, std::less<>> errors;
};
} // namespace detail

Partials::Partials() : m_data(std::make_shared<PartialsData>()) {}

Partials::Partials(std::initializer_list<std::pair<const std::string, std::string>> sources)
    : Partials()
{
    for (const auto &entry : sources)
        m_data->sources.insert(entry);
}

Partials::Partials(std::map<std::string, std::string> sources) : Partials()
{
    for (auto &entry : sources)
        m_data->sources.emplace(entry.first, std::move(entry.second));
}

void Partials::insert(std::string name, std::string source)
{
    if (m_data.use_count() > 1) { // copies share their data: detach before writing
        auto copy = std::make_shared<PartialsData>();
        copy->sources = m_data->sources;
        m_data = std::move(copy);
    }
    std::lock_guard lock(m_data->mutex);
    m_data->compiled.erase(name);
    m_data->errors.erase(name);
    m_data->sources[std::move(name)] = std::move(source);
}

bool Partials::contains(std::string_view name) const
{
    return m_data->sources.find(name) != m_data->sources.end();
}

std::size_t Partials::size() const
{
    return m_data->sources.size();
}

bool Partials::fromJson(const Json &object, Partials &out, std::string *error)
{
    if (!object.is_object()) {
        if (error)
            *error = "partials must be a JSON object of name -> template source";
        return false;
    }
    Partials result;
    for (const auto &[name, source] : object.items()) {
        if (!source.is_string()) {
            if (error)
                *error = "partial \"" + name + "\" is not a string";
            return false;
        }
        result.insert(name, source.get<std::string>());
    }
    out = std::move(result);
    return true;
}

std::shared_ptr<const TemplateData> Partials::compiled(std::string_view name, std::string *error) const
{
    std::lock_guard lock(m_data->mutex);
    if (auto it = m_data->compiled.find(name); it != m_data->compiled.end())
        return it->second;
    if (auto it = m_data->errors.find(name); it != m_data->errors.end()) {
        *error = it->second;
        return nullptr;
    }
    const auto source = m_data->sources.find(name);
    if (source == m_data->sources.end())
        return nullptr;
    Compiled c = Template::compile(source->second);
    if (!c) {
        *error = c.error().toString();
        m_data->errors.emplace(std::string(name), *error);
        return nullptr;
    }
    auto data = c.value().data();
    m_data->compiled.emplace(std::string(name), data);
    return data;
}

// ---------------------------------------------------------------------------------------
// Template

Template::Template(std::shared_ptr<const TemplateData> data) : m_data(std::move(data)) {}

const std::string &Template::source() const
{
    return m_data->source;
}

Compiled Template::compile(std::string_view source)
{
    auto data = std::make_shared<TemplateData>();
    data->source = std::string(source);
    try {
        data->root = parseTemplate(data->source);
        annotate(*data->root);
    } catch (const ParseFailure &failure) {
        return syntaxErrorAt(data->source, failure.offset, failure.message);
    }
    return Template(std::move(data));
}

RenderResult Template::render(const Json &context, const Partials &partials, Escaping escaping) const
{
    RenderState state;
    state.escaping = escaping;
    Renderer renderer(state);
    const Value root = Value::fromJson(context);
    DataFrame data; // initData(): { root: context }
    data.root = root;
    data.hasRoot = true;
    PartialScope global;
    global.global = &partials;
    std::string out;
    out.reserve(m_data->source.size() + m_data->source.size() / 2);
    try {
        renderer.runTemplate(*m_data, root, &data, &global, out);
    } catch (const RenderError &error) {
        return RenderResult::failure(error.message);
    } catch (const std::exception &error) {
        return RenderResult::failure(std::string("render failed: ") + error.what());
    }
    return RenderResult::success(std::move(out));
}

RenderResult render(std::string_view source, const Json &context, const Partials &partials,
                    Escaping escaping)
{
    Compiled compiled = Template::compile(source);
    if (!compiled)
        return RenderResult::failure(compiled.error().toString());
    return compiled.value().render(context, partials, escaping);
}

// ---------------------------------------------------------------------------------------
// TemplateCache

struct TemplateCache::Impl
{
    std::size_t capacity = 0;
    mutable std::mutex mutex;
    std::map<std::pair<std::uint64_t, std::string>, Compiled, std::less<>> entries;
    std::deque<std::pair<std::uint64_t, std::string>> order;
};

TemplateCache::TemplateCache(std::size_t capacity) : m_impl(std::make_unique<Impl>())
{
    m_impl->capacity = capacity == 0 ? 1 : capacity;
}

TemplateCache::~TemplateCache() = default;

Compiled TemplateCache::get(std::uint64_t key, std::string_view source)
{
    std::pair<std::uint64_t, std::string> id(key, std::string(source));
    {
        std::lock_guard lock(m_impl->mutex);
        if (auto it = m_impl->entries.find(id); it != m_impl->entries.end())
            return it->second;
    }
    Compiled compiled = Template::compile(source);
    std::lock_guard lock(m_impl->mutex);
    if (m_impl->entries.emplace(id, compiled).second) {
        m_impl->order.push_back(std::move(id));
        while (m_impl->order.size() > m_impl->capacity) {
            m_impl->entries.erase(m_impl->order.front());
            m_impl->order.pop_front();
        }
    }
    return compiled;
}

void TemplateCache::clear()
{
    std::lock_guard lock(m_impl->mutex);
    m_impl->entries.clear();
    m_impl->order.clear();
}

std::size_t TemplateCache::size() const
{
    std::lock_guard lock(m_impl->mutex);
    return m_impl->entries.size();
}

} // namespace sendivent::hbs
