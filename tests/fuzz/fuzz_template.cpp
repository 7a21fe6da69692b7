// libFuzzer target for the template engine: parse + render arbitrary input. The input is
// split at the first 0x01 byte into a template and a partial named "p" (so partial
// recursion, partial blocks and inline partials get exercised), then rendered against a
// fixed context with both escaping modes. Crashes, sanitizer reports, hangs and
// unbounded recursion are the failures; syntax and render errors are normal results.

#include "template/handlebars.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace sendivent;

namespace {

const hbs::Json &context()
{
    static const hbs::Json data = hbs::Json::parse(R"({
        "name": "Ann <&>", "zero": 0, "f": false, "t": true, "nil": null, "e": "",
        "n": -1.5e-7, "big": 1e21, "arr": [1, "two", null, [3], {"k": "v"}],
        "obj": {"a": {"b": "c"}, "2": "two", "1": "one", "x": [1, 2]},
        "items": [{"name": "A", "price": 1.25, "tags": ["x"]}, {"name": "B", "price": 0}],
        "this": "literal", "as": "as", "else": "else", "length": 3
    })");
    return data;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    const std::size_t split = input.find('\x01');
    const std::string_view source = input.substr(0, split);
    hbs::Partials partials;
    if (split != std::string_view::npos)
        partials.insert("p", std::string(input.substr(split + 1)));
    partials.insert("q", "[{{> @partial-block}}]");

    const hbs::Compiled compiled = hbs::Template::compile(source);
    if (!compiled) {
        (void)compiled.error().toString();
        return 0;
    }
    for (const auto escaping : {hbs::Escaping::Html, hbs::Escaping::None}) {
        const hbs::RenderResult r = compiled.value().render(context(), partials, escaping);
        (void)r.hasValue();
    }
    return 0;
}
