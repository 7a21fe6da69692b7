// The product's template syntax check, used to validate fixtures and workspace edits.
#include "fixture.h"

#include "template/handlebars.h"

namespace sendivent {

std::optional<QString> handlebarsSyntaxError(const QString &source)
{
    const std::string utf8 = source.toStdString();
    const hbs::Compiled compiled = hbs::Template::compile(utf8);
    if (compiled)
        return std::nullopt;
    return QString::fromStdString(compiled.error().toString());
}

} // namespace sendivent
