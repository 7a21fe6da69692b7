#pragma once

#include <QtWidgets/QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace sendivent {
class LocalOperations;
struct Error;
struct WebhookAttemptEntry;
}

namespace sendivent::app {

class WebhookAttemptDetail;
class WebhookAttemptsModel;

// The Webhooks page's attempts log: the local server's recent webhook attempts
// (time, event, status, duration, response excerpt, error), newest first, filtered by
// outcome, event type and delivery; the selected attempt in full below it
// (WebhookAttemptDetail); "resend" for its message and a context menu. The log is a
// local server extension: over a remote API it stays empty and says why.
class WebhookAttemptsPanel final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kShownAttempts = 200;

    explicit WebhookAttemptsPanel(QWidget *parent = nullptr);

    // `local` is null for a remote API, named `remoteName`. Clears the log; reload() reads it.
    void setBackend(LocalOperations *local, const QString &remoteName);
    // Reads the log again (the page does so every second while it shows).
    void reload();
    void resendSelected();
    // Selects the newest attempt of this message once the log is read (Go to anything).
    void selectMessage(const QString &messageId);
    // Shows only the attempts of messages about `uuid` (empty: all).
    void filterByDelivery(const QString &uuid);

    WebhookAttemptsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The selected attempt; nullptr without one.
    const WebhookAttemptEntry *selected() const;

Q_SIGNALS:
    void failed(const sendivent::Error &error);
    void statusMessage(const QString &text);
    void deliveryRequested(const QString &deliveryUuid);

private:
    void updateState();
    void showContextMenu(const QPoint &pos);
    void resend(const QString &messageId);

    LocalOperations *m_local = nullptr;
    WebhookAttemptsModel *m_model;
    QString m_selectMessage; // selected once the log is read
    QSortFilterProxyModel *m_sorted;
    QLabel *m_note;
    QComboBox *m_outcome;
    QComboBox *m_event;
    QLineEdit *m_delivery;
    QTableView *m_table;
    WebhookAttemptDetail *m_detail;
    QLabel *m_count;
    QPushButton *m_refresh;
    QPushButton *m_resend;
};

} // namespace sendivent::app
