#pragma once

#include <QtCore/QList>
#include <QtWidgets/QWidget>

class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace sendivent {
struct Error;
namespace server {
class WebhookListener;
struct ListenerRequest;
}
}

namespace sendivent::app {

class WebhookListenerModel;

// The Webhooks page's built-in receiver (like `stripe listen`): start and stop it on
// a port, its address with "use as endpoint URL", the requests it received with each
// one's signature verdict, and the selected request as it arrived.
class WebhookListenerPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit WebhookListenerPanel(QWidget *parent = nullptr);
    ~WebhookListenerPanel() override;

    // The secret the next requests are verified with; empty: not known.
    void setSecret(const QString &secret) { m_secret = secret; }

    // Listens on the port field's port (0: any free one); false when it cannot (the
    // reason goes out through failed()).
    bool start();
    void stop();

    // The port the next start() asks for (0: any free one).
    void setPort(quint16 port);
    // Whether this listener listened on `port` in this session or the last one it
    // remembers: an endpoint on that port of this computer was meant for it.
    bool hasListenedOn(quint16 port) const;

    server::WebhookListener *listener() const { return m_listener; }
    WebhookListenerModel *model() const { return m_model; }
    // The menu of a row of the table (copy webhook-id, delivery uuid, body); the caller owns it.
    QMenu *contextMenu(int row);

Q_SIGNALS:
    void useUrlRequested(const QString &url);
    void failed(const sendivent::Error &error);
    void statusMessage(const QString &text);

private:
    void received(const server::ListenerRequest &request);
    void showSelected();
    void updateState();

    QString m_secret;
    QList<quint16> m_usedPorts; // the remembered port, then each one listened on since
    server::WebhookListener *m_listener;
    WebhookListenerModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QSpinBox *m_port;
    QPushButton *m_toggle;
    QLineEdit *m_url;
    QPushButton *m_copyUrl;
    QPushButton *m_useUrl;
    QPushButton *m_clear;
    QTableView *m_table;
    QLabel *m_summary;
    QPlainTextEdit *m_body;
    QPlainTextEdit *m_raw;
    QLabel *m_count;
};

} // namespace sendivent::app
