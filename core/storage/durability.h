#pragma once

namespace sendivent {

// How commits reach the disk (--durability, Database::setDurability()). WAL with
// synchronous=NORMAL loses no commit when the process dies, but may lose the last ones
// when the machine does (power loss, kernel panic); FULL syncs the WAL at every commit,
// and so loses none, for a price in throughput (docs/benchmarks.md). Its own header so
// that the command line can name it without the database's.
enum class Durability { Normal, Full };

} // namespace sendivent
