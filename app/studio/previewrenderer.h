#pragma once

#include "previewresult.h"

#include <base/channel.h>
#include <base/json.h>
#include <template/handlebars.h>

#include <QtCore/QMap>
#include <QtCore/QObject>
#include <QtCore/QThreadPool>

#include <atomic>
#include <memory>

namespace sendivent::app {

// What to render for a preview: one channel's template fields against one context.
struct PreviewRequest
{
    Channel channel = Channel::Email;
    QMap<QString, QString> fields; // field → Handlebars source
    Json context = Json::object(); // as a send builds it (MessageRenderer::context)
    hbs::Partials partials;
};

// Renders previews off the GUI thread, one at a time, and reports only the newest:
// a request superseded before it started is skipped, one superseded while running
// is dropped when it ends. A large template never stalls typing.
class PreviewRenderer final : public QObject
{
    Q_OBJECT
public:
    explicit PreviewRenderer(QObject *parent = nullptr);
    ~PreviewRenderer() override;

    // Returns the request's generation; rendered() carries it back.
    quint64 render(PreviewRequest request);
    quint64 latestGeneration() const { return m_latest->load(); }

    // The rendering itself: the send's (renderFields()), every field tried so each
    // one's problem shows.
    static PreviewResult renderNow(const PreviewRequest &request);

Q_SIGNALS:
    void rendered(const sendivent::app::PreviewResult &result);

private:
    QThreadPool m_pool;
    std::shared_ptr<std::atomic<quint64>> m_latest;
};

} // namespace sendivent::app
