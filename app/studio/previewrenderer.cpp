#include "previewrenderer.h"

#include <send/fieldrenderer.h>


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
    // Posted back to this object, not a QFuture continuation: Qt 6.4 once ran the
    // continuation of such a render with a moved-from promise (a crash, see
    // base/returnpath.h). Posting to `this` from the pool is safe: the destructor
    // waits for the pool before this object goes, and its queued events go with it.
    m_pool.start([this, request = std::move(request), generation, latest] {
        if (latest->load() != generation)
            return; // superseded while it waited
        PreviewResult result = renderNow(request);
        result.generation = generation;
        QMetaObject::invokeMethod(this, [this, result = std::move(result)] {
            if (result.generation == m_latest->load())
                Q_EMIT rendered(result);
        }, Qt::QueuedConnection);
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
