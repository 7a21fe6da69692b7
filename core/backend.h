#pragma once

#include "result.h"
#include "workspace.h"

#include <QtCore/QFuture>
#include <QtCore/QObject>

namespace sendivent {

// The service interface the GUI browses, whatever is behind it: the local database or
// the remote Sendivent API. Every call is asynchronous (a remote answer takes time);
// the local backend answers with futures that are already finished.
class Backend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QString displayName() const = 0;
    // Template editing and simulation exist only on the local backend.
    virtual bool isLocal() const = 0;

    virtual QFuture<Result<QList<Event>>> events() = 0;
    virtual QFuture<Result<Event>> event(const QString &identifier) = 0;
    virtual QFuture<Result<QList<Integration>>> integrations() = 0;

Q_SIGNALS:
    // Something the pages show may have changed; they reload what they display.
    void dataChanged();
};

} // namespace sendivent
