#include "journalentry.h"

namespace sendivent {

QList<QPair<QString, QString>> journalHeaders(const QByteArray &stored, char side)
{
    QList<QPair<QString, QString>> out;
    for (const QByteArray &line : stored.split('\n')) {
        if (line.size() < 3 || line.front() != side)
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        out.append({QString::fromUtf8(line.sliced(2, colon - 2)), QString::fromUtf8(line.sliced(colon + 1).trimmed())});
    }
    return out;
}

} // namespace sendivent
