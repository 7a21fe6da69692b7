#include "apikey.h"

#include <QtCore/QCryptographicHash>

namespace sendivent {

using namespace Qt::StringLiterals;

QString environmentName(Environment env)
{
    return env == Environment::Production ? u"production"_s : u"sandbox"_s;
}

std::optional<Environment> environmentOfKey(QStringView key)
{
    // A bare prefix is not a key: something must follow it.
    if (key.startsWith(u"test_") && key.size() > 5)
        return Environment::Sandbox;
    if (key.startsWith(u"live_") && key.size() > 5)
        return Environment::Production;
    return std::nullopt;
}

QByteArray hashApiKey(QStringView key)
{
    return QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace sendivent
