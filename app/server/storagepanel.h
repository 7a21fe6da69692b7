#pragma once

#include <storage/retention.h>

#include <QtCore/QPointer>
#include <QtWidgets/QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace sendivent {
class Clock;
class LocalOperations;
}

namespace sendivent::app {

class ServerController;

// The Server page's Storage tab (issue 22): how much the database holds (deliveries,
// journal, webhook messages, the file and its WAL), what retention would remove now,
// the retention settings (stored in the data folder; --max-deliveries, --max-age and
// --max-journal override them for a run), and Compact now.
class StoragePanel final : public QWidget
{
    Q_OBJECT
public:
    explicit StoragePanel(QWidget *parent = nullptr);

    // The running server (retention, compaction) and its services (the figures).
    void setController(ServerController *controller);
    void setLocal(LocalOperations *local);

    // Reads the figures again (also when the tab is shown).
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showStats(const Result<StorageStats> &stats);
    void showPolicy(const RetentionPolicy &policy);
    void apply();

    QPointer<ServerController> m_controller;
    LocalOperations *m_local = nullptr;
    quint64 m_refreshes = 0; // the newest refresh asked for
    RetentionPolicy m_policy;
    QLabel *m_stored;
    QLabel *m_forecast;
    QLabel *m_vacuumHint;
    QSpinBox *m_maxDeliveries;
    QLineEdit *m_maxAge;
    QSpinBox *m_maxJournal;
    QPushButton *m_apply;
    QPushButton *m_refresh;
    QPushButton *m_compact;
    QLabel *m_status;
};

// "1.4 GB", "812 KB": a size for people.
QString byteSize(qint64 bytes);

} // namespace sendivent::app
