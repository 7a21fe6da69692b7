#pragma once

#include <base/json.h>
#include <webhooks/webhookmessage.h>

#include <QtWidgets/QWidget>

class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sendivent::app {

// One webhook attempt in full, for the trace and the Webhooks page alike: its number,
// time, duration and outcome, the message's next retry, the request as sent (headers
// with webhook-id/-timestamp/-signature, and the body), the answer (status, headers,
// and the body's first kWebhookResponseBytes, saying when it was cut), and a button to
// open the delivery it reports on. Resending is the list's (one button per place).
class WebhookAttemptDetail final : public QWidget
{
    Q_OBJECT
public:
    explicit WebhookAttemptDetail(QWidget *parent = nullptr);

    // Shows `entry`; nullptr shows that nothing is selected.
    void setAttempt(const WebhookAttemptEntry *entry);
    // Whether "Open delivery" is offered (the trace already shows its delivery).
    void setOpenDeliveryShown(bool shown);
    const QString &messageId() const { return m_messageId; }

    // The attempt as text: request and response, one after the other.
    static QString requestText(const WebhookAttemptEntry &entry);
    static QString responseText(const WebhookAttemptEntry &entry);

Q_SIGNALS:
    void deliveryRequested(const QString &deliveryUuid);

private:
    void updateButtons();

    QString m_messageId;
    QString m_deliveryUuid;
    bool m_openShown = true;
    QLabel *m_summary;
    QWidget *m_facts;
    // Time, duration, status, next retry, message, delivery, URL: name → value label.
    QList<QLabel *> m_values;
    QPlainTextEdit *m_request;
    QPlainTextEdit *m_response;
    QLabel *m_truncated;
    QPushButton *m_openDelivery;
};

// An attempt of a trace's data.webhook_attempts (WebhookOutbox::attemptsJson()).
WebhookAttemptEntry attemptEntryFromJson(const Json &attempt);

} // namespace sendivent::app
