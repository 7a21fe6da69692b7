#include "releasesettingspanel.h"

#include "releaseclient.h"
#include "settingspage.h"
#include "widgets/theme.h"

#include <remote/credentialstore.h>

#include <QtGui/QFontDatabase>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>

namespace sendivent::app {

using namespace Qt::StringLiterals;

ReleaseSettingsPanel::ReleaseSettingsPanel(QWidget *parent)
    : QGroupBox(tr("Release to a real inbox"), parent)
    , m_credentials(new CredentialStore(CredentialStore::serviceName(), this))
    , m_client(new ReleaseClient(this))
    , m_enabled(new QCheckBox(tr("Allow releasing captured email to a real mail server"), this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_security(new QComboBox(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_releaseAll(new QCheckBox(tr("Release every new sandbox email to my inbox as it is captured"), this))
    , m_apply(new QPushButton(tr("Apply"), this))
    , m_test(new QPushButton(tr("Send a Test Message"), this))
    , m_status(new QLabel(this))
{
    setObjectName(u"settingsRelease"_s);
    m_enabled->setObjectName(u"settingsReleaseEnabled"_s);
    m_host->setObjectName(u"settingsSmtpHost"_s);
    m_port->setObjectName(u"settingsSmtpPort"_s);
    m_security->setObjectName(u"settingsSmtpSecurity"_s);
    m_username->setObjectName(u"settingsSmtpUsername"_s);
    m_password->setObjectName(u"settingsSmtpPassword"_s);
    m_caFile->setObjectName(u"settingsSmtpCaFile"_s);
    m_from->setObjectName(u"settingsReleaseFrom"_s);
    m_to->setObjectName(u"settingsReleaseTo"_s);
    m_releaseAll->setObjectName(u"settingsReleaseAll"_s);
    m_apply->setObjectName(u"settingsReleaseApply"_s);
    m_test->setObjectName(u"settingsReleaseTest"_s);
    m_status->setObjectName(u"settingsReleaseStatus"_s);

    m_host->setPlaceholderText(u"smtp.example.com"_s);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("usual port"));
    m_port->setToolTip(tr("0: the usual port of the security (587 STARTTLS, 465 TLS, 25 none)"));
    m_security->addItem(tr("STARTTLS (required)"), u"starttls"_s);
    m_security->addItem(tr("TLS from the start (SMTPS)"), u"tls"_s);
    m_security->addItem(tr("None (a local sink such as Mailpit)"), u"none"_s);
    m_username->setPlaceholderText(tr("no login"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in the system keychain"));
    m_caFile->setPlaceholderText(tr("the system's certificates"));
    m_caFile->setToolTip(tr("A PEM file of extra CA certificates to trust, for a server with a self-signed certificate"));
    m_from->setPlaceholderText(tr("the workspace's verified sender"));
    m_to->setPlaceholderText(u"me@example.com"_s);
    m_to->setToolTip(tr("Released email goes here instead of to the captured recipient"));
    for (QLineEdit *e : {m_host, m_caFile})
        e->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *note = new QLabel(tr("Sends captured email to your own mail server, a Mailpit or a real inbox, so you "
                               "can see it in a real mail client. Only sandbox deliveries; the recipient is always "
                               "yours, never the captured one."),
                            this);
    note->setObjectName(u"settingsReleaseNote"_s);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_host, 1);
    serverRow->addWidget(new QLabel(tr("Port"), this));
    serverRow->addWidget(m_port);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_test);
    buttons->addStretch(1);

    auto *form = new QFormLayout(this);
    form->addRow(m_enabled);
    form->addRow(QString(), note);
    form->addRow(tr("SMTP server"), serverRow);
    form->addRow(tr("Security"), m_security);
    form->addRow(tr("User name"), m_username);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("CA file"), m_caFile);
    form->addRow(tr("From"), m_from);
    form->addRow(tr("My inbox"), m_to);
    form->addRow(QString(), m_releaseAll);
    form->addRow(QString(), buttons);
    form->addRow(QString(), m_status);

    load();
    connect(m_enabled, &QCheckBox::toggled, this, &ReleaseSettingsPanel::updateEnabled);
    connect(m_apply, &QPushButton::clicked, this, &ReleaseSettingsPanel::apply);
    connect(m_test, &QPushButton::clicked, this, &ReleaseSettingsPanel::sendTest);
    connect(m_client, &ReleaseClient::finished, this, [this](const ReleaseAnswer &answer) {
        updateEnabled();
        if (answer.ok)
            showStatus(tr("Test message sent to %1 via %2.").arg(answer.to, answer.server));
        else
            showStatus(tr("Not sent: %1").arg(answer.error), true);
    });
}

void ReleaseSettingsPanel::load()
{
    const mail::ReleaseSettings stored = settings::storedReleaseSettings();
    m_enabled->setChecked(settings::releaseEnabled());
    m_host->setText(stored.server.host);
    m_port->setValue(stored.server.port);
    m_security->setCurrentIndex(qMax(0, m_security->findData(mail::securityName(stored.server.security))));
    m_username->setText(stored.server.username);
    m_caFile->setText(stored.server.caFile);
    m_from->setText(stored.from.isEmpty() ? QString()
                    : stored.from.name.isEmpty() ? stored.from.address
                                                 : u"%1 <%2>"_s.arg(stored.from.name, stored.from.address));
    m_to->setText(stored.to);
    m_releaseAll->setChecked(stored.releaseAll);
    if (!stored.server.username.isEmpty()) {
        m_credentials->readEntry(CredentialStore::smtpEntryName())
            .then(this, [this](const Result<std::optional<QString>> &read) {
                if (read && *read)
                    m_storedPassword = **read;
                m_password->setPlaceholderText(m_storedPassword.isEmpty() ? tr("kept in the system keychain")
                                                                          : tr("stored in the system keychain"));
            });
    }
    updateEnabled();
}

void ReleaseSettingsPanel::setServer(const QUrl &baseUrl, const QString &apiKey)
{
    m_client->setServer(baseUrl, apiKey);
    updateEnabled();
}

void ReleaseSettingsPanel::updateEnabled()
{
    const bool on = m_enabled->isChecked();
    for (QWidget *w : std::initializer_list<QWidget *>{m_host, m_port, m_security, m_username, m_password, m_caFile,
                                                        m_from, m_to, m_releaseAll})
        w->setEnabled(on);
    m_test->setEnabled(on && m_client->isReady() && m_client->busy() == 0);
}

void ReleaseSettingsPanel::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, problem ? theme::colors(palette()).error : palette().color(QPalette::WindowText));
    m_status->setPalette(p);
}

std::optional<mail::ReleaseSettings> ReleaseSettingsPanel::fromFields(QString *problem) const
{
    mail::ReleaseSettings r;
    r.server.host = m_host->text().trimmed();
    r.server.port = m_port->value();
    r.server.security = mail::securityFromName(m_security->currentData().toString()).value_or(mail::SmtpSecurity::StartTls);
    r.server.username = m_username->text().trimmed();
    r.server.password = m_password->text().isEmpty() ? m_storedPassword : m_password->text();
    r.server.caFile = m_caFile->text().trimmed();
    r.from = mail::Mailbox::parse(m_from->text());
    r.to = m_to->text().trimmed();
    r.releaseAll = m_releaseAll->isChecked();
    if (!m_enabled->isChecked())
        return r;
    if (r.server.host.isEmpty())
        *problem = tr("Name the SMTP server.");
    else if (!r.from.isEmpty() && !mail::isPlausibleAddress(r.from.address))
        *problem = tr("From is not an email address.");
    else if (!r.to.isEmpty() && !mail::isPlausibleAddress(r.to))
        *problem = tr("My inbox is not an email address.");
    else if (r.releaseAll && r.to.isEmpty())
        *problem = tr("Releasing every email needs your inbox's address.");
    if (!problem->isEmpty())
        return std::nullopt;
    return r;
}

bool ReleaseSettingsPanel::apply()
{
    QString problem;
    const auto next = fromFields(&problem);
    if (!next) {
        showStatus(problem, true);
        return false;
    }
    const bool on = m_enabled->isChecked();
    settings::setRelease(*next, on);
    if (!m_password->text().isEmpty()) {
        const QString password = m_password->text();
        m_password->clear();
        m_storedPassword = password;
        m_credentials->writeEntry(CredentialStore::smtpEntryName(), password)
            .then(this, [this](const Result<KeyStorage> &stored) {
                if (stored && *stored == KeyStorage::Session)
                    showStatus(tr("No system keychain: the password is kept until the console quits."), true);
            });
        m_password->setPlaceholderText(tr("stored in the system keychain"));
    }
    Q_EMIT settingsChanged(on ? *next : mail::ReleaseSettings{});
    showStatus(on ? tr("Applied: email can be released via %1.").arg(next->server.displayUrl())
                  : tr("Release to a real inbox is off."));
    return true;
}

void ReleaseSettingsPanel::sendTest()
{
    if (!apply())
        return;
    m_client->sendTestMessage();
    m_test->setEnabled(false);
    showStatus(tr("Sending a test message…"));
}

} // namespace sendivent::app
