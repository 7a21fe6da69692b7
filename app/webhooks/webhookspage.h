#pragma once

#include "page.h"

#include <backend/backendtypes.h>
#include <webhooks/webhook.h>

#include <QtCore/QHash>
#include <QtCore/QTimer>

#include <optional>

class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace sendivent {
class Backend;
class LocalOperations;
namespace server {
class WebhookListener;
}
}

namespace sendivent::app {

class ErrorBanner;
class WebhookAttemptsModel;
class WebhookAttemptsPanel;
class WebhookListenerModel;
class WebhookListenerPanel;

// The application's webhook endpoint: its URL, events and active switch (create,
// save, delete after a confirmation); its signing secret, known only from a create
// or a rotation and kept in memory for the session; a test event; the attempts log
// with resend; and a built-in listener (like `stripe listen`) that receives webhooks
// on a local port and checks each one's signature. On a remote API the local-only
// extensions (rotate, test, resend, attempts) are off.
class WebhooksPage final : public Page
{
    Q_OBJECT
public:
    explicit WebhooksPage(Backend *backend, QWidget *parent = nullptr);
    ~WebhooksPage() override;

    QString title() const override;
    void setBackend(Backend *backend) override;
    bool hasUnsavedChanges() const override;
    bool saveChanges() override;

    // Reads the endpoint again; edits are dropped.
    void reload();
    // Creates the endpoint, or saves the form's changes to it.
    void save();
    // Both ask first (window-modal) and act when the user confirms.
    void deleteEndpoint();
    void rotateSecret();
    void sendTestEvent();
    // Sends the message of the selected attempt again.
    void resendSelected();
    void reloadAttempts();
    // Shows the attempts log with the message's newest attempt selected.
    void selectMessage(const QString &messageId);

    // The listener on the port field's port (0: any); false with the reason shown.
    bool startListener();
    void stopListener();
    // Puts an address (the listener's) into the endpoint's URL field; save to apply it.
    void useListenerUrl(const QString &url);
    // Issue 21, the listener notice's second button: starts the listener when it is
    // not running and saves its address as the endpoint's URL.
    void pointEndpointAtListener();

    server::WebhookListener *listener() const;
    WebhookListenerModel *received() const;
    WebhookListenerPanel *listenerPanel() const { return m_listenerPanel; }
    WebhookAttemptsModel *attempts() const;
    WebhookAttemptsPanel *attemptsPanel() const { return m_attemptsPanel; }
    std::optional<Webhook> endpoint() const { return m_endpoint; }
    // Whether the endpoint (or that there is none) has been read from the backend.
    bool isLoaded() const { return m_loaded; }
    // The endpoint's secret when this session created or rotated it; empty otherwise.
    QString knownSecret() const;

Q_SIGNALS:
    // "Open delivery" on an attempt: the window shows that delivery's trace.
    void deliveryRequested(const QString &deliveryUuid);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showEndpoint(const std::optional<Webhook> &endpoint);
    void endpointLoaded(const std::optional<Webhook> &endpoint);
    WebhookInput formInput() const;
    bool formDiffers() const;
    void updateState();
    void showSecret();
    void remove(const QString &uuid);
    void applyRotation(const QString &uuid);
    void showStatus(const QString &text);
    void poll();
    // Says when the endpoint sends to this computer's listener but the listener is not
    // running, or now listens on another port; hidden otherwise.
    void updateListenerNotice();

    Backend *m_backend = nullptr;
    LocalOperations *m_local = nullptr;
    std::optional<Webhook> m_endpoint;
    bool m_loaded = false;
    // Secrets this session was shown (create, rotate), by endpoint uuid; never stored.
    QHash<QString, QString> m_secrets;
    // Secrets the local database holds, from its reads (issue 21): known only while the
    // page shows the local backend.
    QHash<QString, QString> m_localSecrets;

    QLabel *m_notice;
    QFrame *m_listenerNotice;
    QLabel *m_listenerNoticeText;
    QPushButton *m_noticeStart;
    ErrorBanner *m_errors;
    QLineEdit *m_url;
    QList<QCheckBox *> m_events;
    QCheckBox *m_active;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_delete;
    QLineEdit *m_secret;
    QPushButton *m_reveal;
    QPushButton *m_copySecret;
    QPushButton *m_rotate;
    QLabel *m_secretHint;
    QComboBox *m_testEvent;
    QPushButton *m_sendTest;
    QLabel *m_status;
    QTabWidget *m_tabs;

    WebhookListenerPanel *m_listenerPanel;

    WebhookAttemptsPanel *m_attemptsPanel;
    QTimer m_poll;
};

} // namespace sendivent::app
