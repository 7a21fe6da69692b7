#pragma once

// The one way the console shows a moment in time (issue 21): every table, detail pane
// and preview asks here, so Deliveries, attempts, the listener, the trace and the
// journal read alike. The user picks local time or UTC in Settings; the choice is kept
// in QSettings and changed() tells the views to show it. Hover and copy give ISO 8601.
// Logs and JSON keep their own machine formats and do not come here.
#include <QtCore/QObject>
#include <QtCore/QString>

class QAbstractItemModel;
class QDateTime;

namespace sendivent::app {

class TimeFormat final : public QObject
{
    Q_OBJECT

public:
    enum class Form {
        Seconds,      // 2026-12-05 14:03:07 — tables of things that happened on any day
        Milliseconds, // 2026-12-05 14:03:07.123 — attempts, trace steps
        Clock,        // 14:03:07.123 — live streams (listener, journal) with the full time on hover
    };

    // The object whose changed() fires when the user switches between local time and UTC.
    static TimeFormat *instance();

    static bool utc();
    static void setUtc(bool utc); // stores the choice and emits changed() when it differs

    // What a cell or label shows; empty for an invalid time. UTC ends in " UTC".
    static QString text(const QDateTime &t, Form form = Form::Seconds);
    // ISO 8601 with milliseconds and the offset of the chosen zone (Z for UTC): the
    // tooltip of every shown time and what a copy puts on the clipboard.
    static QString iso(const QDateTime &t);
    // The time in the chosen zone, for callers that lay out their own parts (a chart's axis).
    static QDateTime shown(const QDateTime &t);
    // Repaints `column` of `model` whenever the choice changes, for as long as the model lives.
    static void refreshColumn(QAbstractItemModel *model, int column);

Q_SIGNALS:
    void changed();

private:
    TimeFormat() = default;
};

} // namespace sendivent::app
