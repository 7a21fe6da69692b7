// The Settings page: the data folder shown, the default port, language and theme
// stored in QSettings and applied at once (tst_mainwindow checks the texts), the remote API
// endpoints checked, stored and applied to the data source (unless --remote-url
// fixes them for the run).
#include <settingspage.h>
#include <widgets/theme.h>

#include <backend/datasource.h>
#include <backend/localbackend.h>
#include <localservices.h>
#include <remote/credentialstore.h>
#include <remote/remoteclient.h>
#include <storage/database.h>

#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QSpinBox>

using namespace sendivent;
using namespace sendivent::app;
using namespace Qt::StringLiterals;

class tst_SettingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QSettings().clear(); }

    void showsTheDataFolder();
    void portNeedsARestart();
    void languageAndTheme();
    void remoteEndpoints();
    void remoteUrlOverriddenByTheCommandLine();
};

void tst_SettingsPage::showsTheDataFolder()
{
    SettingsPage page;
    page.setDataDir(u"/tmp/sendivent-data"_s);
    QCOMPARE(page.findChild<QLineEdit *>(u"settingsDataDir"_s)->text(), u"/tmp/sendivent-data"_s);
    QVERIFY(page.findChild<QLineEdit *>(u"settingsDataDir"_s)->isReadOnly());
    QVERIFY(page.findChild<QWidget *>(u"settingsOpenDataDir"_s));
}

void tst_SettingsPage::portNeedsARestart()
{
    QVERIFY(!settings::port());
    SettingsPage page;
    auto *port = page.findChild<QSpinBox *>(u"settingsPort"_s);
    auto *note = page.findChild<QLabel *>(u"settingsPortNote"_s);
    QCOMPARE(port->value(), 8787);
    QVERIFY(note->text().isEmpty());
    port->setValue(9123);
    QCOMPARE(QSettings().value(u"server/port"_s).toInt(), 9123);
    QCOMPARE(settings::port(), std::optional<quint16>(9123));
    QVERIFY(note->text().contains(u"started again"_s));
    port->setValue(8787);
    QVERIFY(note->text().isEmpty());

    SettingsPage again;
    QCOMPARE(again.findChild<QSpinBox *>(u"settingsPort"_s)->value(), 8787);
}

void tst_SettingsPage::languageAndTheme()
{
    SettingsPage page;
    auto *language = page.findChild<QComboBox *>(u"settingsLanguage"_s);
    auto *theme = page.findChild<QComboBox *>(u"settingsTheme"_s);
    QCOMPARE(language->currentData().toString(), QString());
    QCOMPARE(theme->currentData().toString(), u"system"_s);

    language->setCurrentIndex(language->findData(u"sv"_s));
    QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"sv"_s);
    QCOMPARE(QLocale().language(), QLocale::Swedish); // numbers and dates follow at once
    language->setCurrentIndex(language->findData(u"en"_s));
    QCOMPARE(QLocale().language(), QLocale::English);
    language->setCurrentIndex(0);
    QVERIFY(!QSettings().contains(u"ui/language"_s)); // the system's again

    theme->setCurrentIndex(theme->findData(u"dark"_s));
    QCOMPARE(QSettings().value(u"ui/theme"_s).toString(), u"dark"_s);
    QVERIFY(theme::isDark(QApplication::palette())); // at once, no restart
    theme->setCurrentIndex(theme->findData(u"light"_s));
    QVERIFY(!theme::isDark(QApplication::palette()));
    theme->setCurrentIndex(theme->findData(u"dark"_s));

    SettingsPage again;
    QCOMPARE(again.findChild<QComboBox *>(u"settingsTheme"_s)->currentData().toString(), u"dark"_s);
    again.setTheme(u"system"_s);
    QVERIFY(!theme::isDark(QApplication::palette())); // offscreen's palette is light
}

void tst_SettingsPage::remoteEndpoints()
{
    QTemporaryDir dir;
    Database db(dir.filePath(u"s.db"_s));
    QVERIFY(db.open().ok());
    test::LocalServices core(db);
    LocalBackend local(core.services);
    DataSource source(&local, nullptr);

    SettingsPage page;
    page.setDataSource(&source);
    auto *sandbox = page.findChild<QLineEdit *>(u"settingsSandboxUrl"_s);
    auto *note = page.findChild<QLabel *>(u"settingsRemoteNote"_s);
    QVERIFY(sandbox->isEnabled());
    QCOMPARE(sandbox->placeholderText(), defaultRemoteUrl(Environment::Sandbox).toString());

    QVERIFY(!page.setRemoteUrl(Environment::Sandbox, u"not an address"_s));
    QVERIFY(note->text().contains(u"not saved"_s));
    QVERIFY(!QSettings().contains(u"remote/sandbox_url"_s));
    QCOMPARE(source.remoteUrl(Environment::Sandbox), defaultRemoteUrl(Environment::Sandbox));

    sandbox->setText(u" http://127.0.0.1:9999 "_s);
    QVERIFY(page.setRemoteUrl(Environment::Sandbox, sandbox->text()));
    QCOMPARE(QSettings().value(u"remote/sandbox_url"_s).toString(), u"http://127.0.0.1:9999"_s);
    QCOMPARE(settings::remoteUrl(Environment::Sandbox), QUrl(u"http://127.0.0.1:9999"_s));
    QCOMPARE(source.remoteUrl(Environment::Sandbox), QUrl(u"http://127.0.0.1:9999"_s));
    QCOMPARE(source.remoteUrl(Environment::Production), defaultRemoteUrl(Environment::Production));

    QVERIFY(page.setRemoteUrl(Environment::Sandbox, QString()));
    QVERIFY(!QSettings().contains(u"remote/sandbox_url"_s));
    QCOMPARE(source.remoteUrl(Environment::Sandbox), defaultRemoteUrl(Environment::Sandbox));
}

void tst_SettingsPage::remoteUrlOverriddenByTheCommandLine()
{
    QTemporaryDir dir;
    Database db(dir.filePath(u"s.db"_s));
    QVERIFY(db.open().ok());
    test::LocalServices core(db);
    LocalBackend local(core.services);
    DataSource source(&local, nullptr);
    source.setRemoteUrl(Environment::Sandbox, QUrl(u"http://127.0.0.1:7000"_s));

    SettingsPage page;
    page.setDataSource(&source, u"http://127.0.0.1:7000"_s);
    QVERIFY(!page.findChild<QLineEdit *>(u"settingsSandboxUrl"_s)->isEnabled());
    QVERIFY(page.findChild<QLabel *>(u"settingsRemoteNote"_s)->text().contains(u"--remote-url"_s));
    // Stored for later runs, but this run keeps the command line's.
    QVERIFY(page.setRemoteUrl(Environment::Sandbox, u"https://sandbox.example.com"_s));
    QCOMPARE(source.remoteUrl(Environment::Sandbox), QUrl(u"http://127.0.0.1:7000"_s));
}

QTEST_MAIN(tst_SettingsPage)
#include "tst_settingspage.moc"
