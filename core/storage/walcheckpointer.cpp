#include "walcheckpointer.h"

#include "connectionhooks.h"
#include "database.h"

#include <QtCore/QLoggingCategory>
#include <QtCore/QTimer>

#include <memory>

namespace sendivent {

Q_LOGGING_CATEGORY(lcCheckpoint, "sendivent.database.checkpoint")

using namespace Qt::StringLiterals;

WalCheckpointer::WalCheckpointer(const Database &db, std::chrono::milliseconds interval, int writerThreshold)
{
    setAutoCheckpoint(db, writerThreshold);
    const QString databasePath = db.filePath();
    m_thread.setObjectName(u"wal-checkpointer"_s);
    // Created and destroyed on the checkpointer's thread: its connection lives there.
    auto *timer = new QTimer;
    timer->setInterval(interval);
    timer->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::started, timer, [timer, databasePath] {
        auto own = std::make_shared<Database>(databasePath);
        QObject::connect(timer, &QTimer::timeout, timer, [own] {
            // PASSIVE: copies what it can without waiting for readers or the writer.
            if (auto done = execSql(*own, u"PRAGMA wal_checkpoint(PASSIVE)"_s); !done)
                qCWarning(lcCheckpoint) << "checkpoint failed";
        });
        timer->start();
    });
    QObject::connect(&m_thread, &QThread::finished, timer, &QObject::deleteLater);
    m_thread.start();
}

WalCheckpointer::~WalCheckpointer()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace sendivent
