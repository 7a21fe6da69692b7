#pragma once

#include <QtWidgets/QMainWindow>

class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace sendivent {
class Backend;
}

namespace sendivent::app {

class Page;
class ServerPage;
class TemplateStudioPage;

// Hosts the pages, the sidebar that switches between them (Ctrl+1…9), the data
// source switch and the server's status; remembers its geometry and splitters.
// What a page does lives in the page.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Backend *backend, QWidget *parent = nullptr);

    // `urlOrError`: the server's address when running, why it is not otherwise.
    void setServerStatus(const QString &urlOrError, bool running);
    // The key the GUI sends its test messages with (LocalServer::consoleKey()).
    void setApiKey(const QString &key);

    // One call per page: a sidebar entry, a stacked page and its Ctrl+N shortcut.
    void addPage(Page *page);
    Page *page(const QString &objectName) const;
    Page *currentPage() const;
    bool showPage(const QString &objectName);

    // A delivery to show (from "Send test"); the Deliveries page will take it.
    void showDelivery(const QString &uuid);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildToolBar();
    void saveLayout() const;
    void restoreLayout();
    bool confirmClose();
    void applyServer();

    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    QComboBox *m_dataSource;
    QLabel *m_serverLabel;
    TemplateStudioPage *m_studio = nullptr;
    ServerPage *m_server = nullptr;
    QString m_serverUrl;
    QString m_apiKey;
    bool m_layoutRestored = false;
};

} // namespace sendivent::app
