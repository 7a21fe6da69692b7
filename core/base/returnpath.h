#pragma once

#include <QtCore/QMutex>
#include <QtCore/QObject>
#include <QtCore/QThread>

#include <utility>

namespace sendivent {

// The way back from work on another thread (the services', a pool's) to the thread of
// the object that asked for it, safe against that object's destruction.
//
// Qt 6.4's QFuture::then(context, ...) is not a safe way back. It dispatches from the
// thread that finishes the future: it reads the context's QPointer there and posts to
// the context while the context's own thread may be destroying it. And a continuation
// attached on one thread while another finishes the future has crashed here: CI's
// tst_deliveriespage SIGSEGV was the preview's continuation run with a moved-from
// QPromise (QFutureInterfaceBase::reportStarted on a null d).
//
// The object makes one path, shares it (std::shared_ptr) with the work it starts, and
// closes it first thing in its destructor. Work posted while the path is open reaches
// the object's thread; what is queued when the object goes is removed with its other
// events; after close() nothing is posted.
class ReturnPath
{
public:
    explicit ReturnPath(QObject *home)
        : m_home(home)
    {
    }

    // Runs `work` on the home object's thread: at once when called there, else queued.
    // False, and `work` not run, once the path is closed.
    template <typename Work>
    bool post(Work &&work)
    {
        {
            QMutexLocker lock(&m_mutex);
            if (!m_home)
                return false;
            // Posted under the lock, so the home cannot start going in between.
            if (m_home->thread() != QThread::currentThread()) {
                QMetaObject::invokeMethod(m_home, std::forward<Work>(work), Qt::QueuedConnection);
                return true;
            }
        }
        work(); // outside the lock: the work may start more work that posts
        return true;
    }

    // From the home object's destructor, before anything else.
    void close()
    {
        QMutexLocker lock(&m_mutex);
        m_home = nullptr;
    }

private:
    QMutex m_mutex;
    QObject *m_home;
};

} // namespace sendivent
