#include "localbackend.h"

#include "changenotifier.h"

namespace sendivent {

using namespace Qt::StringLiterals;

namespace {

template <typename T>
QFuture<Result<T>> ready(Result<T> value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

} // namespace

LocalBackend::LocalBackend(const Database &db, ChangeNotifier *notifier, QObject *parent)
    : Backend(parent)
    , m_workspace(db, notifier)
{
    if (notifier) {
        connect(notifier, &ChangeNotifier::workspaceChanged, this, &Backend::dataChanged);
        connect(notifier, &ChangeNotifier::contactsChanged, this, &Backend::dataChanged);
        connect(notifier, &ChangeNotifier::trafficReset, this, &Backend::dataChanged);
    }
}

QString LocalBackend::displayName() const
{
    return tr("Local");
}

QFuture<Result<QList<Event>>> LocalBackend::events()
{
    auto ws = m_workspace.current();
    if (!ws)
        return ready<QList<Event>>(ws.error());
    return ready<QList<Event>>((*ws)->events);
}

QFuture<Result<Event>> LocalBackend::event(const QString &identifier)
{
    auto ws = m_workspace.current();
    if (!ws)
        return ready<Event>(ws.error());
    if (const Event *e = (*ws)->findEvent(identifier))
        return ready<Event>(*e);
    return ready<Event>(Error{ErrorCode::EventNotFound, u"Event '%1' not found"_s.arg(identifier), {}});
}

QFuture<Result<QList<Integration>>> LocalBackend::integrations()
{
    auto ws = m_workspace.current();
    if (!ws)
        return ready<QList<Integration>>(ws.error());
    return ready<QList<Integration>>((*ws)->integrations);
}

} // namespace sendivent
