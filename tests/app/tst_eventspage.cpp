// The Events page, driven offscreen through the real MainWindow: the list and its
// search, the details form (create, rename, delete, channels, languages) and the
// workspace fixture's import and export.
#include "../localserver/sendfixture.h"

#include <backend/localbackend.h>
#include <changenotifier.h>
#include <contacts/contactservice.h>
#include <localservices.h>
#include <mainwindow.h>
#include <remote/remotebackend.h>
#include <storage/database.h>
#include <widgets/errorbanner.h>
#include <workspace/eventlistmodel.h>
#include <workspace/eventspage.h>

#include <jsoncompare.h>
#include <QtCore/QAbstractItemModel>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QAbstractItemModelTester>

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>

using namespace sendivent;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

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
    void createRenameAndDelete();
    void invalidIdentifierIsShownInline();
    void channelsAndLanguages();
    void exportThenImport();
    void malformedImportChangesNothing();
    void copiesARemoteWorkspaceIntoTheLocalOne();

private:
    template<typename T> T *find(const char *name) const
    {
        auto *w = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }
    app::EventsPage *page() const { return find<app::EventsPage>("eventsPage"); }
    const Event *stored(const QString &identifier) const
    {
        m_snapshot = *m_services->workspace.current();
        return m_snapshot->findEvent(identifier);
    }
    mutable WorkspaceService::Snapshot m_snapshot;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<test::LocalServices> m_core;
    Services *m_services = nullptr;
    std::unique_ptr<LocalBackend> m_backend;
    std::unique_ptr<app::MainWindow> m_window;
};

void tst_EventsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("s.db")));
    QVERIFY(m_db->open().ok());
    m_notifier = std::make_unique<ChangeNotifier>();
    m_core = std::make_unique<test::LocalServices>(*m_db, m_notifier.get());
    m_services = &m_core->services;
    m_backend = std::make_unique<LocalBackend>(*m_services);
    QVERIFY(m_services->workspace.seedDemoIfEmpty().ok());
    m_window = std::make_unique<app::MainWindow>(m_backend.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_EventsPage::cleanup()
{
    m_window.reset();
    m_backend.reset();
    m_core.reset();
    m_notifier.reset();
    m_db.reset();
    m_dir.reset();
}

void tst_EventsPage::modelPassesTester()
{
    app::EventListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEvents((*m_services->workspace.current())->events);
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
    QCOMPARE(identifiers,
        (QStringList {QStringLiteral("order.confirmed"), QStringLiteral("order.shipped"),
            QStringLiteral("password.reset"), QStringLiteral("team.alert"), QStringLiteral("user.welcome")}));
    auto *count = m_window->findChild<QLabel *>(QStringLiteral("eventCount"));
    QVERIFY(count->text().contains(QStringLiteral("5")));
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
    auto *name = find<QLineEdit>("eventName");
    auto *identifier = find<QLineEdit>("eventIdentifier");
    auto *languages = find<QListWidget>("eventLanguages");
    QVERIFY(table && name && identifier && languages);
    QTRY_COMPARE(table->model()->rowCount(), 5);
    const QModelIndex last = table->model()->index(4, 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(last).center());
    QTRY_COMPARE(name->text(), QStringLiteral("User welcome"));
    QCOMPARE(identifier->text(), QStringLiteral("user.welcome"));
    for (const char *channel : {"email", "slack", "push"})
        QVERIFY(find<QCheckBox>(qPrintable(QStringLiteral("eventChannel_") + QLatin1String(channel)))->isChecked());
    QVERIFY(!find<QCheckBox>("eventChannel_sms")->isChecked());
    QCOMPARE(languages->count(), 2);
    QCOMPARE(languages->item(0)->data(Qt::UserRole).toString(), QStringLiteral("en"));
    QCOMPARE(languages->item(1)->data(Qt::UserRole).toString(), QStringLiteral("sv"));
    QVERIFY(find<QLabel>("eventTemplates")->text().contains(QStringLiteral("push")));
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

void tst_EventsPage::createRenameAndDelete()
{
    auto *table = find<QTableView>("eventTable");
    QTRY_COMPARE(table->model()->rowCount(), 5);
    QTest::mouseClick(find<QPushButton>("eventNew"), Qt::LeftButton);
    QTRY_COMPARE(table->model()->rowCount(), 6);
    QVERIFY(stored(QStringLiteral("new.event")));
    QCOMPARE(page()->selectedEvent(), QStringLiteral("new.event"));

    // Rename: name and identifier typed into the form, then saved.
    auto *name = find<QLineEdit>("eventName");
    auto *identifier = find<QLineEdit>("eventIdentifier");
    QTRY_COMPARE(identifier->text(), QStringLiteral("new.event"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Invoice paid"));
    identifier->selectAll();
    QTest::keyClicks(identifier, QStringLiteral("invoice.paid"));
    QVERIFY(find<QLabel>("eventHint")->text().contains(QStringLiteral("EVENT_NOT_FOUND")));
    QTest::mouseClick(find<QPushButton>("eventSave"), Qt::LeftButton);
    QTRY_VERIFY(stored(QStringLiteral("invoice.paid")));
    QVERIFY(!stored(QStringLiteral("new.event")));
    QCOMPARE(stored(QStringLiteral("invoice.paid"))->name, QStringLiteral("Invoice paid"));
    QTRY_COMPARE(page()->selectedEvent(), QStringLiteral("invoice.paid"));
    QVERIFY(!find<QPushButton>("eventSave")->isEnabled());

    // Delete, no dialog; then undo from the status line.
    QVERIFY(page()->deleteSelected());
    QTRY_COMPARE(table->model()->rowCount(), 5);
    QVERIFY(!stored(QStringLiteral("invoice.paid")));
    auto *status = find<QLabel>("eventStatus");
    QVERIFY(status->text().contains(QStringLiteral("href=\"undo\"")));
    Q_EMIT status->linkActivated(QStringLiteral("undo"));
    QTRY_COMPARE(table->model()->rowCount(), 6);
    QVERIFY(stored(QStringLiteral("invoice.paid")));
}

void tst_EventsPage::invalidIdentifierIsShownInline()
{
    QTRY_COMPARE(find<QTableView>("eventTable")->model()->rowCount(), 5);
    QVERIFY(page()->selectEvent(QStringLiteral("order.shipped")));
    auto *identifier = find<QLineEdit>("eventIdentifier");
    QTRY_COMPARE(identifier->text(), QStringLiteral("order.shipped"));
    identifier->selectAll();
    QTest::keyClicks(identifier, QStringLiteral("order shipped!"));
    const qint64 revision = m_services->workspace.cachedRevision();
    QTest::mouseClick(find<QPushButton>("eventSave"), Qt::LeftButton);
    auto *errors = find<app::ErrorBanner>("eventErrors");
    QTRY_VERIFY(errors->isVisible());
    // The field path is the form's own ("identifier"), not the workspace's ("events[1].identifier").
    QVERIFY2(errors->text().contains(QStringLiteral("identifier — use 1 to 100 letters")), qPrintable(errors->text()));
    QVERIFY(!errors->text().contains(QStringLiteral("events[")));
    QVERIFY(stored(QStringLiteral("order.shipped")));
    QCOMPARE(m_services->workspace.cachedRevision(), revision);
    // The form keeps the edit, to be fixed.
    QCOMPARE(identifier->text(), QStringLiteral("order shipped!"));
    QVERIFY(page()->hasUnsavedChanges());
}

void tst_EventsPage::channelsAndLanguages()
{
    QTRY_COMPARE(find<QTableView>("eventTable")->model()->rowCount(), 5);
    QVERIFY(page()->selectEvent(QStringLiteral("password.reset")));
    QTRY_COMPARE(find<QLineEdit>("eventIdentifier")->text(), QStringLiteral("password.reset"));

    // Add push, drop sms; add German, drop Swedish.
    find<QCheckBox>("eventChannel_push")->setChecked(true);
    find<QCheckBox>("eventChannel_sms")->setChecked(false);
    QVERIFY(find<QLabel>("eventHint")->text().contains(QStringLiteral("sms")));
    QTest::keyClicks(find<QLineEdit>("eventNewLanguage"), QStringLiteral("de"));
    QTest::mouseClick(find<QPushButton>("eventAddLanguage"), Qt::LeftButton);
    auto *languages = find<QListWidget>("eventLanguages");
    QCOMPARE(languages->count(), 3);
    languages->setCurrentRow(1); // sv
    QCOMPARE(languages->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("sv"));
    QTest::mouseClick(find<QPushButton>("eventRemoveLanguage"), Qt::LeftButton);
    QCOMPARE(languages->count(), 2);
    // The default language cannot be removed.
    languages->setCurrentRow(0);
    QVERIFY(!find<QPushButton>("eventRemoveLanguage")->isEnabled());

    QTest::mouseClick(find<QPushButton>("eventSave"), Qt::LeftButton);
    QTRY_VERIFY(stored(QStringLiteral("password.reset"))->channels == (QList<Channel> {Channel::Email, Channel::Push}));
    const Event *e = stored(QStringLiteral("password.reset"));
    QCOMPARE(e->languages(), (QStringList {QStringLiteral("en"), QStringLiteral("de")}));
    // German starts as a copy of English; push got a starter in each language.
    QCOMPARE(e->findTemplate(Channel::Email, QStringLiteral("de"))->fields,
        e->findTemplate(Channel::Email, QStringLiteral("en"))->fields);
    QVERIFY(e->findTemplate(Channel::Push, QStringLiteral("en")));
    QVERIFY(e->findTemplate(Channel::Push, QStringLiteral("de")));
    QVERIFY(!e->findTemplate(Channel::Sms, QStringLiteral("en")));

    // A bad language tag is refused inline, not saved.
    QTest::keyClicks(find<QLineEdit>("eventNewLanguage"), QStringLiteral("not a tag"));
    QTest::mouseClick(find<QPushButton>("eventAddLanguage"), Qt::LeftButton);
    QVERIFY(find<app::ErrorBanner>("eventErrors")->text().contains(QStringLiteral("not a language tag")));
    QCOMPARE(languages->count(), 2);
}

void tst_EventsPage::exportThenImport()
{
    QTRY_COMPARE(find<QTableView>("eventTable")->model()->rowCount(), 5);
    const QString path = m_dir->filePath(QStringLiteral("workspace.json"));
    QVERIFY(page()->exportTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto exported = parseJson(file.readAll());
    file.close();
    QVERIFY(exported);
    QCOMPARE((*exported)["events"].size(), size_t(5));
    QVERIFY(!dumpJson(*exported).contains("demo-secret")); // secrets stay home

    // Import a smaller fixture: the workspace follows it.
    (*exported)["events"].erase(0);
    QVERIFY(writeFile(path, dumpJson(*exported)));
    QVERIFY(page()->importFrom(path));
    QTRY_COMPARE(find<QTableView>("eventTable")->model()->rowCount(), 4);
    QVERIFY(find<QLabel>("eventStatus")->text().contains(QStringLiteral("4 event")));
}

void tst_EventsPage::malformedImportChangesNothing()
{
    QTRY_COMPARE(find<QTableView>("eventTable")->model()->rowCount(), 5);
    const qint64 revision = m_services->workspace.cachedRevision();
    auto *errors = find<app::ErrorBanner>("importErrors");

    // Not JSON: the position is named.
    const QString broken = m_dir->filePath(QStringLiteral("broken.json"));
    QVERIFY(writeFile(broken, "{\"events\": [\n  {\"identifier\": }\n]}"));
    QVERIFY(!page()->importFrom(broken));
    QVERIFY(errors->isVisible());
    QVERIFY2(errors->text().contains(QStringLiteral("byte")), qPrintable(errors->text()));

    // Valid JSON, invalid fixture: every problem listed with its field, nothing stored.
    Json fixture = WorkspaceService::demoFixture();
    fixture["events"][0]["channels"].push_back("fax");
    fixture["events"][1]["templates"][0]["html"] = "{{#if payload.x}}unclosed";
    const QString invalid = m_dir->filePath(QStringLiteral("invalid.json"));
    QVERIFY(writeFile(invalid, dumpJson(fixture)));
    QVERIFY(!page()->importFrom(invalid));
    QVERIFY2(errors->text().contains(QStringLiteral("events[0].channels[3]")), qPrintable(errors->text()));
    QVERIFY2(errors->text().contains(QStringLiteral("events[1].templates[0].html")), qPrintable(errors->text()));
    QVERIFY(errors->text().contains(QStringLiteral("syntax error at 1:")));
    QCOMPARE(m_services->workspace.cachedRevision(), revision);
    QCOMPARE(find<QTableView>("eventTable")->model()->rowCount(), 5);

    // Dismissed with its button.
    QTest::mouseClick(errors->findChild<QWidget *>(QStringLiteral("errorClose")), Qt::LeftButton);
    QVERIFY(!errors->isVisible());
}

void tst_EventsPage::copiesARemoteWorkspaceIntoTheLocalOne()
{
    // A real local server stands in for the sandbox API, with the send tests' workspace.
    test::TestServer remoteServer;
    QVERIFY(remoteServer.start());
    test::HttpClient client(test::kSandboxKey);
    QCOMPARE(client.put(remoteServer.url(QStringLiteral("/_local/workspace")), test::sendFixture()).status, 200);
    RemoteBackend remote(Environment::Sandbox, remoteServer.url({}));
    remote.setApiKey(test::kSandboxKey);

    auto *pull = find<QPushButton>("workspacePull");
    QVERIFY(pull);
    QVERIFY(pull->isHidden()); // browsing the local workspace: nothing to copy
    const qint64 contacts = ContactService(*m_db).count().value();
    const QString appName = (*m_services->workspace.current())->appName;

    page()->setBackend(&remote);
    QVERIFY(!pull->isHidden());
    pull->click();
    QTRY_VERIFY_WITH_TIMEOUT(stored(QStringLiteral("all.channels")) != nullptr, 15000);
    const Event *copied = stored(QStringLiteral("all.channels"));
    QCOMPARE(size_t(copied->templates.size()), test::sendFixture()["events"][0]["templates"].size());
    QVERIFY(!stored(QStringLiteral("order.confirmed"))); // the demo's events were replaced
    QCOMPARE(ContactService(*m_db).count().value(), contacts); // local contacts stay
    QCOMPARE((*m_services->workspace.current())->appName, appName); // not readable remotely

    page()->setBackend(m_backend.get());
    QVERIFY(pull->isHidden());
}

QTEST_MAIN(tst_EventsPage)
#include "tst_eventspage.moc"
