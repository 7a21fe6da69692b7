#include "proxystartup.h"

#include "apikeydialog.h"

#include <auth/apikey.h>
#include <remote/credentialstore.h>
#include <remote/remoteclient.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QEventLoop>
#include <QtCore/QFutureWatcher>
#include <QtCore/QTimer>
#include <QtWidgets/QMessageBox>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

// How long a start waits for the keychain: headless briefly; the GUI long enough for
// the user to type the keychain's password when it asks.
constexpr int kHeadlessKeychainWaitMs = 10'000;
constexpr int kGuiKeychainWaitMs = 120'000;

ProxyStartup refuse(const QString &message)
{
    ProxyStartup out;
    out.exitCode = 2;
    out.message = message;
    return out;
}

bool askForProduction(const QUrl &url)
{
    return QMessageBox::warning(nullptr, QCoreApplication::translate("ProxyStartup", "Proxy to production"),
                                QCoreApplication::translate("ProxyStartup",
                                                            "Requests to this local server will be forwarded to the "
                                                            "production API at %1. Sends reach real people.\n\n"
                                                            "Start in proxy mode anyway?")
                                    .arg(url.toString()),
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
           == QMessageBox::Yes;
}

// The keychain's key for `environment`, or nullopt (none stored, no keychain, no
// answer in time); `available` tells whether there is a keychain to store one in.
std::optional<QString> keychainKey(Environment environment, bool headless, bool *available)
{
    CredentialStore store;
    QFutureWatcher<Result<std::optional<QString>>> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(store.read(environment));
    QTimer::singleShot(headless ? kHeadlessKeychainWaitMs : kGuiKeychainWaitMs, &loop, &QEventLoop::quit);
    if (!watcher.isFinished())
        loop.exec();
    *available = watcher.isFinished() && store.keychainAvailable();
    if (!watcher.isFinished() || !watcher.result())
        return std::nullopt;
    return watcher.result().value();
}

} // namespace

ProxyStartup prepareProxy(const CommandLine &cl, bool headless)
{
    if (cl.proxy.isEmpty())
        return {};
    return prepareRemote({cl.proxy, cl.remoteUrl, cl.allowProduction, u"--proxy"_s, u"forwards real sends"_s}, headless);
}

ProxyStartup prepareRemote(const RemoteChoice &choice, bool headless)
{
    std::optional<Environment> environment;
    QUrl url;
    if (choice.target == u"sandbox"_s || choice.target == u"production"_s) {
        environment = choice.target == u"production"_s ? Environment::Production : Environment::Sandbox;
        url = choice.remoteUrl.isEmpty() ? defaultRemoteUrl(*environment) : QUrl(choice.remoteUrl);
    } else {
        url = QUrl(choice.target);
        if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || url.host().isEmpty()) {
            return refuse(u"%1: expected sandbox, production or an http(s) URL, got '%2'"_s.arg(choice.option,
                                                                                                 choice.target));
        }
        if (!choice.remoteUrl.isEmpty())
            return refuse(u"%1 URL and --remote-url both name the remote: give one of them"_s.arg(choice.option));
    }

    QString key = qEnvironmentVariable("SENDIVENT_API_KEY").trimmed();
    if (!key.isEmpty()) {
        const auto keyEnvironment = environmentOfKey(key);
        if (!keyEnvironment)
            return refuse(u"SENDIVENT_API_KEY does not look like an API key (test_… or live_…)"_s);
        if (environment && keyEnvironment != environment) {
            return refuse(u"SENDIVENT_API_KEY holds a %1 key but %2 %3 names the %3 API"_s.arg(
                environmentName(*keyEnvironment), choice.option, environmentName(*environment)));
        }
        environment = keyEnvironment;
    }

    // Production needs an explicit yes before anything else happens.
    if (environment == Environment::Production && !choice.allowProduction) {
        if (headless || choice.option != u"--proxy"_s || !askForProduction(url))
            return refuse(u"%1 production %2: add --allow-production to confirm"_s.arg(choice.option, choice.risk));
    }

    bool keychainAvailable = false;
    if (key.isEmpty() && environment)
        key = keychainKey(*environment, headless, &keychainAvailable).value_or(QString());
    if (key.isEmpty() && !headless && environment) {
        ApiKeyDialog dialog(*environment, keychainAvailable);
        if (dialog.exec() == QDialog::Accepted) {
            key = dialog.key();
            // Kept for the next start; whether that worked does not hold this one up.
            if (keychainAvailable) {
                auto *store = new CredentialStore(CredentialStore::serviceName(), QCoreApplication::instance());
                store->write(*environment, key);
            }
        }
    }
    if (key.isEmpty()) {
        return refuse(environment
                          ? u"no API key for the %1 API: set SENDIVENT_API_KEY or store a key in the system keychain "
                            "(the console's data source switch does)"_s.arg(environmentName(*environment))
                          : u"%1 URL needs the remote API key in SENDIVENT_API_KEY"_s.arg(choice.option));
    }

    ProxyStartup out;
    out.target = server::ProxyTarget{url, key};
    out.description = environment ? u"the %1 API at %2"_s.arg(environmentName(*environment), url.toString())
                                  : url.toString();
    return out;
}

} // namespace sendivent::app
