#include "timeformat.h"

#include <QtCore/QAbstractItemModel>
#include <QtCore/QDateTime>
#include <QtCore/QSettings>

using namespace Qt::StringLiterals;

namespace sendivent::app {

namespace {
constexpr auto kUtcKey = "display/utcTimes"_L1;

// Read once: the setting changes only through setUtc().
bool &cachedUtc()
{
    static bool value = QSettings().value(kUtcKey, false).toBool();
    return value;
}
} // namespace

TimeFormat *TimeFormat::instance()
{
    static TimeFormat *object = new TimeFormat; // lives as long as the process
    return object;
}

bool TimeFormat::utc()
{
    return cachedUtc();
}

void TimeFormat::setUtc(bool utc)
{
    QSettings().setValue(kUtcKey, utc);
    if (cachedUtc() == utc)
        return;
    cachedUtc() = utc;
    Q_EMIT instance()->changed();
}

QDateTime TimeFormat::shown(const QDateTime &t)
{
    return utc() ? t.toUTC() : t.toLocalTime();
}

QString TimeFormat::text(const QDateTime &t, Form form)
{
    if (!t.isValid())
        return {};
    // Digits in one fixed order in every language: a time reads the same in a table,
    // a tooltip and a bug report, and columns of them line up.
    QString pattern;
    switch (form) {
    case Form::Seconds: pattern = u"yyyy-MM-dd HH:mm:ss"_s; break;
    case Form::Milliseconds: pattern = u"yyyy-MM-dd HH:mm:ss.zzz"_s; break;
    case Form::Clock: pattern = u"HH:mm:ss.zzz"_s; break;
    }
    const QString out = shown(t).toString(pattern);
    return utc() ? out + u" UTC"_s : out;
}

QString TimeFormat::iso(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    if (utc())
        return t.toUTC().toString(Qt::ISODateWithMs);
    // A local time prints without its offset; as a fixed offset it carries it (+01:00).
    const QDateTime local = t.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

void TimeFormat::refreshColumn(QAbstractItemModel *model, int column)
{
    connect(instance(), &TimeFormat::changed, model, [model, column] {
        if (const int rows = model->rowCount(); rows > 0)
            Q_EMIT model->dataChanged(model->index(0, column), model->index(rows - 1, column),
                                      {Qt::DisplayRole, Qt::ToolTipRole});
    });
}

} // namespace sendivent::app
