// The Contacts page, driven offscreen through the real MainWindow over a real local
// server's database: the lazy table, search as you type, create and edit through the
// dialog (with its validation), GDPR erasure after the confirmation, and CSV import
// (with a bad row reported) and export.
#include <contacts/contactscsv.h>
#include <contacts/contactsdialog.h>
#include <contacts/contactsmodel.h>
#include <contacts/contactspage.h>
#include <stubservers.h>
#include <widgets/errorbanner.h>
#include <windowfixture.h>

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QRegularExpression>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QToolButton>

using namespace sendivent;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

class tst_ContactsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void csvParsing();
    void modelPassesTester();
    void pagesLoadAsTheTableScrolls();
    void searchAsYouType();
    void showContactBeatsASearchBeingTyped();
    void createThroughDialogWithValidation();
    void editThroughDialog();
    void conflictIsShownInTheDialog();
    void deleteAsksThenErases();
    void csvImportReportsBadRows();
    void csvExportRoundTrips();

private:
    app::ContactsPage *page() const { return m_app.window->findChild<app::ContactsPage *>(u"contactsPage"_s); }
    QTableView *table() const { return m_app.window->findChild<QTableView *>(u"contactTable"_s); }
    Contact add(const Json &body)
    {
        auto input = parseContactInput(body);
        if (!input)
            qFatal("bad contact in test: %s", qPrintable(input.error().message));
        auto saved = take(m_app.backend->saveContact(*input));
        if (!saved)
            qFatal("could not add contact: %s", qPrintable(saved.error().message));
        return saved->contact;
    }
    std::optional<Contact> stored(const QString &identifier)
    {
        auto c = take(m_app.backend->contact(identifier));
        return c ? std::optional<Contact>(*c) : std::nullopt;
    }
    app::ContactDialog *openDialog() const
    {
        app::ContactDialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] { return (dialog = m_app.window->findChild<app::ContactDialog *>()) != nullptr; }, 2000))
            qWarning("no contact dialog opened");
        return dialog;
    }
    static void type(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    WindowWithServer m_app;
    QTemporaryDir m_files;
};

void tst_ContactsPage::init()
{
    m_app.size = {1400, 900};
    m_app.start(u"contactsPage"_s, {}, [](Services &services) -> Status {
        Json withoutContacts = WorkspaceService::demoFixture();
        withoutContacts["contacts"] = Json::array(); // the demo workspace without its contacts
        if (auto imported = services.workspace.importFixture(withoutContacts); !imported)
            return imported.error();
        return {};
    });
}

void tst_ContactsPage::cleanup()
{
    m_app.stop();
}

void tst_ContactsPage::csvParsing()
{
    const auto records = app::parseCsv(u"\uFEFFemail,name\r\n\"a@x.test\",\"Doe, \"\"JD\"\" Jane\"\r\n\r\nb@x.test,\"two\nlines\"\n"_s);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records[0], (QStringList{u"email"_s, u"name"_s}));
    QCOMPARE(records[1], (QStringList{u"a@x.test"_s, u"Doe, \"JD\" Jane"_s}));
    QCOMPARE(records[2], (QStringList{u"b@x.test"_s, u"two\nlines"_s}));
    const QString line = app::csvRecord({u"plain"_s, u"with,comma"_s, u"with \"quote\""_s});
    QCOMPARE(line, u"plain,\"with,comma\",\"with \"\"quote\"\"\"\r\n"_s);
    QCOMPARE(app::parseCsv(line).value(0), (QStringList{u"plain"_s, u"with,comma"_s, u"with \"quote\""_s}));
}

void tst_ContactsPage::modelPassesTester()
{
    for (int i = 0; i < 230; ++i)
        add(Json{{"email", toStd(u"user%1@example.com"_s.arg(i))}, {"name", toStd(u"User %1"_s.arg(i))}});
    app::ContactsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackend(m_app.backend.get());
    QTRY_VERIFY(model.rowCount() >= 100); // the tester fetches more itself
    QCOMPARE(model.total(), 230);
    while (model.canFetchMore({}) || model.isLoading()) {
        model.fetchMore({});
        QTest::qWait(1);
    }
    QCOMPARE(model.rowCount(), 230);
    QCOMPARE(model.index(0, app::ContactsModel::EmailColumn).data().toString(), u"user0@example.com"_s);
    model.setSearch(u"user22"_s); // user22, user220…229
    QTRY_COMPARE(model.rowCount(), 11);
    add(Json{{"email", "user2200@example.com"}});
    model.refresh();
    QTRY_COMPARE(model.rowCount(), 12);
    QCOMPARE(model.total(), 12);
}

void tst_ContactsPage::pagesLoadAsTheTableScrolls()
{
    for (int i = 0; i < 450; ++i)
        add(Json{{"phone", toStd(u"+4670%1"_s.arg(1000000 + i))}});
    page()->setBackend(m_app.backend.get());
    QTRY_COMPARE(table()->model()->rowCount(), 100);
    auto *count = m_app.window->findChild<QLabel *>(u"contactCount"_s);
    QTRY_VERIFY2(count->text().startsWith(u"450 contact"_s), qPrintable(count->text()));
    table()->scrollToBottom();
    QTRY_COMPARE(table()->model()->rowCount(), 200);
    table()->scrollToBottom();
    QTRY_COMPARE(table()->model()->rowCount(), 300);
}

void tst_ContactsPage::searchAsYouType()
{
    add(Json{{"email", "alice@example.com"}, {"name", "Alice Andersson"}});
    add(Json{{"email", "bob@example.com"}, {"name", "Bob Berg"}});
    add(Json{{"phone", "+46701234567"}, {"name", "Carl"}});
    page()->setBackend(m_app.backend.get());
    QTRY_COMPARE(table()->model()->rowCount(), 3);
    auto *search = m_app.window->findChild<QLineEdit *>(u"contactSearch"_s);
    QTest::keyClicks(search, u"ander"_s);
    QCOMPARE(table()->model()->rowCount(), 3); // debounced: nothing yet
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(table()->model()->index(0, app::ContactsModel::NameColumn).data().toString(), u"Alice Andersson"_s);
    QTRY_VERIFY(m_app.window->findChild<QLabel *>(u"contactCount"_s)->text().startsWith(u"1 contact"_s));
    QVERIFY(m_app.window->findChild<QLabel *>(u"contactCount"_s)->text().endsWith(u"“ander”"_s));
    search->clear();
    QTest::keyClicks(search, u"+46 70 123"_s); // a phone as people type it
    QTRY_COMPARE(table()->model()->index(0, app::ContactsModel::NameColumn).data().toString(), u"Carl"_s);
    QCOMPARE(table()->model()->rowCount(), 1);
    search->clear();
    QTRY_COMPARE(table()->model()->rowCount(), 3);
}

void tst_ContactsPage::showContactBeatsASearchBeingTyped()
{
    const Contact alice = add(Json{{"email", "alice@example.com"}, {"name", "Alice Andersson"}});
    add(Json{{"email", "bob@example.com"}, {"name", "Bob Berg"}});
    page()->setBackend(m_app.backend.get());
    QTRY_COMPARE(table()->model()->rowCount(), 2);
    // A search typed but not yet run (its debounce pending) would empty the list a
    // moment after the contact were selected in it: the contact is searched for.
    auto *search = m_app.window->findChild<QLineEdit *>(u"contactSearch"_s);
    QTest::keyClicks(search, u"nobody"_s);
    page()->showContact(alice);
    QCOMPARE(search->text(), u"alice@example.com"_s);
    QTRY_COMPARE(page()->selectedUuid(), alice.uuid);
    QCOMPARE(table()->model()->rowCount(), 1);
    // With no search pending, a contact already listed is selected where it is.
    search->clear();
    QTest::keyClick(search, Qt::Key_Return); // searches at once
    QTRY_COMPARE(table()->model()->rowCount(), 2);
    page()->showContact(alice);
    QCOMPARE(page()->selectedUuid(), alice.uuid);
    QCOMPARE(search->text(), QString());
}

void tst_ContactsPage::createThroughDialogWithValidation()
{
    QTest::mouseClick(m_app.window->findChild<QPushButton *>(u"contactNew"_s), Qt::LeftButton);
    app::ContactDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *save = dialog->findChild<QPushButton *>(u"contactSave"_s);
    QVERIFY(!save->isEnabled()); // no identifier yet
    type(dialog->field(u"email"_s), u"jane@"_s);
    auto *emailError = dialog->findChild<QLabel *>(u"contactFieldError_email"_s);
    QVERIFY(emailError->isVisible());
    QCOMPARE(emailError->text(), u"Not an email address."_s);
    type(dialog->field(u"phone"_s), u"0701234567"_s);
    auto *phoneError = dialog->findChild<QLabel *>(u"contactFieldError_phone"_s);
    QVERIFY(phoneError->isVisible());
    QVERIFY(phoneError->text().contains(u"E.164"_s));
    QVERIFY(!save->isEnabled());

    type(dialog->field(u"email"_s), u"Jane@Example.com"_s);
    type(dialog->field(u"phone"_s), u"+46 70 765 43 21"_s);
    type(dialog->field(u"name"_s), u"Jane Cooper"_s);
    QVERIFY(!emailError->isVisible());
    QVERIFY(!phoneError->isVisible());
    QVERIFY(dialog->problems().isEmpty());
    dialog->addMetaRow(u"favorite_color"_s, u"green"_s);
    dialog->addMetaRow(u"tier"_s, u"3"_s);
    type(dialog->findChild<QLineEdit *>(u"contactNewToken"_s), u"ExponentPushToken[abc]"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"contactTokenAdd"_s), Qt::LeftButton);
    QCOMPARE(dialog->findChild<QListWidget *>(u"contactTokens"_s)->count(), 1);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!m_app.window->findChild<app::ContactDialog *>());

    const auto c = stored(u"jane@example.com"_s);
    QVERIFY(c);
    QCOMPARE(c->name, u"Jane Cooper"_s);
    QCOMPARE(c->phone, u"+46707654321"_s);
    QCOMPARE(c->meta.value("favoriteColor", ""), "green");
    QCOMPARE(c->meta.value("tier", 0), 3); // JSON text is stored as its value
    QCOMPARE(c->pushTokens, QStringList{u"ExponentPushToken[abc]"_s});
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(page()->selectedUuid(), c->uuid);
    QCOMPARE(m_app.window->findChild<QLabel *>(u"contactStatus"_s)->text(), u"Saved Jane Cooper."_s);
}

void tst_ContactsPage::editThroughDialog()
{
    const Contact jane = add(Json{{"email", "jane@example.com"},
                                  {"name", "Jane"},
                                  {"plan", "pro"},
                                  {"city", "Lund"}});
    QVERIFY(take(m_app.backend->addPushToken(jane.uuid, u"tok-1"_s)).ok());
    page()->setBackend(m_app.backend.get());
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    QVERIFY(page()->selectContact(jane.uuid));
    QTest::mouseClick(m_app.window->findChild<QPushButton *>(u"contactEdit"_s), Qt::LeftButton);
    app::ContactDialog *dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->field(u"email"_s)->text(), u"jane@example.com"_s);
    auto *meta = dialog->findChild<QTableWidget *>(u"contactMeta"_s);
    QCOMPARE(meta->rowCount(), 2);
    // Remove "city", change "plan", rename, clear nothing else; drop the token.
    for (int row = 0; row < meta->rowCount(); ++row) {
        if (meta->item(row, 0)->text() == u"city"_s) {
            meta->setCurrentCell(row, 0);
            QTest::mouseClick(dialog->findChild<QPushButton *>(u"contactMetaRemove"_s), Qt::LeftButton);
            break;
        }
    }
    meta->item(0, 1)->setText(u"enterprise"_s);
    type(dialog->field(u"name"_s), u"Jane Cooper"_s);
    auto *tokens = dialog->findChild<QListWidget *>(u"contactTokens"_s);
    tokens->setCurrentRow(0);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"contactTokenRemove"_s), Qt::LeftButton);
    const ContactInput in = dialog->input();
    QVERIFY(!in.email); // unchanged fields are not sent
    QCOMPARE(in.name.value_or(QString()), u"Jane Cooper"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"contactSave"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_app.window->findChild<app::ContactDialog *>());

    const auto c = stored(jane.uuid);
    QVERIFY(c);
    QCOMPARE(c->name, u"Jane Cooper"_s);
    QCOMPARE(c->meta, (Json{{"plan", "enterprise"}}));
    QVERIFY(c->pushTokens.isEmpty());
    QCOMPARE(table()->model()->index(0, app::ContactsModel::NameColumn).data().toString(), u"Jane Cooper"_s);
}

void tst_ContactsPage::conflictIsShownInTheDialog()
{
    add(Json{{"email", "taken@example.com"}});
    const Contact bob = add(Json{{"email", "bob@example.com"}, {"name", "Bob"}});
    page()->setBackend(m_app.backend.get());
    QTRY_COMPARE(table()->model()->rowCount(), 2);
    QVERIFY(page()->selectContact(bob.uuid));
    app::ContactDialog *dialog = page()->editSelected();
    QVERIFY(dialog);
    type(dialog->field(u"email"_s), u"taken@example.com"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"contactSave"_s), Qt::LeftButton);
    auto *errors = dialog->findChild<app::ErrorBanner *>(u"contactDialogErrors"_s);
    QTRY_VERIFY(errors->isVisible());
    QVERIFY2(errors->text().contains(u"email"_s), qPrintable(errors->text()));
    QVERIFY(dialog->isVisible()); // the edits stay for the user to fix
    QCOMPARE(stored(bob.uuid)->email, u"bob@example.com"_s);
    dialog->reject();
}

void tst_ContactsPage::deleteAsksThenErases()
{
    const Contact jane = add(Json{{"email", "jane@example.com"}, {"name", "Jane"}});
    const Contact bob = add(Json{{"email", "bob@example.com"}, {"name", "Bob"}});
    page()->setBackend(m_app.backend.get());
    QTRY_COMPARE(table()->model()->rowCount(), 2);
    QVERIFY(page()->selectContact(jane.uuid));

    // Cancel first: nothing happens.
    QTest::mouseClick(m_app.window->findChild<QPushButton *>(u"contactDelete"_s), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_app.window->findChild<QMessageBox *>(u"confirmContactDelete"_s)) != nullptr);
    QVERIFY(box->text().contains(u"personal data are erased"_s));
    QVERIFY(box->text().contains(u"Jane"_s));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!m_app.window->findChild<QMessageBox *>(u"confirmContactDelete"_s));
    QVERIFY(stored(jane.uuid));

    page()->deleteSelected();
    QTRY_VERIFY((box = m_app.window->findChild<QMessageBox *>(u"confirmContactDelete"_s)) != nullptr);
    box->findChild<QPushButton *>(u"confirmContactDeleteErase"_s)->click();
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    QVERIFY(!stored(jane.uuid));
    QVERIFY(stored(bob.uuid));
    QCOMPARE(m_app.window->findChild<QLabel *>(u"contactStatus"_s)->text(), u"Erased Jane and their personal data."_s);
}

void tst_ContactsPage::csvImportReportsBadRows()
{
    add(Json{{"email", "existing@example.com"}, {"name", "Old name"}});
    const QString path = m_files.filePath(u"in.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("email,phone,name,tier\n"
               "anna@example.com,+46700000011,Anna,gold\n"
               "not-an-email,,Broken,\n"
               "existing@example.com,,\"New, better name\",\n"
               ",,No identifier,silver\n"
               "carl@example.com,+123,Carl,\n");
    file.close();
    page()->setBackend(m_app.backend.get());
    QVERIFY(page()->importFrom(path));
    auto *progress = m_app.window->findChild<QProgressBar *>(u"contactProgress"_s);
    QVERIFY(progress->isVisible());
    QTRY_VERIFY(!progress->isVisible());
    auto *report = m_app.window->findChild<QPlainTextEdit *>(u"contactImportReport"_s);
    QVERIFY(report->isVisible());
    const QStringList lines = report->toPlainText().split(u'\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[0].startsWith(u"Line 3: "_s) && lines[0].contains(u"email"_s), qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith(u"Line 5: No identifier"_s), qPrintable(lines[1]));
    QVERIFY2(lines[2].startsWith(u"Line 6: "_s) && lines[2].contains(u"phone"_s), qPrintable(lines[2]));
    QVERIFY2(QRegularExpression(u"^Imported: 1 added, 1 updated, 3 row(s|\\(s\\)) with problems\\.$"_s)
                 .match(m_app.window->findChild<QLabel *>(u"contactStatus"_s)->text())
                 .hasMatch(),
             qPrintable(m_app.window->findChild<QLabel *>(u"contactStatus"_s)->text()));
    const auto anna = stored(u"anna@example.com"_s);
    QVERIFY(anna);
    QCOMPARE(anna->phone, u"+46700000011"_s);
    QCOMPARE(anna->meta.value("tier", ""), "gold");
    QCOMPARE(stored(u"existing@example.com"_s)->name, u"New, better name"_s);
    QTRY_COMPARE(table()->model()->rowCount(), 2);

    // Issue 21: the problems pane closes with its button…
    auto *pane = m_app.window->findChild<QWidget *>(u"contactImportProblems"_s);
    QVERIFY(pane && pane->isVisible());
    auto *close = pane->findChild<QToolButton *>(u"contactImportProblemsClose"_s);
    QVERIFY(close && close->isVisible());
    QVERIFY(!close->accessibleName().isEmpty());
    close->click();
    QVERIFY(!pane->isVisible());
    // …and goes away by itself with the next thing the user does: a search, an export.
    QVERIFY(page()->importFrom(path));
    QTRY_VERIFY(!progress->isVisible());
    QVERIFY(pane->isVisible());
    QTest::keyClicks(m_app.window->findChild<QLineEdit *>(u"contactSearch"_s), u"anna"_s);
    QVERIFY(!pane->isVisible());
    QVERIFY(report->toPlainText().isEmpty());
    QVERIFY(page()->importFrom(path));
    QTRY_VERIFY(!progress->isVisible());
    QVERIFY(pane->isVisible());
    QVERIFY(page()->exportTo(m_files.filePath(u"after.csv"_s)));
    QVERIFY(!pane->isVisible());
    QTRY_VERIFY(!progress->isVisible());
}

void tst_ContactsPage::csvExportRoundTrips()
{
    add(Json{{"email", "jane@example.com"}, {"name", "Cooper, Jane"}, {"tier", "gold"}});
    add(Json{{"phone", "+46701234567"}, {"externalId", "u-2"}});
    const QString path = m_files.filePath(u"out.csv"_s);
    QVERIFY(page()->exportTo(path));
    QTRY_VERIFY(!m_app.window->findChild<QProgressBar *>(u"contactProgress"_s)->isVisible());
    const QString exported = m_app.window->findChild<QLabel *>(u"contactStatus"_s)->text();
    QVERIFY2(exported.startsWith(u"Exported 2 contact"_s) && exported.endsWith(QDir::toNativeSeparators(path) + u'.'),
             qPrintable(exported));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto records = app::parseCsv(QString::fromUtf8(file.readAll()));
    QCOMPARE(records.size(), 3);
    QCOMPARE(records[0], app::contactCsvHeader());
    QCOMPARE(records[1][1], u"jane@example.com"_s);
    QCOMPARE(records[1][3], u"Cooper, Jane"_s);
    QCOMPARE(records[1][11], u"{\"tier\":\"gold\"}"_s);
    QCOMPARE(records[2][2], u"+46701234567"_s);
    QCOMPARE(records[2][4], u"u-2"_s);

    // The export imports back into an empty database as the same contacts.
    Status reset;
    m_app.onServer([this, &reset] { reset = m_app.services()->workspace.resetToBaseline({}); });
    QVERIFY(reset.ok()); // the baseline has no contacts
    QVERIFY(!stored(u"jane@example.com"_s));
    QVERIFY(page()->importFrom(path));
    QTRY_VERIFY(!m_app.window->findChild<QProgressBar *>(u"contactProgress"_s)->isVisible());
    QVERIFY(!m_app.window->findChild<QPlainTextEdit *>(u"contactImportReport"_s)->isVisible());
    const auto jane = stored(u"jane@example.com"_s);
    QVERIFY(jane);
    QCOMPARE(jane->name, u"Cooper, Jane"_s);
    QCOMPARE(jane->meta, (Json{{"tier", "gold"}}));
    QCOMPARE(stored(u"u-2"_s)->phone, u"+46701234567"_s);
}

QTEST_MAIN(tst_ContactsPage)
#include "tst_contactspage.moc"
