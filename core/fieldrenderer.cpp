#include "fieldrenderer.h"

#include "template/handlebars.h"

namespace sendivent {

using namespace Qt::StringLiterals;

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
            const hbs::SyntaxError &e = compiled.error();
            out.problems.append({field, FieldProblem::Kind::Syntax, e.line, e.column, QString::fromStdString(e.message)});
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

QString FieldProblem::toString() const
{
    return isSyntax() ? u"%1: %2:%3: %4"_s.arg(field, QString::number(line), QString::number(column), message)
                      : u"%1: %2"_s.arg(field, message);
}

} // namespace sendivent
