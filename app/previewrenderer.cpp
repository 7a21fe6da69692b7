#include "previewrenderer.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QFuture>

namespace sendivent::app {

using namespace Qt::StringLiterals;

PreviewRenderer::PreviewRenderer(QObject *parent)
    : QObject(parent)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<sendivent::app::PreviewResult>();
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(u"preview-renderer"_s);
}

PreviewRenderer::~PreviewRenderer()
{
    // Every queued render is stale now and skips itself; the running one finishes
    // before the pool goes.
    m_latest->fetch_add(1);
    m_pool.waitForDone();
}

quint64 PreviewRenderer::render(PreviewRequest request)
{
    const quint64 generation = m_latest->fetch_add(1) + 1;
    auto latest = m_latest;
    QtConcurrent::run(&m_pool, [request = std::move(request), generation, latest]() -> std::optional<PreviewResult> {
        if (latest->load() != generation)
            return std::nullopt; // superseded while it waited
        PreviewResult result = renderNow(request);
        result.generation = generation;
        return result;
    }).then(this, [this](const std::optional<PreviewResult> &result) {
        if (result && result->generation == m_latest->load())
            Q_EMIT rendered(*result);
    });
    return generation;
}

PreviewResult PreviewRenderer::renderNow(const PreviewRequest &request)
{
    PreviewResult result;
    result.channel = request.channel;
    for (auto it = request.fields.cbegin(); it != request.fields.cend(); ++it) {
        FieldPreview field;
        const std::string source = it.value().toStdString();
        const hbs::Compiled compiled = hbs::Template::compile(source);
        if (!compiled) {
            const hbs::SyntaxError &e = compiled.error();
            field.syntax = TextProblem {e.line, e.column, QString::fromStdString(e.message)};
        } else {
            // As MessageRenderer::render: only an email's html is HTML-escaped.
            const auto escaping = it.key() == u"html"_s ? hbs::Escaping::Html : hbs::Escaping::None;
            const hbs::RenderResult out = compiled.value().render(request.context, request.partials, escaping);
            if (out)
                field.output = QString::fromStdString(out.value());
            else
                field.renderError = QString::fromStdString(out.error());
        }
        result.fields.insert(it.key(), std::move(field));
    }
    return result;
}

} // namespace sendivent::app
