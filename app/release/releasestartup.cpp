#include "releasestartup.h"

#include <remote/credentialstore.h>

#include <QtCore/QEventLoop>
#include <QtCore/QFutureWatcher>
#include <QtCore/QTimer>

namespace sendivent::app {

namespace {
constexpr int kHeadlessKeychainWaitMs = 10'000;
constexpr int kGuiKeychainWaitMs = 120'000; // long enough to type the keychain's own password
} // namespace

QString smtpPassword(const mail::ReleaseSettings &settings, bool headless)
{
    if (!settings.isConfigured() || settings.server.username.isEmpty())
        return {};
    const QString fromEnvironment = qEnvironmentVariable("SENDIVENT_SMTP_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    CredentialStore store;
    QFutureWatcher<Result<std::optional<QString>>> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(store.readEntry(CredentialStore::smtpEntryName()));
    QTimer::singleShot(headless ? kHeadlessKeychainWaitMs : kGuiKeychainWaitMs, &loop, &QEventLoop::quit);
    if (!watcher.isFinished())
        loop.exec();
    if (!watcher.isFinished() || !watcher.result() || !watcher.result().value())
        return {};
    return *watcher.result().value();
}

} // namespace sendivent::app
