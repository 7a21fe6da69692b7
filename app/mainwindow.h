#pragma once

#include "widgets/theme.h"

#include <QtWidgets/QMainWindow>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;
class QListWidget;
class QStackedWidget;

namespace sendivent {
class Backend;
class Clock;
class DataSource;
enum class DataSourceKind;
}

namespace sendivent::app {

class DataSourceBanner;
class DeliveriesPage;
class GoToAnything;
class Page;
class ServerController;
class ServerPage;
class SettingsPage;
class TemplateStudioPage;

// Hosts the pages, the sidebar that switches between them (Ctrl+1…9), the menu bar,
// the data source switch and the server's status; remembers its geometry and
// splitters; follows language and theme changes live. What a page does lives in the
// page.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Backend *backend, QWidget *parent = nullptr);

    // `urlOrError`: the server's address when running, why it is not otherwise.
    void setServerStatus(const QString &urlOrError, bool running);
    // Whether the running server's database takes writes (what GET /healthz says);
    // `reason` says why not. Follows the controller given to setServer().
    void setServerHealth(bool degraded, const QString &reason);
    // The key the GUI sends its test messages with (LocalServer::consoleKey()).
    void setApiKey(const QString &key);
    // The running server the Server page controls; `dataDir` is shown on the Settings
    // page.
    void setServer(ServerController *controller, const QString &dataDir);
    // The Local / Sandbox / Production switch: enables the remote choices and follows
    // `source` (key dialog, errors, the banner, every page's backend). `remoteOverride`
    // is the --remote-url in effect, if any.
    void setDataSource(DataSource *source, const QString &remoteOverride = {});

    // One call per page: a sidebar entry, a stacked page and its Ctrl+N shortcut.
    void addPage(Page *page);
    Page *page(const QString &objectName) const;
    Page *currentPage() const;
    bool showPage(const QString &objectName);

    // Selects the delivery on the Deliveries page and shows that page (from "Send test").
    void showDelivery(const QString &uuid);
    // Go to anything (Ctrl+K from every page).
    GoToAnything *goToAnything() const { return m_goTo; }

    // Help → Keyboard shortcuts (built from the actions and shortcuts themselves).
    void showShortcuts();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // mainwindowmenus.cpp: File, Edit, View, Go and Help.
    void buildMenus();
    void addPageAction(int number);
    void pageShown(int index);
    void goBack(int step);
    void editFocused(const char *slot);
    void updateEditActions();
    void clickPageButton(const QString &page, const QString &button);
    void showJournal();
    void retitlePages();
    void buildToolBar();
    void saveLayout() const;
    void restoreLayout();
    bool confirmClose();
    void applyServer();
    void showServerStatus();
    void showClock();
    void dataSourceChosen(int index);
    void askForKey(sendivent::DataSourceKind kind);
    void backendChanged(sendivent::Backend *backend);
    void showDataSource();
    void keychainUnavailable(const QString &reason);

    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    QComboBox *m_dataSource;
    DataSourceBanner *m_banner;
    QLabel *m_clockLabel = nullptr; // the status bar's "Clock: +5 h" while the clock is not real time
    Clock *m_clock = nullptr;
    DataSource *m_source = nullptr;
    QLabel *m_serverLabel;
    TemplateStudioPage *m_studio = nullptr;
    ServerPage *m_server = nullptr;
    SettingsPage *m_settings = nullptr;
    DeliveriesPage *m_deliveries = nullptr;
    GoToAnything *m_goTo = nullptr;
    QString m_serverUrl;
    QString m_serverStatus; // the address, or why the server is not running
    bool m_serverRunning = false;
    QString m_degradedReason; // empty while the database takes writes
    QString m_apiKey;
    bool m_layoutRestored = false;
    // The colours painted into labels, to swap when the theme changes.
    theme::Colors m_colors;

    // The menu bar (mainwindowmenus.cpp).
    QMenu *m_viewMenu = nullptr;
    QAction *m_pagesEnd = nullptr; // View: the page actions go before it
    QActionGroup *m_pageActions = nullptr;
    QActionGroup *m_themeActions = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_openApiAction = nullptr;
    QList<QAction *> m_editActions; // undo … select all, on the focused widget
    QList<int> m_history; // pages shown, for Go → Back and Forward
    int m_historyAt = -1;
    bool m_goingBack = false;
};

} // namespace sendivent::app
