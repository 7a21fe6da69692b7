// The shell: the sidebar holds only pages that exist, Ctrl+N and clicks switch them,
// the data-source switch offers only what works, the status bar follows the server,
// the window remembers its geometry, splitters and page, and the palette follows
// the system (or the "ui/theme" setting).
#include <changenotifier.h>
#include <database.h>
#include <datasource.h>
#include <localbackend.h>
#include <mainwindow.h>
#include <page.h>
#include <theme.h>

#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtGui/QStandardItemModel>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QStackedWidget>

using namespace sendivent;

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

private:
    void makeWindow();
    QString currentPage() const
    {
        return m_window->findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget()->objectName();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChangeNotifier> m_notifier;
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
    m_backend = std::make_unique<LocalBackend>(*m_db, m_notifier.get());
    QVERIFY(m_backend->workspace().seedDemoIfEmpty().ok());
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

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
