#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QVariant>

namespace sendivent {

// ISO 8601 in UTC with milliseconds and a Z ("2026-03-30T12:00:00.123Z"), as every
// timestamp of the API is written; an invalid QDateTime gives a null string.
QString isoTimestamp(const QDateTime &t);
QDateTime parseIsoTimestamp(const QString &s);

// Storage form: milliseconds since the epoch, NULL for no time.
QVariant toStoredTime(const QDateTime &t);
QDateTime fromStoredTime(const QVariant &v);

} // namespace sendivent
