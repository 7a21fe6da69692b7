#include "testserver.h"

#include <QtCore/QDir>

namespace sendivent::test {

TestServer::TestServer(server::LocalServerOptions options, Limits limits)
    : m_options(std::move(options))
{
    m_options.limits = limits == Limits::On;
    if (m_options.dataDir.isEmpty())
        m_options.dataDir = m_dir.path();
    m_options.host = QHostAddress::LocalHost;
    m_options.port = 0;
    if (m_options.apiKeys.isEmpty())
        m_options.apiKeys = {kSandboxKey, kProductionKey};
}

TestServer::~TestServer() = default;

bool TestServer::start()
{
    m_server = std::make_unique<server::LocalServer>(m_options);
    const Status s = m_server->start();
    m_error = s ? QString() : s.error().message;
    return bool(s);
}

void TestServer::stop()
{
    m_server.reset();
}

QUrl TestServer::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(pathAndQuery));
}

QString TestServer::databasePath() const
{
    return QDir(m_options.dataDir).filePath(server::LocalServer::databaseFileName());
}

} // namespace sendivent::test
