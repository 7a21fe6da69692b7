#pragma once

// QCOMPARE for JSON values: compares a Json with anything a Json can be built from
// ("text", 5, true, another Json) and prints both sides as JSON when they differ.
#include <json.h>

#include <QtTest/QTest>

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
