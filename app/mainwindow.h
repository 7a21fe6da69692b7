#pragma once

#include <QtWidgets/QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace sendivent {
class Backend;
}

namespace sendivent::app {

// Hosts the pages and the sidebar that switches between them; nothing else.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Backend *backend, QWidget *parent = nullptr);

    void setServerStatus(const QString &url, bool running);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(QWidget *page, const QString &title, const QString &objectName);

    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    QLabel *m_serverLabel;
};

} // namespace sendivent::app
