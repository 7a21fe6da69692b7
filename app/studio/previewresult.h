#pragma once

#include "widgets/jsontext.h"

#include <base/channel.h>

#include <QtCore/QMap>
#include <QtCore/QString>

#include <optional>

// What a preview shows, apart from how it is rendered: the views include this, and
// only the renderer and the studio see the template engine.
namespace sendivent::app {

// One field of a preview, in the editor's terms: the core's rendering of it
// (renderFields(), the send's own) with its problem split for the view.
struct FieldPreview
{
    QString output;
    std::optional<TextProblem> syntax; // the parser's line and column
    QString renderError; // a missing partial, a helper misused, the budget
    bool ok() const { return !syntax && renderError.isEmpty(); }
};

struct PreviewResult
{
    quint64 generation = 0;
    Channel channel = Channel::Email;
    QMap<QString, FieldPreview> fields;
};

} // namespace sendivent::app
