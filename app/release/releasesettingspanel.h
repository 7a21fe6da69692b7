#pragma once

#include <mail/release.h>

#include <QtWidgets/QGroupBox>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace sendivent {
class CredentialStore;
}

namespace sendivent::app {

class ReleaseClient;

// Settings › "Release to a real inbox" (issue 23): the SMTP server, its security and
// login (the password goes to the system keychain, nowhere else), the From and the
// recipient that replaces captured ones ("my inbox"), the release-all rule, and a
// button that sends a test message. Off until switched on; Apply hands the settings
// to the running server (replacing --smtp's for the rest of the run) and keeps them
// (QSettings) for the next start without --smtp.
class ReleaseSettingsPanel final : public QGroupBox
{
    Q_OBJECT
public:
    explicit ReleaseSettingsPanel(QWidget *parent = nullptr);

    void setServer(const QUrl &baseUrl, const QString &apiKey);

    // What the fields say, the password included (what Apply hands on); problems
    // are named in `problem`.
    std::optional<mail::ReleaseSettings> fromFields(QString *problem) const;
    bool apply();
    void sendTest();

Q_SIGNALS:
    // Applied: the server should release with these from now on (empty = off).
    void settingsChanged(const sendivent::mail::ReleaseSettings &settings);

private:
    void load();
    void updateEnabled();
    void showStatus(const QString &text, bool problem = false);

    CredentialStore *m_credentials;
    ReleaseClient *m_client;
    QCheckBox *m_enabled;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLineEdit *m_caFile;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QCheckBox *m_releaseAll;
    QPushButton *m_apply;
    QPushButton *m_test;
    QLabel *m_status;
    QString m_storedPassword; // what the keychain holds, read at start
};

} // namespace sendivent::app
