#include "previewrenderer.h"

#include <send/fieldrenderer.h>

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QFuture>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

FieldPreview failedField(const FieldProblem &problem)
{
    FieldPreview field;
    if (problem.isSyntax())
        field.syntax = TextProblem {problem.line, problem.column, problem.message};
    else
        field.renderError = problem.message;
    return field;
}

} // namespace

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
    const RenderedFields rendered =
        renderFields(request.channel, request.fields, request.context, request.partials, OnFieldProblem::Continue);
    for (auto it = rendered.content.begin(); it != rendered.content.end(); ++it) {
        FieldPreview field;
        field.output = QString::fromStdString(it.value().get<std::string>());
        result.fields.insert(toQt(it.key()), std::move(field));
    }
    for (const FieldProblem &problem : rendered.problems)
        result.fields.insert(problem.field, failedField(problem));
    return result;
}

} // namespace sendivent::app
