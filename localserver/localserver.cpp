#include "localserver.h"

#include "router.h"
#include "servercontext.h"

#include <database.h>

#include <QtCore/QDir>
#include <QtCore/QFile>

namespace sendivent::server {

using namespace Qt::StringLiterals;

LocalServer::LocalServer(LocalServerOptions options, ChangeNotifier *notifier, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_notifier(notifier)
{
    qRegisterMetaType<sendivent::server::ExchangeRecord>();
}

LocalServer::~LocalServer()
{
    stop();
}

QString LocalServer::databaseFileName()
{
    return u"sendivent.db"_s;
}

Status LocalServer::start()
{
    m_db = std::make_unique<Database>(QDir(m_options.dataDir).filePath(databaseFileName()));
    if (Status s = m_db->open(); !s)
        return s;
    m_context = std::make_unique<ServerContext>(*m_db, m_notifier);

    for (const QString &key : std::as_const(m_options.apiKeys)) {
        if (!m_context->keys.addRuntimeKey(key))
            return Error::validation(u"--api-key must start with test_ or live_ followed by the key"_s);
    }
    if (!m_context->keys.hasRuntimeKeys()) {
        auto stored = m_context->keys.storedKeys();
        if (!stored)
            return stored.error();
        if (stored->isEmpty()) {
            auto created = m_context->keys.createKey(Environment::Sandbox, u"first start"_s);
            if (!created)
                return created.error();
            m_firstRunKey = *created;
        }
    }
    if (Status s = seed(); !s)
        return s;

    m_router = std::make_unique<Router>();
    registerSystemRoutes(*m_router, *m_context);
    registerEventRoutes(*m_router, *m_context);
    registerIntegrationRoutes(*m_router, *m_context);
    registerLocalRoutes(*m_router, *m_context);

    auto *http = new HttpServer(*m_router, m_context->keys, m_options.http, this);
    QString error;
    if (!http->listenOn(m_options.host, m_options.port, &error)) {
        delete http;
        m_failedToListen = true;
        return Error{ErrorCode::ServerError, error, {}};
    }
    connect(http, &HttpServer::exchangeFinished, this, &LocalServer::exchangeFinished);
    m_http = http;
    return {};
}

Status LocalServer::seed()
{
    if (m_options.seedFile.isEmpty())
        return m_context->workspace.seedDemoIfEmpty();
    QFile file(m_options.seedFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error::validation(u"Cannot read the seed file %1"_s.arg(m_options.seedFile));
    QString problem;
    auto json = parseJson(file.readAll(), &problem);
    if (!json)
        return Error::validation(u"The seed file is not valid JSON: "_s + problem);
    auto imported = m_context->workspace.importFixture(*json);
    if (!imported)
        return imported.error();
    return {};
}

void LocalServer::stop()
{
    delete m_http;
    m_http = nullptr;
}

quint16 LocalServer::port() const
{
    return m_http ? m_http->port() : 0;
}

QString LocalServer::url() const
{
    QString host = m_options.host.toString();
    if (m_options.host.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    return u"http://%1:%2"_s.arg(host).arg(port());
}

} // namespace sendivent::server
