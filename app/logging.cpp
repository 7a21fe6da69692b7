#include "logging.h"

#include <base/json.h>
#include <httpserver.h>

#include <QtCore/QDateTime>
#include <QtCore/QLoggingCategory>

#include <cstdio>

namespace sendivent::app {

Q_LOGGING_CATEGORY(lcRequests, "sendivent.requests")

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

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
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
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
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
    // Never the bodies: they may hold personal data; the journal keeps them masked.
    qCInfo(lcRequests).noquote() << r.method << r.path << r.status
                                 << QString::number(double(r.durationUs) / 1000.0, 'f', 2) + QStringLiteral("ms")
                                 << r.requestId;
}

} // namespace sendivent::app
