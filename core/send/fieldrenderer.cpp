#include "fieldrenderer.h"

#include "template/handlebars.h"

namespace sendivent {

using namespace Qt::StringLiterals;

namespace {

FieldProblem syntaxProblem(const QString &field, const hbs::SyntaxError &e)
{
    return {field, FieldProblem::Kind::Syntax, e.line, e.column, QString::fromStdString(e.message)};
}

} // namespace

hbs::Escaping fieldEscaping(const QString &field)
{
    return field == u"html"_s ? hbs::Escaping::Html : hbs::Escaping::None;
}

RenderedFields renderFields(Channel channel, const QMap<QString, QString> &sources, const Json &context,
                            const hbs::Partials &partials, OnFieldProblem onProblem, hbs::TemplateCache *cache,
                            quint64 cacheKey, const QMap<QString, QString> &overrides)
{
    RenderedFields out;
    const QStringList fields = templateFields(channel);
    for (const QString &field : fields) {
        if (overrides.contains(field)) {
            out.content[toStd(field)] = toStd(overrides.value(field));
            continue;
        }
        const auto source = sources.constFind(field);
        if (source == sources.cend())
            continue;
        const std::string text = source->toStdString();
        const hbs::Compiled compiled = cache ? cache->get(cacheKey, text) : hbs::Template::compile(text);
        if (!compiled) {
            out.problems.append(syntaxProblem(field, compiled.error()));
            if (onProblem == OnFieldProblem::Stop)
                return out;
            continue;
        }
        hbs::RenderResult rendered = compiled.value().render(context, partials, fieldEscaping(field));
        if (!rendered) {
            out.problems.append({field, FieldProblem::Kind::Render, 0, 0, QString::fromStdString(rendered.error())});
            if (onProblem == OnFieldProblem::Stop)
                return out;
            continue;
        }
        out.content[toStd(field)] = std::move(rendered).value();
    }
    return out;
}

std::optional<FieldProblem> syntaxProblem(const QString &field, const QString &source)
{
    const hbs::Compiled compiled = hbs::Template::compile(source.toStdString());
    if (compiled)
        return std::nullopt;
    return syntaxProblem(field, compiled.error());
}

QString FieldProblem::toString() const
{
    if (!isSyntax())
        return u"%1: %2"_s.arg(field, message);
    // The parser's own "LINE:COL: message", as the send always reported it.
    return field + u": "_s + QString::fromStdString(hbs::SyntaxError {line, column, message.toStdString()}.toString());
}

} // namespace sendivent
