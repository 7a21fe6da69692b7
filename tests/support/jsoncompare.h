#pragma once

// QCOMPARE for JSON values: compares a Json with anything a Json can be built from
// ("text", 5, true, another Json) and prints both sides as JSON when they differ;
// and small accessors the JSON-heavy tests share.
#include <base/json.h>

#include <QtTest/QTest>

#include <string>
#include <vector>

namespace sendivent::test {

// A JSON string as a QString; anything else gives an empty one.
inline QString str(const Json &j)
{
    return j.is_string() ? QString::fromStdString(j.get<std::string>()) : QString();
}

// An object's keys in their order (the API's key order is part of its contract).
inline std::vector<std::string> keysOf(const Json &object)
{
    std::vector<std::string> keys;
    for (auto it = object.begin(); it != object.end(); ++it)
        keys.push_back(it.key());
    return keys;
}

} // namespace sendivent::test

namespace QTest {

template <typename T>
inline bool qCompare(const sendivent::Json &actual, const T &expected, const char *actualExpr,
                     const char *expectedExpr, const char *file, int line)
{
    const sendivent::Json wanted(expected);
    const bool equal = actual == wanted;
    return compare_helper(
        equal, "Compared JSON values are not the same",
        [&actual] { return qstrdup(actual.dump().c_str()); }, [&wanted] { return qstrdup(wanted.dump().c_str()); },
        actualExpr, expectedExpr, file, line);
}

} // namespace QTest
