#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace sendivent {

// Objects keep their insertion order, as JavaScript objects do: API answers read in
// the reference's order, and Handlebars' #each over an object walks it like JS.
using Json = nlohmann::ordered_json;

inline std::string toStd(const QString &s) { return s.toStdString(); }
inline QString toQt(const std::string &s) { return QString::fromStdString(s); }

// A string member of an object, or an empty string.
QString jsonString(const Json &object, const char *key);

// Parses UTF-8 JSON. On failure returns nullopt and, when given, a human message
// naming the problem and its byte offset ("syntax error at byte 17: …").
std::optional<Json> parseJson(QByteArrayView bytes, QString *problem = nullptr);

// Compact UTF-8 serialisation; invalid UTF-8 inside strings is replaced, never thrown.
QByteArray dumpJson(const Json &value);

// "favorite_color" → "favoriteColor", "Favorite-Color" → "favoriteColor".
QString camelCase(QStringView key);

} // namespace sendivent
