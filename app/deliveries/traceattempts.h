#pragma once

#include <base/json.h>
#include <webhooks/webhookmessage.h>

#include <QtWidgets/QGroupBox>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace sendivent {
class Backend;
struct Error;
}

namespace sendivent::app {

class WebhookAttemptDetail;

// The trace's "Webhook attempts" section: the attempts of every message about the
// delivery (data.webhook_attempts), the selected one in full (WebhookAttemptDetail,
// as on the Webhooks page), and resending its message. Attempts are a local server
// extension: on a remote API the section says the API cannot tell them.
class TraceAttempts final : public QGroupBox
{
    Q_OBJECT
public:
    explicit TraceAttempts(QWidget *parent = nullptr);

    // Local backends resend; a remote one has no attempts to show.
    void setBackend(Backend *backend);
    void setAttempts(const Json &attempts);
    // Sends the selected attempt's message again (local backend only).
    void resendSelected();

Q_SIGNALS:
    void resent();
    void failed(const sendivent::Error &error);

private:
    void showSelected();

    Backend *m_backend = nullptr;
    QList<WebhookAttemptEntry> m_entries;
    QTreeWidget *m_list;
    QLabel *m_none;
    QPushButton *m_resend;
    WebhookAttemptDetail *m_detail;
};

} // namespace sendivent::app
