#include "logging.h"

#include <base/json.h>
#include <httpserver.h>

#include <QtCore/QAbstractEventDispatcher>
#include <QtCore/QDateTime>
#include <QtCore/QLoggingCategory>
#include <QtCore/QPointer>

#include <cstdio>
#include <utility>

namespace sendivent::app {

Q_LOGGING_CATEGORY(lcRequests, "sendivent.requests")

using namespace Qt::StringLiterals;

namespace {

bool g_json = false;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "error";
    case QtFatalMsg: return "fatal";
    }
    return "info";
}

QByteArray formatLine(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QByteArray line;
    if (g_json) {
        const Json j = {{"time", toStd(time)},
                        {"level", levelName(type)},
                        {"category", context.category ? context.category : "default"},
                        {"message", toStd(message)}};
        line = dumpJson(j);
    } else {
        line = time.toUtf8() + ' ' + levelName(type) + ' ' + (context.category ? context.category : "default") + ": "
               + message.toUtf8();
    }
    line += '\n';
    return line;
}

void writeOut(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

// Request lines come at the request rate, one per answer. A thread with an event loop
// collects its own and writes them in one call when the loop is about to wait (so
// after what it is handling now), or once 16 KiB are waiting; a write each cost a
// tenth of the server thread under send load. Any other message, and a thread's end,
// write what waits first, so the lines keep their order.
thread_local bool t_pendingGone = false; // trivially destroyed: readable to the thread's end

class PendingLines
{
public:
    ~PendingLines()
    {
        flush();
        t_pendingGone = true;
    }

    void append(const QByteArray &line)
    {
        auto *dispatcher = QAbstractEventDispatcher::instance();
        if (!dispatcher) {
            writeOut(line);
            return;
        }
        if (dispatcher != m_dispatcher) {
            m_dispatcher = dispatcher;
            QObject::connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, dispatcher, [this] { flush(); });
        }
        m_bytes += line;
        if (m_bytes.size() >= kFlushAt)
            flush();
    }

    void flush() { writeOut(std::exchange(m_bytes, {})); }

private:
    static constexpr qsizetype kFlushAt = 16 * 1024;
    QPointer<QAbstractEventDispatcher> m_dispatcher;
    QByteArray m_bytes;
};

thread_local PendingLines t_pending;

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray line = formatLine(type, context, message);
    // After the thread's last destructors began, t_pending is gone: straight out.
    if (!t_pendingGone && type == QtInfoMsg && context.category
        && qstrcmp(context.category, lcRequests().categoryName()) == 0) {
        t_pending.append(line);
        return;
    }
    if (!t_pendingGone)
        t_pending.flush();
    writeOut(line);
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

void installLogHandler(bool json)
{
    g_json = json;
    qInstallMessageHandler(handler);
}

void logExchange(const server::ExchangeRecord &r)
{
    if (!lcRequests().isInfoEnabled())
        return;
    // Never the bodies: they may hold personal data; the journal keeps them masked.
    // The line straight to the handler: a QDebug stream per request cost more than
    // the line itself.
    const QString line = r.method + u' ' + r.path + u' ' + QString::number(r.status) + u' '
                         + QString::number(double(r.durationUs) / 1000.0, 'f', 2) + u"ms "_s + r.requestId;
    const QMessageLogContext context(nullptr, 0, nullptr, lcRequests().categoryName());
    qt_message_output(QtInfoMsg, context, line);
}

} // namespace sendivent::app
