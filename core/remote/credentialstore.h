#pragma once

#include "base/result.h"
#include "deliveries/delivery.h"

#include <QtCore/QFuture>
#include <QtCore/QMap>
#include <QtCore/QObject>

#include <optional>

namespace sendivent {

// Where a key given to CredentialStore::write() ended up.
enum class KeyStorage {
    Keychain, // the OS keychain: it is there at the next start
    Session,  // no keychain: kept in memory until the application quits
};

// The remote API keys, one per environment (and the SMTP password), in the OS keychain through QtKeychain
// (service "com.sendivent.Console", entries "sandbox" and "production"). Every call
// is asynchronous. When the keychain answers with anything but "not found" (on Linux
// that is what a missing Secret Service gives), the store says so once through
// keychainUnavailable(), stops asking it, and keeps keys in memory for the session.
// A key is never written anywhere else.
class CredentialStore final : public QObject
{
    Q_OBJECT
public:
    explicit CredentialStore(QString service = serviceName(), QObject *parent = nullptr);

    static QString serviceName();
    static QString entryName(Environment environment);

    // The stored key, or nullopt when there is none.
    QFuture<Result<std::optional<QString>>> read(Environment environment) { return readEntry(entryName(environment)); }
    QFuture<Result<KeyStorage>> write(Environment environment, const QString &key)
    {
        return writeEntry(entryName(environment), key);
    }
    // Removing a key that is not there is not an error.
    QFuture<Status> remove(Environment environment) { return removeEntry(entryName(environment)); }

    // The entry of the SMTP password that releasing mail to a real inbox uses (issue 23).
    static QString smtpEntryName();
    // Any entry of the service by name, with the same rules as the keys.
    QFuture<Result<std::optional<QString>>> readEntry(const QString &entry);
    QFuture<Result<KeyStorage>> writeEntry(const QString &entry, const QString &secret);
    QFuture<Status> removeEntry(const QString &entry);

    bool keychainAvailable() const { return m_unavailableReason.isEmpty(); }
    // Why the keychain cannot be used, as QtKeychain put it; empty while it can.
    QString unavailableReason() const { return m_unavailableReason; }

Q_SIGNALS:
    // Emitted once, the first time the keychain fails.
    void keychainUnavailable(const QString &reason);

private:
    void markUnavailable(const QString &reason);

    QString m_service;
    QString m_unavailableReason;
    QMap<QString, QString> m_session; // only while the keychain is unavailable
};

} // namespace sendivent
