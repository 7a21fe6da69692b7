// The first GUI page, driven offscreen through the real MainWindow.
#include <changenotifier.h>
#include <database.h>
#include <eventlistmodel.h>
#include <localbackend.h>
#include <mainwindow.h>

#include <QtCore/QAbstractItemModel>
#include <QtCore/QTemporaryDir>
#include <QtTest/QAbstractItemModelTester>
#include <jsoncompare.h>

#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTextBrowser>

using namespace sendivent;

class tst_EventsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void modelPassesTester();
    void listsWorkspaceEvents();
    void searchFilters();
    void selectionShowsDetails();
    void reloadsWhenWorkspaceChanges();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<LocalBackend> m_backend;
    std::unique_ptr<app::MainWindow> m_window;
};

void tst_EventsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("s.db")));
    QVERIFY(m_db->open().ok());
    m_notifier = std::make_unique<ChangeNotifier>();
    m_backend = std::make_unique<LocalBackend>(*m_db, m_notifier.get());
    QVERIFY(m_backend->workspace().seedDemoIfEmpty().ok());
    m_window = std::make_unique<app::MainWindow>(m_backend.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_EventsPage::cleanup()
{
    m_window.reset();
    m_backend.reset();
    m_notifier.reset();
    m_db.reset();
    m_dir.reset();
}

void tst_EventsPage::modelPassesTester()
{
    app::EventListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEvents((*m_backend->workspace().current())->events);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(app::EventListModel::ColumnCount));
    QCOMPARE(model.index(1, app::EventListModel::ChannelsColumn).data().toString(), QStringLiteral("email, sms, push"));
    model.setEvents({});
    QCOMPARE(model.rowCount(), 0);
}

void tst_EventsPage::listsWorkspaceEvents()
{
    auto *sidebar = m_window->findChild<QListWidget *>(QStringLiteral("sidebar"));
    QVERIFY(sidebar);
    QCOMPARE(sidebar->item(0)->text(), QStringLiteral("Events"));
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("eventTable"));
    QVERIFY(table);
    QTRY_COMPARE(table->model()->rowCount(), 5);
    QStringList identifiers;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        identifiers << table->model()->index(row, app::EventListModel::IdentifierColumn).data().toString();
    QCOMPARE(identifiers, (QStringList{QStringLiteral("order.confirmed"), QStringLiteral("order.shipped"),
                                       QStringLiteral("password.reset"), QStringLiteral("team.alert"),
                                       QStringLiteral("user.welcome")}));
    auto *status = m_window->findChild<QLabel *>(QStringLiteral("eventStatus"));
    QVERIFY(status->text().contains(QStringLiteral("5")));
}

void tst_EventsPage::searchFilters()
{
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("eventTable"));
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("eventSearch"));
    QVERIFY(table && search);
    QTest::keyClicks(search, QStringLiteral("order"));
    QTRY_COMPARE(table->model()->rowCount(), 2);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("telegram")); // matches the channels column
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("team.alert"));
    search->clear();
    QTRY_COMPARE(table->model()->rowCount(), 5);
}

void tst_EventsPage::selectionShowsDetails()
{
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("eventTable"));
    auto *details = m_window->findChild<QTextBrowser *>(QStringLiteral("eventDetails"));
    QVERIFY(table && details);
    QTRY_COMPARE(table->model()->rowCount(), 5);
    const QModelIndex last = table->model()->index(4, 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(last).center());
    QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("User welcome")));
    QVERIFY(details->toPlainText().contains(QStringLiteral("email, slack, push")));
    QVERIFY(details->toPlainText().contains(QStringLiteral("en, sv")));
}

void tst_EventsPage::reloadsWhenWorkspaceChanges()
{
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("eventTable"));
    QTRY_COMPARE(table->model()->rowCount(), 5);
    Json fixture = WorkspaceService::demoFixture();
    fixture["events"].erase(0);
    // Another service instance (as the server thread would) changes the workspace.
    WorkspaceService other(*m_db, m_notifier.get());
    QVERIFY(other.importFixture(fixture).ok());
    QTRY_COMPARE(table->model()->rowCount(), 4);
}

QTEST_MAIN(tst_EventsPage)
#include "tst_eventspage.moc"
