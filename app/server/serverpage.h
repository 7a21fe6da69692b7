#pragma once

#include "page.h"

#include <deliveries/delivery.h>

#include <QtCore/QPointer>
#include <QtCore/QUrl>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace sendivent {
class DataSource;
class LocalOperations;
}

namespace sendivent::app {

class ApiKeysPanel;
class ClockPanel;
class FaultsPanel;
class JournalView;
class ServerController;
class StoragePanel;

// The local server: whether it runs and where, the session key, the limits switch,
// proxy mode (off / sandbox / production / a URL), the request inspector, the
// stored API keys, and a request to paste into a terminal.
class ServerPage final : public Page
{
    Q_OBJECT
public:
    explicit ServerPage(QWidget *parent = nullptr);

    QString title() const override;

    void setServerStatus(const QString &urlOrError, bool running);
    void setApiKey(const QString &key);
    // The running server (limits, proxy, journal signal). Without it those parts are
    // disabled.
    void setController(ServerController *controller);
    // Where the named proxy targets are (remote URLs) and their keys (keychain).
    void setDataSource(DataSource *source);
    // The local services: the keys, the journal and storage figures they hold, and
    // the clock the Clock row moves (issue 23). Without them those parts are empty.
    void setLocal(LocalOperations *local);
    LocalOperations *local() const { return m_local; }

    JournalView *journal() const { return m_journal; }
    ApiKeysPanel *keys() const { return m_keys; }

    // The proxy switch's Apply: may ask for a key, and asks before production.
    void applyProxy();

private:
    void refresh();
    void proxyModeChanged();
    void askProxyKey(Environment environment, const QUrl &url);
    void startProxy(const QUrl &url, const QString &key, bool production);
    void showProxyState();
    void showProxyProblem(const QString &message);

    LocalOperations *m_local = nullptr;
    QString m_url;
    QString m_error;
    QString m_key;
    bool m_running = false;
    QPointer<ServerController> m_controller;
    QPointer<DataSource> m_source;
    QLabel *m_state;
    QLineEdit *m_address;
    QLineEdit *m_keyEdit;
    QPushButton *m_showKey;
    QCheckBox *m_limits;
    QComboBox *m_proxyMode;
    QLineEdit *m_proxyUrl;
    QLineEdit *m_proxyKey;
    QPushButton *m_proxyApply;
    QLabel *m_proxyState;
    ClockPanel *m_clock;
    QTabWidget *m_tabs;
    JournalView *m_journal;
    ApiKeysPanel *m_keys;
    QPlainTextEdit *m_example;
    QLabel *m_links;
    FaultsPanel *m_faults; // issue 23: its own tab, its badge in the header
    StoragePanel *m_storage; // issue 22: what is stored, retention, Compact now
};

} // namespace sendivent::app
