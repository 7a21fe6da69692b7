#pragma once

// Public API of Sendivent's Handlebars engine: the language of handlebars.js 4.7
// (rendered byte-for-byte like it) plus the reference's fallback `{{path | Default}}`.
//
//   auto compiled = hbs::Template::compile(source);
//   if (!compiled) { report(compiled.error().toString()); }
//   auto out = compiled.value().render(data, partials, hbs::Escaping::Html);
//   if (!out) { report(out.error()); } else { use(out.value()); }
//
// A compiled Template is immutable and cheap to copy (it shares its tree), and may be
// rendered from several threads at once. Render errors (missing partial, helper misuse
// that handlebars.js throws on, nesting too deep) come back as values, never as
// exceptions.

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace sendivent::hbs {

using Json = nlohmann::ordered_json;

// A parse error at a 1-based line and 1-based column (counted in Unicode code points).
struct SyntaxError
{
    int line = 1;
    int column = 1;
    std::string message;

    // "LINE:COL: message"
    std::string toString() const;
};

// Html escapes `& < > " ' \` =` like handlebars.js; None is its `noEscape` option
// (subjects and text channels, DESIGN §6).
enum class Escaping { Html, None };

// A small expected-like result: either a value or an error. operator bool tells which.
// Build one with success()/failure() (or implicitly, when T and E differ).
template<typename T, typename E>
class Result final
{
public:
    Result(T value) requires(!std::is_same_v<T, E>) : m_data(std::in_place_index<0>, std::move(value)) {}
    template<typename U = T>
        requires(!std::is_same_v<U, E>)
    Result(E error) : m_data(std::in_place_index<1>, std::move(error)) {}
    static Result success(T value) { return Result(std::in_place_index<0>, std::move(value)); }
    static Result failure(E error) { return Result(std::in_place_index<1>, std::move(error)); }

    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const E &error() const { return std::get<1>(m_data); }

private:
    template<std::size_t I, typename V>
    Result(std::in_place_index_t<I> index, V &&v) : m_data(index, std::forward<V>(v)) {}
    std::variant<T, E> m_data;
};

class Template;
using Compiled = Result<Template, SyntaxError>;
using RenderResult = Result<std::string, std::string>; // value: output; error: message

namespace detail {
struct TemplateData;
struct PartialsData;
}

// Named partial sources (name -> Handlebars source). Sources are compiled on first use
// and the compiled form is kept (thread-safe) inside, shared by copies of this object.
class Partials final
{
public:
    Partials();
    Partials(std::initializer_list<std::pair<const std::string, std::string>> sources);
    explicit Partials(std::map<std::string, std::string> sources);

    void insert(std::string name, std::string source);
    bool contains(std::string_view name) const;
    std::size_t size() const;

    // Builds partials from a JSON object name -> source (non-string values are
    // rejected: returns false and leaves *error set).
    static bool fromJson(const Json &object, Partials &out, std::string *error);

    // Internal: compiled partial or null when absent; compile errors in *error.
    std::shared_ptr<const detail::TemplateData> compiled(std::string_view name,
                                                         std::string *error) const;

private:
    std::shared_ptr<detail::PartialsData> m_data;
};

// A value a template reads: `{{payload.order.id}}`, an `#if`/`#each`/`#with`
// argument, a helper's parameter. The path is absolute from the root context when
// the scopes on the way are known (`#each payload.items` adds an element step "[]",
// `#with payload.order` its path, `../` and `@root` climb back), so that it can be
// looked up in sample data. Block parameters, `@index`-like data and `this` alone are
// not listed.
struct VariableUse
{
    std::vector<std::string> path; // e.g. {"payload", "items", "[]", "name"}
    bool hasFallback = false;      // `{{path | Default}}`
    bool guarded = false;          // tested by an #if/#unless, or read inside one that
                                   // tests it or a parent: may be absent by design
    std::size_t offset = 0;        // of the expression in the source
    int line = 1;                  // 1-based, code points, as SyntaxError
    int column = 1;
    std::string original;          // as written ("../name", "this.sku")
};

// A compiled template: parse once, render many times.
class Template final
{
public:
    static Compiled compile(std::string_view source);

    RenderResult render(const Json &context, const Partials &partials = Partials(),
                        Escaping escaping = Escaping::Html) const;

    const std::string &source() const;

    // Every value the template reads, in source order (variables.cpp).
    std::vector<VariableUse> variables() const;

    // Internal: the shared tree.
    explicit Template(std::shared_ptr<const detail::TemplateData> data);
    const std::shared_ptr<const detail::TemplateData> &data() const { return m_data; }

private:
    std::shared_ptr<const detail::TemplateData> m_data;
};

// Compiles each (key, source) pair once; the key is typically a workspace revision,
// so a new revision naturally misses the cache. Thread-safe. Bounded: when full, the
// oldest entries are dropped.
class TemplateCache final
{
public:
    explicit TemplateCache(std::size_t capacity = 512);
    ~TemplateCache();
    TemplateCache(const TemplateCache &) = delete;
    TemplateCache &operator=(const TemplateCache &) = delete;

    Compiled get(std::uint64_t key, std::string_view source);
    void clear();
    std::size_t size() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// Convenience: compile and render in one step; a syntax error becomes its toString().
RenderResult render(std::string_view source, const Json &context,
                    const Partials &partials = Partials(),
                    Escaping escaping = Escaping::Html);

} // namespace sendivent::hbs
