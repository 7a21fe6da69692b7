#pragma once

#include <QtCore/QByteArray>

namespace sendivent {

// Compares two secrets (key hashes, signatures) without stopping at the first
// difference, so the time taken says nothing about how much of a guess was right.
inline bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace sendivent
