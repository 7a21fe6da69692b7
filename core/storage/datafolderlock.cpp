#include "datafolderlock.h"

#include <QtCore/QDir>
#include <QtCore/QLockFile>
#include <QtCore/QSysInfo>

namespace sendivent {

using namespace Qt::StringLiterals;

DataFolderLock::DataFolderLock(QString folder)
    : m_folder(std::move(folder))
{
}

DataFolderLock::~DataFolderLock() = default; // QLockFile's destructor unlocks

QString DataFolderLock::lockFileName()
{
    return u"sendivent.lock"_s;
}

bool DataFolderLock::isLocked() const
{
    return m_lock && m_lock->isLocked();
}

Status DataFolderLock::lock()
{
    m_holder.reset();
    if (isLocked())
        return {};
    const QString shown = QDir::toNativeSeparators(QDir(m_folder).absolutePath());
    if (!QDir().mkpath(m_folder)) {
        return Error{ErrorCode::ServerError,
                     u"Cannot create the data folder %1. Check that its parent folder exists and is writable, "
                     "or start with another --data-dir."_s.arg(shown),
                     {}};
    }
    m_lock = std::make_unique<QLockFile>(QDir(m_folder).filePath(lockFileName()));
    // Never stale by age: the holder may run for weeks. A holder that died is still
    // found out, by its PID (QLockFile checks whether that process is alive and is
    // the same program), so a kill -9 never blocks the next start.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0))
        return {};

    switch (m_lock->error()) {
    case QLockFile::LockFailedError: {
        Holder holder;
        if (!m_lock->getLockInfo(&holder.pid, &holder.hostName, &holder.appName)) {
            // Released or taken over between the attempt and the read: one more try.
            if (m_lock->tryLock(0))
                return {};
            m_lock->getLockInfo(&holder.pid, &holder.hostName, &holder.appName);
        }
        const bool elsewhere = !holder.hostName.isEmpty() && holder.hostName != QSysInfo::machineHostName();
        const QString who = elsewhere ? u"PID %1 on %2"_s.arg(holder.pid).arg(holder.hostName)
                                      : u"PID %1"_s.arg(holder.pid);
        m_holder = holder;
        return Error{ErrorCode::Conflict,
                     u"The data folder %1 is in use by another Sendivent Console (%2). Stop that one, "
                     "or start this one with another --data-dir."_s.arg(shown, who),
                     {}};
    }
    case QLockFile::PermissionError:
        return Error{ErrorCode::ServerError,
                     u"The data folder %1 is read-only (its lock file %2 cannot be created). Make the folder "
                     "writable, or copy it somewhere writable and start with --data-dir set to the copy."_s
                         .arg(shown, lockFileName()),
                     {}};
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        break;
    }
    return Error{ErrorCode::ServerError,
                 u"Cannot lock the data folder %1 (its lock file %2 cannot be written). Check the folder, "
                 "or start with another --data-dir."_s.arg(shown, lockFileName()),
                 {}};
}

} // namespace sendivent
