#pragma once

#include <QtCore/QString>

namespace sendivent {

// Deliveries fall into generations of 65,536 consecutive ids (id >> 16). The lookup
// indexes (recipient, message id, contact; migration 13) lead with the generation,
// so retention, which removes the oldest deliveries, empties the start of each index
// instead of one leaf page per removed row scattered over all of it (issue 22,
// docs/benchmarks.md: 2.3x less CPU and WAL per removed delivery at 1 M stored).
// Ids only grow, so a generation is also a span of time, and inserts append to the
// newest one.

// A delivery's generation, as migration 13 wrote it into the indexes: a statement
// must use this very expression for SQLite to read those indexes by it.
inline QString deliveryGeneration()
{
    return QStringLiteral("(id >> 16)");
}

// A lookup names the generations so that SQLite can seek each one in its index:
// every generation from the oldest stored to the newest — a handful at the default
// retention, 77 at 5 M deliveries. Ordering by the generation and then the id, both
// descending (or both ascending), reads those seeks in the list's order, unsorted.
inline QString deliveryGenerations()
{
    return deliveryGeneration()
        + QStringLiteral(" IN (WITH RECURSIVE generation(n) AS ("
                         "SELECT (SELECT min(id) FROM deliveries) >> 16"
                         " UNION ALL SELECT n + 1 FROM generation WHERE n < (SELECT max(id) FROM deliveries) >> 16)"
                         " SELECT n FROM generation)");
}

} // namespace sendivent
