// The Integrations page, driven offscreen through the real MainWindow: each
// channel's provider and status, editing an integration (secrets typed into password
// fields, kept when left empty, never shown again) and the plan, all persisted in the
// workspace; and a remote API's integrations, read-only.
#include <httpclient.h>
#include <remote/remotebackend.h>
#include <widgets/errorbanner.h>
#include <windowfixture.h>
#include <workspace/integrationspage.h>

#include <QtTest/QTest>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QTreeWidget>

using namespace sendivent;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

class tst_IntegrationsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listsEveryChannel();
    void editingPersistsAndKeepsSecretsHidden();
    void addAndRemoveAnIntegration();
    void planIsEditable();
    void remoteIsReadOnly();

private:
    app::IntegrationsPage *page() const { return m_app.window->findChild<app::IntegrationsPage *>(u"integrationsPage"_s); }
    QTreeWidget *list() const { return m_app.window->findChild<QTreeWidget *>(u"integrationList"_s); }
    QTreeWidgetItem *row(const QString &channel) const
    {
        for (int i = 0; i < list()->topLevelItemCount(); ++i) {
            if (list()->topLevelItem(i)->text(0) == channel)
                return list()->topLevelItem(i);
        }
        return nullptr;
    }
    // The stored workspace, read on the server's thread after what the page queued.
    void readStored()
    {
        m_app.onServer([this] { m_snapshot = *m_app.services()->workspace.current(); });
    }
    const Integration *stored(Channel channel)
    {
        readStored();
        for (const Integration &i : m_snapshot->integrations) {
            if (i.channel == channel)
                return &i;
        }
        return nullptr;
    }
    QList<QLineEdit *> secretValues() const
    {
        return page()->findChildren<QLineEdit *>(u"integrationSecretValue"_s);
    }

    WindowWithServer m_app;
    WorkspaceService::Snapshot m_snapshot;
};

void tst_IntegrationsPage::init()
{
    m_app.size = {1400, 900};
    m_app.start(u"integrationsPage"_s);
    QTRY_COMPARE(list()->topLevelItemCount(), 7); // loaded over the server's thread
}

void tst_IntegrationsPage::cleanup()
{
    m_app.stop();
}

void tst_IntegrationsPage::listsEveryChannel()
{
    QCOMPARE(list()->topLevelItemCount(), 7);
    QCOMPARE(row(u"email"_s)->text(1), u"ses"_s);
    QCOMPARE(row(u"email"_s)->text(2), u"Active"_s);
    QVERIFY(row(u"email"_s)->text(3).contains(u"region: eu-north-1"_s));
    QCOMPARE(row(u"whatsapp"_s)->text(2), u"Not configured"_s);
    // The order is the one a send picks integrations in: the headers say why they do not sort.
    QVERIFY(!list()->isSortingEnabled());
    for (int c = 0; c < list()->columnCount(); ++c)
        QVERIFY(list()->headerItem()->toolTip(c).contains(u"not sortable"_s));
    // No secret is shown anywhere, not even in the form's fields.
    QVERIFY(page()->selectChannel(Channel::Email));
    QTRY_COMPARE(secretValues().size(), 2);
    for (const QLineEdit *e : secretValues()) {
        QVERIFY(e->text().isEmpty());
        QCOMPARE(e->echoMode(), QLineEdit::Password);
    }
    for (int i = 0; i < list()->topLevelItemCount(); ++i) {
        for (int c = 0; c < 4; ++c)
            QVERIFY(!list()->topLevelItem(i)->text(c).contains(u"secret"_s, Qt::CaseInsensitive));
    }
}

void tst_IntegrationsPage::editingPersistsAndKeepsSecretsHidden()
{
    const Json before = stored(Channel::Email)->secrets;
    QVERIFY(before.contains("secret_access_key"));
    QVERIFY(page()->selectChannel(Channel::Email));
    auto *provider = m_app.window->findChild<QComboBox *>(u"integrationProvider"_s);
    provider->setCurrentIndex(provider->findData(u"sendgrid"_s));
    auto *status = m_app.window->findChild<QComboBox *>(u"integrationStatus"_s);
    status->setCurrentIndex(status->findData(u"inactive"_s));
    // Replace one stored secret, keep the other, add a new one.
    for (QLineEdit *key : page()->findChildren<QLineEdit *>(u"integrationSecretKey"_s)) {
        if (key->text() == u"secret_access_key"_s)
            key->parentWidget()->findChild<QLineEdit *>(u"integrationSecretValue"_s)->setText(u"new-secret"_s);
    }
    page()->setSecret(u"api_key"_s, u"SG.abc"_s);
    QTest::mouseClick(m_app.window->findChild<QPushButton *>(u"integrationSave"_s), Qt::LeftButton);

    const Integration *email = stored(Channel::Email);
    QVERIFY(email);
    QCOMPARE(email->provider, u"sendgrid"_s);
    QCOMPARE(email->status, u"inactive"_s);
    QCOMPARE(email->secrets.value("secret_access_key", ""), "new-secret");
    QCOMPARE(email->secrets.value("access_key_id", ""), before.value("access_key_id", "")); // kept
    QCOMPARE(email->secrets.value("api_key", ""), "SG.abc");
    QCOMPARE(email->config.value("region", ""), "eu-north-1");
    QTRY_COMPARE(row(u"email"_s)->text(1), u"sendgrid"_s);
    QCOMPARE(row(u"email"_s)->text(2), u"Inactive"_s);
    // Shown again: the three secrets by name, none by value.
    QTRY_COMPARE(secretValues().size(), 3);
    for (const QLineEdit *e : secretValues())
        QVERIFY(e->text().isEmpty());
    QVERIFY(m_app.window->findChild<QLabel *>(u"integrationMessage"_s)->text().contains(u"sendgrid"_s));
    // And the API says the same, without secrets.
    HttpClient http(kSandboxKey);
    const HttpReply r = http.get(QUrl(m_app.url() + u"/v1/integrations?channel=email"_s));
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.contains("sendgrid"));
    QVERIFY(!r.body.contains("SG.abc") && !r.body.contains("new-secret"));
}

void tst_IntegrationsPage::addAndRemoveAnIntegration()
{
    QVERIFY(!stored(Channel::Whatsapp));
    QVERIFY(page()->selectChannel(Channel::Whatsapp));
    auto *save = m_app.window->findChild<QPushButton *>(u"integrationSave"_s);
    QCOMPARE(save->text(), u"Add integration"_s);
    QVERIFY(!m_app.window->findChild<QPushButton *>(u"integrationRemove"_s)->isVisibleTo(page()));
    auto *config = m_app.window->findChild<QTableWidget *>(u"integrationConfig"_s);
    QTest::mouseClick(m_app.window->findChild<QPushButton *>(u"integrationAddConfig"_s), Qt::LeftButton);
    config->item(0, 0)->setText(u"phone_number_id"_s);
    config->item(0, 1)->setText(u"1234567890"_s);
    page()->setSecret(u"access_token"_s, u"EAAG-secret"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    const Integration *whatsapp = stored(Channel::Whatsapp);
    QVERIFY(whatsapp);
    QCOMPARE(whatsapp->provider, u"whatsapp"_s);
    QCOMPARE(whatsapp->status, u"active"_s);
    QCOMPARE(whatsapp->config.value("phone_number_id", Json()), Json(1234567890)); // JSON text stays a number
    QCOMPARE(whatsapp->secrets.value("access_token", ""), "EAAG-secret");
    QTRY_COMPARE(row(u"whatsapp"_s)->text(2), u"Active"_s);

    QVERIFY(page()->selectChannel(Channel::Telegram));
    QVERIFY(m_app.window->findChild<QPushButton *>(u"integrationRemove"_s)->isVisibleTo(page()));
    QTest::mouseClick(m_app.window->findChild<QPushButton *>(u"integrationRemove"_s), Qt::LeftButton);
    QVERIFY(!stored(Channel::Telegram));
    QTRY_COMPARE(row(u"telegram"_s)->text(2), u"Not configured"_s);
}

void tst_IntegrationsPage::planIsEditable()
{
    auto *limit = m_app.window->findChild<QSpinBox *>(u"planContactLimit"_s);
    auto *whatsapp = m_app.window->findChild<QCheckBox *>(u"planAddonWhatsapp"_s);
    auto *sms = m_app.window->findChild<QCheckBox *>(u"planAddonSms"_s);
    QCOMPARE(limit->value(), 10000);
    QVERIFY(sms->isChecked());
    QVERIFY(!whatsapp->isChecked());
    limit->setValue(2);
    whatsapp->setChecked(true);
    sms->setChecked(false);
    QTest::mouseClick(m_app.window->findChild<QPushButton *>(u"planSave"_s), Qt::LeftButton);
    readStored();
    QCOMPARE(m_snapshot->plan.contactLimit, 2);
    QCOMPARE(m_snapshot->plan.addons, QStringList{u"whatsapp"_s});
    // The server enforces it: the demo has five contacts, so a new one is over quota.
    HttpClient http(kSandboxKey);
    m_app.controller->setLimitsEnabled(true);
    QTRY_VERIFY(m_app.controller->limitsEnabled());
    const HttpReply r = http.post(QUrl(m_app.url() + u"/v1/contacts"_s), Json{{"email", "new@example.com"}});
    QCOMPARE(r.status, 402);
}

void tst_IntegrationsPage::remoteIsReadOnly()
{
    // The same server, browsed as a remote API over HTTP.
    RemoteBackend remote(Environment::Sandbox, QUrl(m_app.url()));
    remote.setApiKey(kSandboxKey);
    page()->setBackend(&remote);
    QTRY_COMPARE(list()->topLevelItemCount(), 7);
    QTRY_COMPARE(row(u"email"_s)->text(1), u"ses"_s);
    QVERIFY(m_app.window->findChild<QLabel *>(u"integrationsNotice"_s)->text().startsWith(u"Read-only"_s));
    QVERIFY(!m_app.window->findChild<QPushButton *>(u"integrationSave"_s)->isEnabled());
    QVERIFY(!m_app.window->findChild<QComboBox *>(u"integrationProvider"_s)->isEnabled());
    QVERIFY(!m_app.window->findChild<QSpinBox *>(u"planContactLimit"_s)->isVisibleTo(page()));
    QVERIFY(!page()->saveIntegration());
    page()->setBackend(m_app.backend.get());
}

QTEST_MAIN(tst_IntegrationsPage)
#include "tst_integrationspage.moc"
