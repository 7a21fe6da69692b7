#pragma once

#include <QtCore/QStringList>

#include <span>

namespace sendivent {

// One step of the schema. Steps run in order, each in its own transaction; a step
// once released never changes (add a new one instead).
struct Migration
{
    int version;
    const char *description;
    QStringList statements;
};

std::span<const Migration> migrations();

} // namespace sendivent
