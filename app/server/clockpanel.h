#pragma once

#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sendivent {
class Clock;
class LocalOperations;
}

namespace sendivent::app {

// The emulator's time in a few words for the status bar: "Clock: +5 h", "Clock
// frozen at 2026-12-05 02:00 UTC"; empty when it runs with the wall clock.
QString clockSummary(const Clock &clock);
// The same at length, for tooltips on timestamps.
QString clockExplanation(const Clock &clock);

// The Server page's clock row (issue 23): the emulated time, moves forward (+1 hour,
// +1 day, a duration typed in), freeze, and back to real time. Works on the clock
// the server and the window's backend share; without one it is disabled.
class ClockPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ClockPanel(QWidget *parent = nullptr);

    void setBackend(LocalOperations *local);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void advance(qint64 ms);
    void advanceTyped();
    void report(const QString &problem);

    LocalOperations *m_local = nullptr;
    Clock *m_clock = nullptr;
    QLabel *m_now;
    QPushButton *m_hour;
    QPushButton *m_day;
    QLineEdit *m_custom;
    QPushButton *m_advance;
    QPushButton *m_freeze;
    QPushButton *m_real;
    QLabel *m_problem;
    QTimer m_tick; // the running time, while the page shows
};

} // namespace sendivent::app
