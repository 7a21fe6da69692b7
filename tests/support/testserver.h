#pragma once

#include <localserver.h>

#include <QtCore/QTemporaryDir>
#include <QtCore/QUrl>

#include <memory>

namespace sendivent::test {

inline const QString kSandboxKey = QStringLiteral("test_sandboxkey0123456789");
inline const QString kProductionKey = QStringLiteral("live_productionkey0123456789");

// A real LocalServer on 127.0.0.1, port 0, over a fresh temporary data folder, with
// one sandbox and one production key registered. Rate limits and quotas are off
// unless a test asks for them (sandbox allows only 10 requests a second).
class TestServer final
{
public:
    enum class Limits { Off, On };
    explicit TestServer(server::LocalServerOptions options = {}, Limits limits = Limits::Off);
    ~TestServer();

    // Starts it; false (with the error in lastError()) when it did not.
    bool start();
    void stop();
    QString lastError() const { return m_error; }

    server::LocalServer &server() { return *m_server; }
    quint16 port() const { return m_server->port(); }
    QUrl url(const QString &pathAndQuery) const;
    QString dataDir() const { return m_options.dataDir; }
    QString databasePath() const;

private:
    QTemporaryDir m_dir;
    server::LocalServerOptions m_options;
    std::unique_ptr<server::LocalServer> m_server;
    QString m_error;
};

} // namespace sendivent::test
