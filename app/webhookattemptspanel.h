#pragma once

#include <QtWidgets/QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace sendivent {
class LocalBackend;
struct Error;
}

namespace sendivent::app {

class WebhookAttemptsModel;

// The Webhooks page's attempts log: the local server's recent webhook attempts
// (time, event, status, duration, response excerpt, error), newest first, with
// "resend" for the selected attempt's message. The log is a local server extension:
// over a remote API it stays empty and says why.
class WebhookAttemptsPanel final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kShownAttempts = 200;

    explicit WebhookAttemptsPanel(QWidget *parent = nullptr);

    // `local` is null for a remote API, named `remoteName`. Clears the log; reload() reads it.
    void setBackend(LocalBackend *local, const QString &remoteName);
    // Reads the log again (the page does so every second while it shows).
    void reload();
    void resendSelected();
    // Selects the newest attempt of this message once the log is read (Go to anything).
    void selectMessage(const QString &messageId);

    WebhookAttemptsModel *model() const { return m_model; }

Q_SIGNALS:
    void failed(const sendivent::Error &error);
    void statusMessage(const QString &text);

private:
    void updateState();

    LocalBackend *m_local = nullptr;
    WebhookAttemptsModel *m_model;
    QString m_selectMessage; // selected once the log is read
    QLabel *m_note;
    QTableView *m_table;
    QLabel *m_count;
    QPushButton *m_refresh;
    QPushButton *m_resend;
};

} // namespace sendivent::app
