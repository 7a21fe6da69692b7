// The window's side of "Release to a real inbox" (issue 23), offscreen, against a real
// local server and a real SMTP sink (MailDev): the Settings panel's test message, the
// trace's "Release to Inbox…", and the studio's "to my inbox" target. With
// SENDIVENT_SCREENSHOTS=DIR it also saves what each looks like.
#include <windowfixture.h>

#include <deliveries/traceview.h>
#include <httpclient.h>
#include <release/releasesettingspanel.h>
#include <settingspage.h>
#include <stubservers.h>
#include <studio/templatestudiopage.h>

#include <QtCore/QProcess>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>

using namespace sendivent;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

namespace {

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SENDIVENT_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(200); // let layouts and the last repaint settle
    widget->grab().save(dir + u'/' + name);
}

} // namespace

class TstReleaseUi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void settingsSendATestMessage();
    void traceReleasesToInbox();
    void studioSendsToMyInbox();
    void cleanupTestCase();

private:
    Json mailWithSubject(const QString &subject);

    QProcess m_maildev;
    quint16 m_smtp = 0;
    quint16 m_web = 0;
    WindowWithServer m_env;
    HttpClient m_http;
};

void TstReleaseUi::initTestCase()
{
    m_smtp = unusedPort();
    m_web = unusedPort();
    m_maildev.setProcessChannelMode(QProcess::MergedChannels);
    m_maildev.start(qEnvironmentVariable("SENDIVENT_NODE"),
                    {qEnvironmentVariable("SENDIVENT_MAILDEV"), u"--ip"_s, u"127.0.0.1"_s, u"-s"_s,
                     QString::number(m_smtp), u"-w"_s, QString::number(m_web)});
    QVERIFY(m_maildev.waitForStarted(10'000));
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += m_maildev.readAll()).contains("SMTP Server running"), 20'000);

    m_env.start(u"settingsPage"_s);
    if (QTest::currentTestFailed())
        return;
    m_env.window->setApiKey(m_env.controller->consoleKey());
    // As main() wires it through the ServerController.
    auto *panel = m_env.window->findChild<app::ReleaseSettingsPanel *>(u"settingsRelease"_s);
    QVERIFY(panel);
    connect(panel, &app::ReleaseSettingsPanel::settingsChanged, m_env.controller.get(),
            &app::ServerController::setReleaseSettings);
}

void TstReleaseUi::cleanupTestCase()
{
    m_env.stop();
    m_maildev.terminate();
    m_maildev.waitForFinished(5000);
}

Json TstReleaseUi::mailWithSubject(const QString &subject)
{
    const Json all = m_http.get(QUrl(u"http://127.0.0.1:%1/email"_s.arg(m_web))).json();
    if (all.is_array()) {
        for (const Json &m : all) {
            if (toQt(m.value("subject", "")) == subject)
                return m;
        }
    }
    return nullptr;
}

void TstReleaseUi::settingsSendATestMessage()
{
    auto *w = m_env.window.get();
    auto *enabled = w->findChild<QCheckBox *>(u"settingsReleaseEnabled"_s);
    auto *host = w->findChild<QLineEdit *>(u"settingsSmtpHost"_s);
    // Off by default: nothing to fill in, nothing sent.
    QVERIFY(!enabled->isChecked());
    QVERIFY(!host->isEnabled());
    QVERIFY(!w->findChild<QPushButton *>(u"settingsReleaseTest"_s)->isEnabled());

    enabled->setChecked(true);
    host->setText(u"127.0.0.1"_s);
    w->findChild<QSpinBox *>(u"settingsSmtpPort"_s)->setValue(m_smtp);
    auto *security = w->findChild<QComboBox *>(u"settingsSmtpSecurity"_s);
    security->setCurrentIndex(security->findData(u"none"_s));
    w->findChild<QLineEdit *>(u"settingsReleaseTo"_s)->setText(u"me@inbox.test"_s);
    auto *test = w->findChild<QPushButton *>(u"settingsReleaseTest"_s);
    QVERIFY(test->isEnabled());
    test->click();
    auto *status = w->findChild<QLabel *>(u"settingsReleaseStatus"_s);
    QTRY_VERIFY2(status->text().startsWith(u"Test message sent to me@inbox.test"_s), qPrintable(status->text()));
    QTRY_VERIFY(mailWithSubject(u"Sendivent Console: test message ✓"_s).is_object());
    // The server now releases with what the panel applied; it is kept for the next start.
    const auto releaseTo = [this] {
        const Json to = HttpClient(kSandboxKey).get(QUrl(m_env.url() + u"/_local/release"_s)).json()["data"]["release"]["to"];
        return to.is_string() ? toQt(to.get<std::string>()) : QString();
    };
    QTRY_COMPARE(releaseTo(), u"me@inbox.test"_s); // queued to the server's thread
    QCOMPARE(app::settings::release().server.port, int(m_smtp));
    screenshot(w, u"settings-release.png"_s);
}

void TstReleaseUi::traceReleasesToInbox()
{
    HttpClient client(m_env.controller->consoleKey());
    const HttpReply sent =
        client.post(QUrl(m_env.url() + u"/v1/send/order.confirmed/email"_s),
                    Json{{"to", "jane@example.com"}, {"payload", {{"order_id", "A-1001"}, {"total", "249 kr"}}}});
    QCOMPARE(sent.status, 200);
    const QString uuid = toQt(sent.json()["deliveries"][0].value("email", ""));
    QVERIFY(m_env.window->showPage(u"deliveriesPage"_s));
    auto *trace = m_env.window->findChild<app::TraceView *>();
    QVERIFY(trace);
    trace->showDelivery(uuid);
    auto *release = m_env.window->findChild<QPushButton *>(u"traceRelease"_s);
    QTRY_VERIFY(trace->trace() && trace->trace()->delivery.uuid == uuid);
    QTRY_VERIFY(release->isEnabled());
    trace->releaseTo(u"override@inbox.test"_s);
    auto *note = m_env.window->findChild<QLabel *>(u"traceSimulateNote"_s);
    QTRY_VERIFY2(note->text().startsWith(u"Released to override@inbox.test"_s), qPrintable(note->text()));
    QTRY_VERIFY(trace->trace() && trace->trace()->delivery.timeline.last().event == u"released"_s);
    screenshot(m_env.window.get(), u"deliveries-release.png"_s);
}

void TstReleaseUi::studioSendsToMyInbox()
{
    QVERIFY(m_env.window->showPage(u"templateStudioPage"_s));
    auto *studio = m_env.window->findChild<app::TemplateStudioPage *>();
    studio->openEvent(u"order.confirmed"_s);
    auto *target = m_env.window->findChild<QComboBox *>(u"studioSendTarget"_s);
    QVERIFY(target->isVisible());
    target->setCurrentIndex(target->findData(u"inbox"_s));
    auto *send = m_env.window->findChild<QPushButton *>(u"studioSendTest"_s);
    QTRY_VERIFY(send->isEnabled());
    QVERIFY(m_env.window->showPage(u"templateStudioPage"_s));
    send->click();
    auto *status = m_env.window->findChild<QLabel *>(u"studioStatus"_s);
    QTRY_VERIFY2(status->text().contains(u"released to me@inbox.test"_s), qPrintable(status->text()));
    QVERIFY(m_env.window->showPage(u"templateStudioPage"_s));
    screenshot(m_env.window.get(), u"studio-send-to-inbox.png"_s);
}

QTEST_MAIN(TstReleaseUi)
#include "tst_releaseui.moc"
