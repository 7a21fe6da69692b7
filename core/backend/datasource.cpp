#include "datasource.h"

#include "auth/apikey.h"

namespace sendivent {

namespace {

int slot(Environment environment)
{
    return environment == Environment::Production ? 1 : 0;
}

} // namespace

DataSource::DataSource(Backend *local, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_local(local)
    , m_credentials(credentials)
{
}

std::optional<Environment> DataSource::environmentOf(DataSourceKind kind)
{
    switch (kind) {
    case DataSourceKind::Local: return std::nullopt;
    case DataSourceKind::Sandbox: return Environment::Sandbox;
    case DataSourceKind::Production: return Environment::Production;
    }
    return std::nullopt;
}

Backend *DataSource::current() const
{
    const auto environment = environmentOf(m_kind);
    return environment ? m_remotes[slot(*environment)] : m_local;
}

RemoteBackend *DataSource::remote(Environment environment)
{
    RemoteBackend *&backend = m_remotes[slot(environment)];
    if (!backend)
        backend = new RemoteBackend(environment, remoteUrl(environment), this);
    return backend;
}

void DataSource::setRemoteUrl(Environment environment, const QUrl &url)
{
    m_urls[slot(environment)] = url;
    if (RemoteBackend *backend = m_remotes[slot(environment)])
        backend->client().setBaseUrl(remoteUrl(environment));
}

QUrl DataSource::remoteUrl(Environment environment) const
{
    const QUrl &url = m_urls[slot(environment)];
    return url.isValid() && !url.isEmpty() ? url : defaultRemoteUrl(environment);
}

void DataSource::activate(DataSourceKind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    Q_EMIT backendChanged(current());
}

void DataSource::select(DataSourceKind kind)
{
    m_requested = kind;
    const auto environment = environmentOf(kind);
    if (!environment || remote(*environment)->hasApiKey()) {
        activate(kind);
        return;
    }
    if (!m_credentials) {
        Q_EMIT keyRequired(kind);
        return;
    }
    m_credentials->read(*environment).then(this, [this, kind, environment](const Result<std::optional<QString>> &key) {
        if (m_requested != kind)
            return; // another selection came after this one
        if (!key) {
            Q_EMIT selectionFailed(kind, key.error().message);
            return;
        }
        if (!key->has_value()) {
            Q_EMIT keyRequired(kind);
            return;
        }
        remote(*environment)->setApiKey(**key);
        activate(kind);
    });
}

void DataSource::provideKey(DataSourceKind kind, const QString &key)
{
    const auto environment = environmentOf(kind);
    if (!environment)
        return;
    const QString trimmed = key.trimmed();
    if (environmentOfKey(trimmed) != environment) {
        Q_EMIT selectionFailed(kind, *environment == Environment::Production
                                         ? tr("A production API key starts with live_")
                                         : tr("A sandbox API key starts with test_"));
        return;
    }
    remote(*environment)->setApiKey(trimmed);
    if (m_credentials) {
        m_credentials->write(*environment, trimmed).then(this, [this, kind](const Result<KeyStorage> &stored) {
            if (stored)
                Q_EMIT keyStored(kind, *stored);
            else
                Q_EMIT selectionFailed(kind, stored.error().message);
        });
    }
    m_requested = kind;
    activate(kind);
}

void DataSource::forgetKey(DataSourceKind kind)
{
    const auto environment = environmentOf(kind);
    if (!environment)
        return;
    if (RemoteBackend *backend = m_remotes[slot(*environment)])
        backend->setApiKey(QString());
    if (m_credentials) {
        m_credentials->remove(*environment).then(this, [this, kind](const Status &removed) {
            if (!removed)
                Q_EMIT selectionFailed(kind, removed.error().message);
        });
    }
    if (m_kind == kind) {
        m_requested = DataSourceKind::Local;
        activate(DataSourceKind::Local);
    }
}

} // namespace sendivent
