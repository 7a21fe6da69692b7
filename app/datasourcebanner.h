#pragma once

#include <QtWidgets/QLabel>

#include <functional>

namespace sendivent {
class Backend;
}

namespace sendivent::app {

// The strip above the pages that says which remote API they show: hidden for the
// local backend, amber for the remote sandbox, red for production (real data, and
// sends reach real people).
class DataSourceBanner final : public QLabel
{
    Q_OBJECT
public:
    explicit DataSourceBanner(QWidget *parent = nullptr);

    // Connect DataSource::backendChanged here.
    void showBackend(const sendivent::Backend *backend);
};

// Asks before a send goes to production; runs `confirmed` only on Yes. Returns at
// once (the question is a window-modal QMessageBox opened with open()).
void confirmProductionSend(QWidget *parent, const QString &what, std::function<void()> confirmed);

// Why a page that needs local data (template editing, simulation) is read-only while
// `backend` is a remote one; empty for the local backend.
QString localOnlyNotice(const sendivent::Backend &backend);

} // namespace sendivent::app
