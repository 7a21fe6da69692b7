// Compiled into every test executable: before main() runs, point HOME and the XDG
// folders at a fresh temporary directory, so no test reads or writes the real
// user's settings, keychain files or app data. The directory is removed at exit.
#include <QtCore/QDir>
#include <QtCore/QTemporaryDir>
#include <QtCore/QtGlobal>

namespace {

QTemporaryDir *testHome()
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/sendivent-test-XXXXXX"));
    return &dir;
}

void isolateHome()
{
    const QString home = testHome()->path();
    const auto set = [&](const char *name, const QString &sub) {
        const QString path = sub.isEmpty() ? home : home + QLatin1Char('/') + sub;
        QDir().mkpath(path);
        qputenv(name, QFile::encodeName(path));
    };
    set("HOME", QString());
    set("XDG_CONFIG_HOME", QStringLiteral(".config"));
    set("XDG_DATA_HOME", QStringLiteral(".local/share"));
    set("XDG_CACHE_HOME", QStringLiteral(".cache"));
    set("XDG_STATE_HOME", QStringLiteral(".local/state"));
    const QString runtime = home + QStringLiteral("/.run");
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
}

} // namespace

Q_CONSTRUCTOR_FUNCTION(isolateHome)
