#include "json.h"

namespace sendivent {

QString jsonString(const Json &object, const char *key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string())
        return {};
    return toQt(it->get_ref<const std::string &>());
}

std::optional<Json> parseJson(QByteArrayView bytes, QString *problem)
{
    try {
        return Json::parse(bytes.begin(), bytes.end());
    } catch (const Json::exception &e) {
        // nlohmann's parse errors name the byte; its messages are kept out of API
        // answers because they quote library internals.
        if (problem) {
            const auto *parseError = dynamic_cast<const Json::parse_error *>(&e);
            *problem = parseError ? QStringLiteral("syntax error at byte %1").arg(parseError->byte)
                                  : QStringLiteral("invalid JSON");
        }
        return std::nullopt;
    }
}

QByteArray dumpJson(const Json &value)
{
    const std::string s = value.dump(-1, ' ', false, Json::error_handler_t::replace);
    return QByteArray(s.data(), qsizetype(s.size()));
}

QString camelCase(QStringView key)
{
    QString out;
    out.reserve(key.size());
    bool upperNext = false;
    for (const QChar c : key) {
        if (c == u'_' || c == u'-' || c == u' ') {
            upperNext = !out.isEmpty();
            continue;
        }
        if (out.isEmpty())
            out += c.toLower();
        else
            out += upperNext ? c.toUpper() : c;
        upperNext = false;
    }
    return out;
}

} // namespace sendivent
