#pragma once

#include "page.h"

#include <deliveries/delivery.h>
#include <mail/release.h>

#include <QtCore/QPointer>
#include <QtCore/QUrl>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sendivent {
class DataSource;
}

namespace sendivent::app {

class ReleaseSettingsPanel;

// QSettings keys the Settings page writes and the start-up reads. API keys are never
// among them (they live in the keychain).
namespace settings {
inline constexpr auto kPort = "server/port";
inline constexpr auto kLanguage = "ui/language";
inline constexpr auto kTheme = "ui/theme";
inline constexpr auto kSandboxUrl = "remote/sandbox_url";
inline constexpr auto kProductionUrl = "remote/production_url";

// The port to listen on when --port is not given; nullopt when none is stored.
std::optional<quint16> port();
// The remote base URL stored for `environment`; empty when none is (the reference's then).
QUrl remoteUrl(Environment environment);
// Release to a real inbox (issue 23): everything but the password, which lives in the
// keychain. Not configured (off) when nothing is stored or it was switched off.
inline constexpr auto kReleaseGroup = "release";
mail::ReleaseSettings release();
void setRelease(const mail::ReleaseSettings &settings, bool enabled);
bool releaseEnabled();
// What is stored even while release is off (the Settings page shows it).
mail::ReleaseSettings storedReleaseSettings();
} // namespace settings

// The console's preferences: the data folder (shown, opened in the file manager), the
// local server's default port, the UI language and theme, and the remote API
// endpoints. Each change is saved at once; language and theme apply at once, the port
// says it needs a restart.
class SettingsPage final : public Page
{
    Q_OBJECT
public:
    explicit SettingsPage(QWidget *parent = nullptr);

    QString title() const override;

    void setDataDir(const QString &path);
    // Remote endpoint changes apply to `source` at once, unless --remote-url
    // (`overriddenBy`, empty when not given) fixes them for this run.
    void setDataSource(DataSource *source, const QString &overriddenBy = {});

    // What the fields' edits do (tests call them too); false with the problem shown.
    bool setPort(int port);
    void setLanguage(const QString &language);
    void setTheme(const QString &theme);
    bool setRemoteUrl(Environment environment, const QString &url);

    // "Release to a real inbox" (issue 23).
    ReleaseSettingsPanel *releasePanel() const { return m_release; }

private:
    void load();
    void noteRestart(QLabel *note, bool changed);
    void showRemoteProblem(const QString &message);

    QPointer<DataSource> m_source;
    QString m_remoteOverride;
    QLineEdit *m_dataDir;
    QSpinBox *m_port;
    QLabel *m_portNote;
    QComboBox *m_language;
    QComboBox *m_theme;
    QLineEdit *m_sandboxUrl;
    QLineEdit *m_productionUrl;
    QLabel *m_remoteNote;
    ReleaseSettingsPanel *m_release;
    // What was in effect at start, to tell whether a restart is still needed.
    int m_startPort = 0;
    QString m_appliedLanguage; // what the window speaks: a switch applies only a change
};

} // namespace sendivent::app
