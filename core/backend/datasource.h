#pragma once

#include "remote/credentialstore.h"
#include "remote/remotebackend.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>

namespace sendivent {

enum class DataSourceKind { Local, Sandbox, Production };

// Which backend the GUI browses (the toolbar's Local / Sandbox / Production switch):
// the local one, or a remote API with its key from the keychain. Pages call through
// current() and reload on backendChanged(); the remote backends are made on first use.
class DataSource final : public QObject
{
    Q_OBJECT
public:
    DataSource(Backend *local, CredentialStore *credentials, QObject *parent = nullptr);

    DataSourceKind kind() const { return m_kind; }
    Backend *current() const;
    Backend *local() const { return m_local; }
    CredentialStore *credentials() const { return m_credentials; }
    RemoteBackend *remote(Environment environment);

    // The base URL a remote uses (--remote-url, on-premise); the reference's by default.
    void setRemoteUrl(Environment environment, const QUrl &url);
    QUrl remoteUrl(Environment environment) const;

    // Switches to `kind`. A remote needs its key: one given this session, else the
    // keychain's; with none it emits keyRequired(kind) and stays where it is. When
    // several selections overlap, the last one wins.
    void select(DataSourceKind kind);
    // A key typed by the user for `kind`: checked against the environment's prefix
    // (test_ sandbox, live_ production), kept for the backend, written to the keychain
    // (keyStored() says where it went), and `kind` selected.
    void provideKey(DataSourceKind kind, const QString &key);
    // Removes the key from the keychain and the backend; a remote in use falls back
    // to Local.
    void forgetKey(DataSourceKind kind);

    // Production is marked in the window, and sending to it asks first.
    bool isProduction() const { return m_kind == DataSourceKind::Production; }
    bool sendNeedsConfirmation() const { return isProduction(); }

    static std::optional<Environment> environmentOf(DataSourceKind kind);

Q_SIGNALS:
    void backendChanged(sendivent::Backend *backend);
    void keyRequired(sendivent::DataSourceKind kind);
    void keyStored(sendivent::DataSourceKind kind, sendivent::KeyStorage storage);
    // A selection or a key that could not be used, with the reason to show.
    void selectionFailed(sendivent::DataSourceKind kind, const QString &message);

private:
    void activate(DataSourceKind kind);

    Backend *m_local;
    QPointer<CredentialStore> m_credentials;
    RemoteBackend *m_remotes[2] = {nullptr, nullptr};
    QUrl m_urls[2];
    DataSourceKind m_kind = DataSourceKind::Local;
    DataSourceKind m_requested = DataSourceKind::Local;
};

} // namespace sendivent
