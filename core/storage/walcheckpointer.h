#pragma once

#include <QtCore/QString>
#include <QtCore/QThread>

#include <chrono>

namespace sendivent {

class Database;

// Does most of SQLite's WAL checkpointing on a thread of its own. By default the
// connection whose commit crosses the WAL threshold copies the pages back and fsyncs
// the file — on the server's thread, in the middle of a request, every few hundred
// sends. Here frequent passive checkpoints (which never block readers or writers)
// copy the pages as they come. The writer keeps a checkpoint of its own at a higher
// threshold, because only a checkpoint that catches up with the last commit lets the
// next commit start the WAL file over: without it the file grows for as long as
// writes never pause.
class WalCheckpointer final
{
public:
    // The constructing thread's connection (the server's) checkpoints only past
    // `writerThreshold` pages; other connections keep SQLite's default.
    explicit WalCheckpointer(const Database &db, std::chrono::milliseconds interval = std::chrono::milliseconds(20),
                             int writerThreshold = 4000);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

private:
    QThread m_thread;
};

} // namespace sendivent
