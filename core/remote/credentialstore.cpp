#include "credentialstore.h"

#include <qt6keychain/keychain.h>

#include <QtCore/QLoggingCategory>

namespace sendivent {

Q_LOGGING_CATEGORY(lcCredentials, "sendivent.credentials")

using namespace Qt::StringLiterals;

namespace {

template <typename T>
QFuture<T> ready(T value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

// Starts `job` and hands it to `done` once it finished; the job deletes itself after.
template <typename Job, typename Done>
void run(Job *job, QObject *context, Done done)
{
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done] { done(job); });
    job->start();
}

} // namespace

CredentialStore::CredentialStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

QString CredentialStore::serviceName()
{
    return QStringLiteral(SENDIVENT_APP_ID);
}

QString CredentialStore::entryName(Environment environment)
{
    return environmentName(environment);
}

void CredentialStore::markUnavailable(const QString &reason)
{
    if (!m_unavailableReason.isEmpty())
        return;
    m_unavailableReason = reason.isEmpty() ? tr("the system keychain did not answer") : reason;
    qCWarning(lcCredentials).noquote() << "system keychain unavailable, API keys are kept for this session only:"
                                       << m_unavailableReason;
    Q_EMIT keychainUnavailable(m_unavailableReason);
}

QString CredentialStore::smtpEntryName()
{
    return u"smtp"_s;
}

QFuture<Result<std::optional<QString>>> CredentialStore::readEntry(const QString &entry)
{
    using Answer = Result<std::optional<QString>>;
    if (!keychainAvailable()) {
        const auto it = m_session.constFind(entry);
        return ready<Answer>(it == m_session.cend() ? std::optional<QString>() : std::optional<QString>(*it));
    }
    auto promise = std::make_shared<QPromise<Answer>>();
    promise->start();
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(entry);
    run(job, this, [this, promise, entry](QKeychain::ReadPasswordJob *finished) {
        std::optional<QString> key;
        if (finished->error() == QKeychain::NoError) {
            key = finished->textData();
        } else if (finished->error() != QKeychain::EntryNotFound) {
            markUnavailable(finished->errorString());
            if (const auto it = m_session.constFind(entry); it != m_session.cend())
                key = *it;
        }
        promise->addResult(Answer(std::move(key)));
        promise->finish();
    });
    return promise->future();
}

QFuture<Result<KeyStorage>> CredentialStore::writeEntry(const QString &entry, const QString &key)
{
    using Answer = Result<KeyStorage>;
    if (key.isEmpty())
        return ready<Answer>(Error::validation(tr("An API key cannot be empty")));
    if (!keychainAvailable()) {
        m_session.insert(entry, key);
        return ready<Answer>(KeyStorage::Session);
    }
    auto promise = std::make_shared<QPromise<Answer>>();
    promise->start();
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(entry);
    job->setTextData(key);
    run(job, this, [this, promise, entry, key](QKeychain::WritePasswordJob *finished) {
        KeyStorage storage = KeyStorage::Keychain;
        if (finished->error() != QKeychain::NoError) {
            markUnavailable(finished->errorString());
            m_session.insert(entry, key);
            storage = KeyStorage::Session;
        }
        promise->addResult(Answer(storage));
        promise->finish();
    });
    return promise->future();
}

QFuture<Status> CredentialStore::removeEntry(const QString &entry)
{
    m_session.remove(entry);
    if (!keychainAvailable())
        return ready<Status>(Status());
    auto promise = std::make_shared<QPromise<Status>>();
    promise->start();
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(entry);
    run(job, this, [this, promise](QKeychain::DeletePasswordJob *finished) {
        Status status;
        if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound) {
            markUnavailable(finished->errorString());
            // A key stored by an earlier session may still be there.
            status = Error{ErrorCode::ServerError,
                           tr("The key could not be removed from the system keychain: %1").arg(finished->errorString()),
                           {}};
        }
        promise->addResult(status);
        promise->finish();
    });
    return promise->future();
}

} // namespace sendivent
