#pragma once

#include "base/result.h"

#include <QtCore/QString>

#include <memory>
#include <optional>

class QLockFile;

namespace sendivent {

// One process per data folder: an exclusive lock file in the folder, held for as long
// as this object lives. Two processes on one folder each kept their own idea of which
// idempotency keys were in flight and which webhook messages were due, so they sent
// twice (issue 18). A lock whose holder has died (kill -9, a crash, a power loss) is
// recognised by its PID and taken over.
class DataFolderLock final
{
public:
    // Who holds the lock when lock() fails because the folder is in use.
    struct Holder
    {
        qint64 pid = 0;
        QString hostName;
        QString appName;
    };

    explicit DataFolderLock(QString folder);
    ~DataFolderLock();
    DataFolderLock(const DataFolderLock &) = delete;
    DataFolderLock &operator=(const DataFolderLock &) = delete;

    // Creates the folder if need be and takes the lock, or says why not: the message
    // names the folder, and the holder's PID when another process has it.
    Status lock();
    bool isLocked() const;
    QString folder() const { return m_folder; }
    // Set when the last lock() failed because another live process holds the folder.
    const std::optional<Holder> &holder() const { return m_holder; }

    static QString lockFileName();

private:
    QString m_folder;
    std::unique_ptr<QLockFile> m_lock;
    std::optional<Holder> m_holder;
};

} // namespace sendivent
