#pragma once

#include <QtCore/QObject>

class QSocketNotifier;

namespace sendivent::app {

// Turns SIGINT/SIGTERM (Ctrl+C and console close on Windows) into a Qt signal
// delivered on the event loop, where it is safe to shut down.
class SignalWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace sendivent::app
