// The shell: the sidebar holds only pages that exist, Ctrl+N and clicks switch them,
// the data-source switch offers only what works, the status bar follows the server,
// the window remembers its geometry, splitters and page, and the palette follows
// the system (or the "ui/theme" setting).
#include <backend/datasource.h>
#include <backend/localbackend.h>
#include <changenotifier.h>
#include <localservices.h>
#include <mainwindow.h>
#include <page.h>
#include <settingspage.h>
#include <storage/database.h>
#include <widgets/theme.h>

#include <algorithm>
#include <functional>
#include <QtCore/QRegularExpression>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtGui/QStandardItemModel>
#include <QtTest/QTest>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTextEdit>
#include <QtWidgets/QTreeWidget>

using namespace sendivent;
using namespace Qt::StringLiterals;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void sidebarHoldsBuiltPagesOnly();
    void navigatesByClickAndShortcut();
    void findShortcutFocusesSearch();
    void dataSourceOffersOnlyLocal();
    void dataSourceOffersRemotesOnceSetUp();
    void statusBarFollowsServer();
    void statusBarSaysWhenWritesFail();
    void remembersGeometrySplittersAndPage();
    void paletteFollowsSetting();
    void menuBarOffersTheCommands();
    void backAndForwardFollowThePagesShown();
    void shortcutsDialogListsTheActions();
    void languageSwitchesLive();
    void themeSwitchesLive();
    void liveSwitchLooksLikeAFreshStart();

private:
    void makeWindow();
    QAction *action(const QString &name) const
    {
        auto *a = m_window->findChild<QAction *>(name);
        if (!a)
            qWarning("no action %s", qPrintable(name));
        return a;
    }
    app::SettingsPage *settingsPage() const
    {
        return static_cast<app::SettingsPage *>(m_window->page(QStringLiteral("settingsPage")));
    }
    QString currentPage() const
    {
        return m_window->findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget()->objectName();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<test::LocalServices> m_core;
    Services *m_services = nullptr;
    std::unique_ptr<LocalBackend> m_backend;
    std::unique_ptr<app::MainWindow> m_window;
};

void tst_MainWindow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("s.db")));
    QVERIFY(m_db->open().ok());
    m_notifier = std::make_unique<ChangeNotifier>();
    m_core = std::make_unique<test::LocalServices>(*m_db, m_notifier.get());
    m_services = &m_core->services;
    m_backend = std::make_unique<LocalBackend>(*m_services);
    QVERIFY(m_services->workspace.seedDemoIfEmpty().ok());
    makeWindow();
}

void tst_MainWindow::makeWindow()
{
    m_window = std::make_unique<app::MainWindow>(m_backend.get());
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
    m_backend.reset();
    m_core.reset();
    m_notifier.reset();
    m_db.reset();
    m_dir.reset();
}

void tst_MainWindow::sidebarHoldsBuiltPagesOnly()
{
    auto *sidebar = m_window->findChild<QListWidget *>(QStringLiteral("sidebar"));
    QStringList titles;
    QStringList pages;
    for (int i = 0; i < sidebar->count(); ++i) {
        titles << sidebar->item(i)->text();
        pages << sidebar->item(i)->data(Qt::UserRole).toString();
    }
    QCOMPARE(titles,
        (QStringList {QStringLiteral("Events"), QStringLiteral("Templates"), QStringLiteral("Contacts"),
            QStringLiteral("Deliveries"), QStringLiteral("Integrations"), QStringLiteral("Webhooks"),
            QStringLiteral("Server"), QStringLiteral("Settings")}));
    QCOMPARE(pages,
        (QStringList {QStringLiteral("eventsPage"), QStringLiteral("templateStudioPage"), QStringLiteral("contactsPage"),
            QStringLiteral("deliveriesPage"), QStringLiteral("integrationsPage"), QStringLiteral("webhooksPage"),
            QStringLiteral("serverPage"), QStringLiteral("settingsPage")}));
    for (const QString &name : std::as_const(pages))
        QVERIFY(m_window->page(name));
    QVERIFY(sidebar->item(1)->toolTip().contains(QStringLiteral("Ctrl+2")));
}

void tst_MainWindow::navigatesByClickAndShortcut()
{
    auto *sidebar = m_window->findChild<QListWidget *>(QStringLiteral("sidebar"));
    QCOMPARE(currentPage(), QStringLiteral("eventsPage"));
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, sidebar->visualItemRect(sidebar->item(1)).center());
    QCOMPARE(currentPage(), QStringLiteral("templateStudioPage"));
    QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(currentPage(), QStringLiteral("webhooksPage"));
    QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
    QCOMPARE(currentPage(), QStringLiteral("serverPage"));
    QTest::keyClick(m_window.get(), Qt::Key_8, Qt::ControlModifier);
    QCOMPARE(currentPage(), QStringLiteral("settingsPage"));
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(currentPage(), QStringLiteral("eventsPage"));
    QCOMPARE(sidebar->currentRow(), 0);
    // A number without a page does nothing.
    QTest::keyClick(m_window.get(), Qt::Key_9, Qt::ControlModifier);
    QCOMPARE(currentPage(), QStringLiteral("eventsPage"));
    QVERIFY(m_window->showPage(QStringLiteral("templateStudioPage")));
    QCOMPARE(sidebar->currentRow(), 1);
    QVERIFY(!m_window->showPage(QStringLiteral("noSuchPage")));
}

void tst_MainWindow::findShortcutFocusesSearch()
{
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("eventSearch"));
    m_window->findChild<QWidget *>(QStringLiteral("eventTable"))->setFocus();
    QTRY_VERIFY(!search->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
}

void tst_MainWindow::dataSourceOffersOnlyLocal()
{
    auto *source = m_window->findChild<QComboBox *>(QStringLiteral("dataSource"));
    QVERIFY(source);
    QCOMPARE(source->count(), 3);
    QCOMPARE(source->currentText(), QStringLiteral("Local"));
    auto *model = qobject_cast<QStandardItemModel *>(source->model());
    QVERIFY(model->item(0)->isEnabled());
    for (int row : {1, 2}) {
        QVERIFY(!model->item(row)->isEnabled());
        QVERIFY(!model->item(row)->toolTip().isEmpty()); // says why
    }
    QCOMPARE(model->item(2)->text(), QStringLiteral("Production"));
}

void tst_MainWindow::dataSourceOffersRemotesOnceSetUp()
{
    DataSource source(m_backend.get(), nullptr);
    source.setRemoteUrl(Environment::Sandbox, QUrl(QStringLiteral("http://127.0.0.1:9")));
    m_window->setDataSource(&source);
    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("dataSource"));
    auto *model = qobject_cast<QStandardItemModel *>(combo->model());
    for (int row : {0, 1, 2})
        QVERIFY(model->item(row)->isEnabled());
    QVERIFY(model->item(1)->toolTip().contains(QStringLiteral("127.0.0.1:9")));
    QVERIFY(model->item(2)->toolTip().contains(QStringLiteral("api.sendivent.com")));
    QCOMPARE(combo->currentIndex(), 0);
    m_window.reset(); // before the data source goes
}

void tst_MainWindow::statusBarFollowsServer()
{
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("serverStatus"));
    m_window->setServerStatus(QStringLiteral("http://127.0.0.1:48123"), true);
    QVERIFY(label->text().contains(QStringLiteral("http://127.0.0.1:48123")));
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("serverAddress"))->text(),
        QStringLiteral("http://127.0.0.1:48123"));
    m_window->setServerStatus(QStringLiteral("Address already in use"), false);
    QVERIFY(label->text().contains(QStringLiteral("stopped")));
    QVERIFY(label->text().contains(QStringLiteral("Address already in use")));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("serverState"))
                ->text()
                .contains(QStringLiteral("Address already in use")));
}

void tst_MainWindow::statusBarSaysWhenWritesFail()
{
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("serverStatus"));
    m_window->setServerStatus(QStringLiteral("http://127.0.0.1:48123"), true);
    m_window->setServerHealth(true, QStringLiteral("the disk is full (or the database reached its size limit)"));
    QVERIFY(label->text().contains(QStringLiteral("http://127.0.0.1:48123")));
    QVERIFY(label->text().contains(QStringLiteral("writes to the database fail: the disk is full")));
    QVERIFY(label->toolTip().contains(QStringLiteral("503")));
    m_window->setServerHealth(false, QString());
    QVERIFY(!label->text().contains(QStringLiteral("fail")));
    QVERIFY(label->text().contains(QStringLiteral("Local server: http://127.0.0.1:48123")));
    QVERIFY(label->toolTip().isEmpty());
}

void tst_MainWindow::remembersGeometrySplittersAndPage()
{
    m_window->resize(1111, 777);
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("eventsSplitter"));
    QTRY_VERIFY(splitter->width() > 500);
    splitter->setSizes({300, splitter->width() - 300 - splitter->handleWidth()});
    const QList<int> sizes = splitter->sizes();
    QVERIFY(m_window->showPage(QStringLiteral("serverPage")));
    QVERIFY(m_window->close());

    makeWindow();
    QTRY_COMPARE(m_window->size(), QSize(1111, 777));
    QCOMPARE(currentPage(), QStringLiteral("serverPage"));
    QCOMPARE(m_window->findChild<QSplitter *>(QStringLiteral("eventsSplitter"))->sizes(), sizes);
}

void tst_MainWindow::paletteFollowsSetting()
{
    const QPalette original = QApplication::palette();
    QVERIFY(!app::theme::isDark(original)); // offscreen has a light system palette
    QSettings().setValue(QStringLiteral("ui/theme"), QStringLiteral("dark"));
    app::theme::apply();
    QVERIFY(app::theme::isDark(QApplication::palette()));
    QTRY_VERIFY(app::theme::isDark(m_window->palette()));
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    // Colours painted by hand follow: error red is lighter on dark.
    QVERIFY(
        app::theme::colors(QApplication::palette()).error.lightness() > app::theme::colors(original).error.lightness());
    QSettings().setValue(QStringLiteral("ui/theme"), QStringLiteral("system"));
    QApplication::setPalette(original);
}

// File, Edit, View, Go and Help, each with what a native tool puts there; the
// shortcuts are the actions' own (so the menus show them), and each command does
// what it says on the real window.
void tst_MainWindow::menuBarOffersTheCommands()
{
    QMenuBar *bar = m_window->menuBar();
    QStringList menus;
    for (const QAction *a : bar->actions())
        menus << a->menu()->objectName();
    QCOMPARE(menus,
        (QStringList {QStringLiteral("fileMenu"), QStringLiteral("editMenu"), QStringLiteral("viewMenu"),
            QStringLiteral("goMenu"), QStringLiteral("helpMenu")}));
    for (const char *name : {"fileImportWorkspace", "fileExportWorkspace", "fileImportContacts", "fileExportContacts",
             "editUndo", "editCopy", "editPaste", "editSelectAll", "helpGuide", "helpOpenApi", "helpJournal"})
        QVERIFY2(action(QString::fromLatin1(name)), name);
    QCOMPARE(action(QStringLiteral("fileQuit"))->menuRole(), QAction::QuitRole);
    QCOMPARE(action(QStringLiteral("fileQuit"))->shortcut(), QKeySequence(QKeySequence::Quit));
    QCOMPARE(action(QStringLiteral("helpAbout"))->menuRole(), QAction::AboutRole);
    QCOMPARE(action(QStringLiteral("editSettings"))->menuRole(), QAction::PreferencesRole);
    QCOMPARE(action(QStringLiteral("goToAction"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
    QCOMPARE(action(QStringLiteral("editFind"))->shortcut(), QKeySequence(QKeySequence::Find));
    QCOMPARE(action(QStringLiteral("fileSave"))->shortcut(), QKeySequence(QKeySequence::Save));

    // View: one checkable entry per page, Ctrl+1…8 on it, following the sidebar.
    QMenu *view = m_window->findChild<QMenu *>(QStringLiteral("viewMenu"));
    QStringList pages;
    for (const QAction *a : view->actions()) {
        if (a->objectName().startsWith(QStringLiteral("viewPage_")))
            pages << a->shortcut().toString();
    }
    QCOMPARE(pages.size(), 8);
    QCOMPARE(pages.first(), QStringLiteral("Ctrl+1"));
    QCOMPARE(pages.last(), QStringLiteral("Ctrl+8"));
    action(QStringLiteral("viewPage_contactsPage"))->trigger();
    QCOMPARE(currentPage(), QStringLiteral("contactsPage"));
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(currentPage(), QStringLiteral("deliveriesPage"));
    QVERIFY(action(QStringLiteral("viewPage_deliveriesPage"))->isChecked());
    QVERIFY(!action(QStringLiteral("viewPage_contactsPage"))->isChecked());

    // Edit → Find goes to this page's search; on a page without one it is off.
    QVERIFY(action(QStringLiteral("editFind"))->isEnabled());
    action(QStringLiteral("editFind"))->trigger();
    QTRY_VERIFY(m_window->findChild<QWidget *>(QStringLiteral("deliverySearch"))->hasFocus());
    QVERIFY(m_window->showPage(QStringLiteral("serverPage")));
    QVERIFY(!action(QStringLiteral("editFind"))->isEnabled());

    // Edit's commands act on the focused field.
    QVERIFY(m_window->showPage(QStringLiteral("eventsPage")));
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("eventSearch"));
    search->setFocus();
    QTRY_VERIFY(search->hasFocus());
    search->setText(QStringLiteral("order"));
    Q_EMIT m_window->findChild<QMenu *>(QStringLiteral("editMenu"))->aboutToShow();
    QVERIFY(action(QStringLiteral("editSelectAll"))->isEnabled());
    action(QStringLiteral("editSelectAll"))->trigger();
    QCOMPARE(search->selectedText(), QStringLiteral("order"));
    action(QStringLiteral("editCut"))->trigger();
    QVERIFY(search->text().isEmpty());
    action(QStringLiteral("editUndo"))->trigger();
    QCOMPARE(search->text(), QStringLiteral("order"));
    m_window->findChild<QWidget *>(QStringLiteral("eventTable"))->setFocus();
    QTRY_VERIFY(!search->hasFocus());
    Q_EMIT m_window->findChild<QMenu *>(QStringLiteral("editMenu"))->aboutToShow();
    QVERIFY(!action(QStringLiteral("editPaste"))->isEnabled()); // a table takes no paste

    // File mirrors the pages' buttons: here on the local workspace, all can be done.
    Q_EMIT m_window->findChild<QMenu *>(QStringLiteral("fileMenu"))->aboutToShow();
    QVERIFY(action(QStringLiteral("fileImportWorkspace"))->isEnabled());
    QVERIFY(action(QStringLiteral("fileExportContacts"))->isEnabled());
    QVERIFY(!action(QStringLiteral("fileSave"))->isEnabled()); // nothing edited
    m_window->findChild<QPushButton *>(QStringLiteral("workspaceExport"))->setEnabled(false);
    Q_EMIT m_window->findChild<QMenu *>(QStringLiteral("fileMenu"))->aboutToShow();
    QVERIFY(!action(QStringLiteral("fileExportWorkspace"))->isEnabled());

    // Help → Request journal: the Server page with the journal shown.
    action(QStringLiteral("helpJournal"))->trigger();
    QCOMPARE(currentPage(), QStringLiteral("serverPage"));
    QTRY_VERIFY(m_window->findChild<QWidget *>(QStringLiteral("journalView"))->isVisible());
    // Help → OpenAPI needs a running server.
    Q_EMIT m_window->findChild<QMenu *>(QStringLiteral("helpMenu"))->aboutToShow();
    QVERIFY(!action(QStringLiteral("helpOpenApi"))->isEnabled());
    m_window->setServerStatus(QStringLiteral("http://127.0.0.1:48123"), true);
    Q_EMIT m_window->findChild<QMenu *>(QStringLiteral("helpMenu"))->aboutToShow();
    QVERIFY(action(QStringLiteral("helpOpenApi"))->isEnabled());

    // About: the version and the licences of what is bundled.
    action(QStringLiteral("helpAbout"))->trigger();
    QWidget *about = nullptr;
    QTRY_VERIFY((about = m_window->findChild<QWidget *>(QStringLiteral("aboutDialog"))) && about->isVisible());
    QVERIFY(about->findChild<QLabel *>(QStringLiteral("aboutVersion"))->text().contains(QStringLiteral(SENDIVENT_VERSION)));
    const QString licences = about->findChild<QTextEdit *>(QStringLiteral("aboutLicences"))->toPlainText();
    for (const char *part : {"LGPL", "QtKeychain", "nlohmann/json", "MIT", "SQLite", "Public domain", "demo workspace"})
        QVERIFY2(licences.contains(QLatin1StringView(part)), part);
    about->close();

    // The guide is the README, readable offline.
    action(QStringLiteral("helpGuide"))->trigger();
    QWidget *guide = nullptr;
    QTRY_VERIFY((guide = m_window->findChild<QWidget *>(QStringLiteral("guideDialog"))) && guide->isVisible());
    QVERIFY(guide->findChild<QTextEdit *>(QStringLiteral("guideText"))->toPlainText().contains(QStringLiteral("Go to anything")));
    guide->close();
}

void tst_MainWindow::backAndForwardFollowThePagesShown()
{
    QVERIFY(!action(QStringLiteral("goBack"))->isEnabled());
    QVERIFY(m_window->showPage(QStringLiteral("contactsPage")));
    QVERIFY(m_window->showPage(QStringLiteral("webhooksPage")));
    QVERIFY(action(QStringLiteral("goBack"))->isEnabled());
    action(QStringLiteral("goBack"))->trigger();
    QCOMPARE(currentPage(), QStringLiteral("contactsPage"));
    action(QStringLiteral("goBack"))->trigger();
    QCOMPARE(currentPage(), QStringLiteral("eventsPage"));
    QVERIFY(!action(QStringLiteral("goBack"))->isEnabled());
    action(QStringLiteral("goForward"))->trigger();
    QCOMPARE(currentPage(), QStringLiteral("contactsPage"));
    // A new page drops what was ahead.
    QVERIFY(m_window->showPage(QStringLiteral("serverPage")));
    QVERIFY(!action(QStringLiteral("goForward"))->isEnabled());
    action(QStringLiteral("goBack"))->trigger();
    QCOMPARE(currentPage(), QStringLiteral("contactsPage"));
}

// The dialog is made from the actions and shortcuts themselves: every menu shortcut
// is listed with its keys, the pages' own shortcuts are, and changing an action's
// shortcut changes the list.
void tst_MainWindow::shortcutsDialogListsTheActions()
{
    const auto openDialog = [this]() -> QTreeWidget * {
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get()))
            return nullptr;
        QTest::keyClick(m_window.get(), Qt::Key_Question, Qt::ControlModifier);
        QWidget *dialog = nullptr;
        if (!QTest::qWaitFor([&] {
                dialog = m_window->findChild<QWidget *>(QStringLiteral("shortcutsDialog"));
                return dialog && dialog->isVisible();
            }))
            return nullptr;
        return dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutsList"));
    };
    QTreeWidget *list = openDialog();
    QVERIFY(list);
    QHash<QString, QString> listed; // keys → text
    QStringList groups;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        groups << list->topLevelItem(i)->text(0);
        for (int j = 0; j < list->topLevelItem(i)->childCount(); ++j) {
            // "Ctrl+Z, Alt+Backspace": each key on its own.
            const QTreeWidgetItem *item = list->topLevelItem(i)->child(j);
            for (const QString &keys : item->text(1).split(QStringLiteral(", ")))
                listed.insert(keys, item->text(0));
        }
    }
    int fromMenus = 0;
    std::function<void(const QList<QAction *> &)> check = [&](const QList<QAction *> &actions) {
        for (const QAction *a : actions) {
            if (a->menu()) {
                check(a->menu()->actions());
                continue;
            }
            if (a->shortcut().isEmpty())
                continue;
            const QString keys = a->shortcut().toString(QKeySequence::NativeText);
            QVERIFY2(listed.contains(keys), qPrintable(keys));
            ++fromMenus;
        }
    };
    check(m_window->menuBar()->actions());
    QVERIFY(fromMenus >= 16); // 8 pages, find, save, quit, go to, back, forward, guide, shortcuts, edit…
    QCOMPARE(listed.value(QStringLiteral("Ctrl+K")), QStringLiteral("Go to Anything"));
    QCOMPARE(listed.value(QStringLiteral("Ctrl+F")), QStringLiteral("Find"));
    QCOMPARE(listed.value(QStringLiteral("Ctrl+3")), QStringLiteral("Contacts"));
    QCOMPARE(listed.value(QStringLiteral("Del")), QStringLiteral("Delete the selected event"));
    QVERIFY(groups.contains(QStringLiteral("On the Templates page")));
    QVERIFY(groups.contains(QStringLiteral("Edit")));
    list->window()->close();
    QTRY_VERIFY(!m_window->findChild<QWidget *>(QStringLiteral("shortcutsDialog")));

    action(QStringLiteral("goToAction"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    list = openDialog();
    QVERIFY(list);
    QVERIFY(!list->findItems(QStringLiteral("Ctrl+J"), Qt::MatchExactly | Qt::MatchRecursive, 1).isEmpty());
    QVERIFY(list->findItems(QStringLiteral("Ctrl+K"), Qt::MatchExactly | Qt::MatchRecursive, 1).isEmpty());
}

// Settings → Language: the whole window speaks Swedish at once — sidebar, menus,
// buttons, headers, the Settings page itself — while the page, the selection and an
// unsaved edit stay; and back.
void tst_MainWindow::languageSwitchesLive()
{
    // Something to keep: a selected event, an edit not saved, the page shown.
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("eventTable"));
    QTRY_VERIFY(table->model()->rowCount() > 2);
    table->selectRow(2);
    const QString selected = table->currentIndex().siblingAtColumn(0).data().toString();
    auto *name = m_window->findChild<QLineEdit *>(QStringLiteral("eventName"));
    QVERIFY(name);
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Renamed, not saved"));
    QVERIFY(m_window->page(QStringLiteral("eventsPage"))->hasUnsavedChanges());

    auto *sidebar = m_window->findChild<QListWidget *>(QStringLiteral("sidebar"));
    const auto menuTitle = [this](const char *menu) {
        return m_window->findChild<QMenu *>(QLatin1StringView(menu))->title();
    };
    const auto header = [table] { return table->model()->headerData(1, Qt::Horizontal).toString(); };
    QCOMPARE(sidebar->item(0)->text(), QStringLiteral("Events"));
    QCOMPARE(header(), QStringLiteral("Name"));

    settingsPage()->setLanguage(QStringLiteral("sv"));
    QTRY_COMPARE(sidebar->item(0)->text(), QStringLiteral("Händelser"));
    QCOMPARE(sidebar->item(7)->text(), QStringLiteral("Inställningar"));
    QVERIFY(sidebar->item(1)->toolTip().contains(QStringLiteral("Ctrl+2")));
    QCOMPARE(menuTitle("fileMenu"), QStringLiteral("&Arkiv"));
    QCOMPARE(menuTitle("editMenu"), QStringLiteral("&Redigera"));
    QCOMPARE(menuTitle("helpMenu"), QStringLiteral("&Hjälp"));
    QCOMPARE(action(QStringLiteral("viewPage_eventsPage"))->text(), QStringLiteral("Händelser"));
    QCOMPARE(m_window->findChild<QPushButton *>(QStringLiteral("eventNew"))->text(), QStringLiteral("Ny händelse"));
    QCOMPARE(header(), QStringLiteral("Namn"));
    QCOMPARE(m_window->findChild<QComboBox *>(QStringLiteral("dataSource"))->itemText(0), QStringLiteral("Lokal"));
    QCOMPARE(m_window->findChild<QComboBox *>(QStringLiteral("settingsTheme"))->itemText(0),
        QStringLiteral("Följ systemet"));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("serverStatus"))->text().contains(QStringLiteral("Lokal server")));
    QCOMPARE(QLocale().language(), QLocale::Swedish);
    // What the user had is still there.
    QCOMPARE(currentPage(), QStringLiteral("eventsPage"));
    QCOMPARE(table->currentIndex().siblingAtColumn(0).data().toString(), selected);
    QCOMPARE(name->text(), QStringLiteral("Renamed, not saved"));
    QVERIFY(m_window->page(QStringLiteral("eventsPage"))->hasUnsavedChanges());

    settingsPage()->setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(sidebar->item(0)->text(), QStringLiteral("Events"));
    QCOMPARE(menuTitle("fileMenu"), QStringLiteral("&File"));
    QCOMPARE(m_window->findChild<QPushButton *>(QStringLiteral("eventNew"))->text(), QStringLiteral("New event"));
    QCOMPARE(header(), QStringLiteral("Name"));
    QCOMPARE(m_window->findChild<QComboBox *>(QStringLiteral("dataSource"))->itemText(0), QStringLiteral("Local"));
    QCOMPARE(name->text(), QStringLiteral("Renamed, not saved"));
}

// View → Theme: dark and light apply at once — the palette, the sidebar's style sheet
// (palette roles, polished again) and the colours painted into the status bar — and
// "system" goes back to the platform's.
void tst_MainWindow::themeSwitchesLive()
{
    auto *sidebar = m_window->findChild<QListWidget *>(QStringLiteral("sidebar"));
    auto *status = m_window->findChild<QLabel *>(QStringLiteral("serverStatus"));
    const auto background = [sidebar] {
        // Below the last page: the list's own background.
        return sidebar->grab().toImage().pixelColor(sidebar->width() / 2, sidebar->height() - 4);
    };
    QVERIFY(!app::theme::isDark(QApplication::palette()));
    const QColor lightBackground = background();
    QVERIFY(lightBackground.lightness() > 128);
    const QString lightStatus = status->text();
    // Icons drawn from the palette (the status filter's) are drawn again.
    auto *delivered = m_window->findChild<QAction *>(QStringLiteral("deliveryStatus_delivered"));
    QVERIFY(delivered);
    const QImage lightIcon = delivered->icon().pixmap(16, 16).toImage();

    action(QStringLiteral("viewTheme_dark"))->trigger();
    QVERIFY(app::theme::isDark(QApplication::palette()));
    QTRY_VERIFY(app::theme::isDark(m_window->palette()));
    QTRY_VERIFY(background().lightness() < 100);
    QVERIFY(status->text() != lightStatus); // the green dot is the dark theme's green
    QTRY_VERIFY(delivered->icon().pixmap(16, 16).toImage() != lightIcon);
    // Colours a page wrote into its own rich text follow too.
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("deliveryLive"))
                ->text()
                .contains(app::theme::colors(QApplication::palette()).success.name()));
    QCOMPARE(QSettings().value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));
    QCOMPARE(m_window->findChild<QComboBox *>(QStringLiteral("settingsTheme"))->currentData().toString(),
        QStringLiteral("dark"));

    action(QStringLiteral("viewTheme_system"))->trigger();
    QTRY_VERIFY(!app::theme::isDark(m_window->palette()));
    QTRY_COMPARE(background(), lightBackground);
    QCOMPARE(status->text(), lightStatus);
}

// Every text of a window switched live — in both directions — is what a window
// built in that language shows: labels, buttons, group titles, placeholders and
// tips, counts ("5 kontakter") and texts built with arguments included.
void tst_MainWindow::liveSwitchLooksLikeAFreshStart()
{
    const auto texts = [](QWidget *root) {
        QMap<QString, QString> out;
        QHash<QString, int> seen;
        const auto widgets = root->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            QString key = QString::fromLatin1(w->metaObject()->className()) + u'/' + w->objectName();
            for (QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget())
                key.prepend(p->objectName() + u'/');
            key += u'#' + QString::number(seen[key]++);
            QString text;
            if (auto *label = qobject_cast<QLabel *>(w))
                text = label->text();
            else if (auto *button = qobject_cast<QAbstractButton *>(w))
                text = button->text();
            else if (auto *box = qobject_cast<QGroupBox *>(w))
                text = box->title();
            else if (auto *line = qobject_cast<QLineEdit *>(w))
                text = line->placeholderText();
            // The clock panel shows the time to the second: the two windows are built
            // moments apart, so the time itself is not compared, its words are.
            static const QRegularExpression time(u"\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"_s);
            QString all = text + u" | "_s + w->toolTip() + u" | "_s + w->accessibleName();
            out.insert(key, all.replace(time, u"<time>"_s));
        }
        return out;
    };
    for (const QString &language : {QStringLiteral("sv"), QStringLiteral("en")}) {
        settingsPage()->setLanguage(language);
        QTRY_COMPARE(QLocale().name().left(2), language);
        QCoreApplication::sendPostedEvents(); // the LanguageChange
        const auto live = texts(m_window.get());
        app::MainWindow fresh(m_backend.get());
        fresh.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fresh));
        QTRY_COMPARE(fresh.findChild<QLabel *>(QStringLiteral("eventCount"))->text(),
            m_window->findChild<QLabel *>(QStringLiteral("eventCount"))->text());
        const auto expected = texts(&fresh);
        QStringList differ;
        for (auto it = live.cbegin(); it != live.cend(); ++it) {
            if (!expected.contains(it.key()) || expected.value(it.key()) == it.value())
                continue;
            differ << it.key() + u"\n  live:  "_s + it.value() + u"\n  fresh: "_s + expected.value(it.key());
        }
        QVERIFY2(differ.isEmpty(), qPrintable(language + u":\n"_s + differ.join(u'\n')));
        QVERIFY(live.size() > 500);
    }
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
