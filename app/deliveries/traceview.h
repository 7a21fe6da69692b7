#pragma once

#include <backend/backendtypes.h>

#include <QtCore/QUrl>
#include <QtWidgets/QWidget>

class QGridLayout;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace sendivent {
class Backend;
}

namespace sendivent::app {

class ErrorBanner;
class ReleaseClient;
class PreviewPane;
class TraceAttempts;
class TraceTimeline;

// One delivery's trace (GET /v1/deliveries/{uuid}/trace): what it is and where it
// went, its timeline, the message as it was sent, the recipient's contact, the
// webhook attempts, and the actions on it — simulating a provider report (local
// only) and copying the trace request as a curl command.
class TraceView final : public QWidget
{
    Q_OBJECT
public:
    explicit TraceView(Backend *backend, QWidget *parent = nullptr);

    void setBackend(Backend *backend);
    // Where the local server listens, for "Copy as curl" on the local backend.
    void setLocalServerUrl(const QUrl &url);
    // The local server and the console's key, for "Release to Inbox…".
    void setReleaseServer(const QUrl &url, const QString &apiKey);

    // Loads and shows the trace; an empty uuid clears the view.
    void showDelivery(const QString &uuid);
    // Reads the shown delivery again (it changed).
    void reload();
    QString uuid() const { return m_uuid; }
    const DeliveryTrace *trace() const { return m_trace ? &*m_trace : nullptr; }

    // Simulates a provider report on the local backend (the buttons' work).
    void simulate(const QString &outcome);
    // Releases the shown email to a real inbox (`to` empty: the configured one); the
    // button asks for the recipient first.
    void releaseTo(const QString &to);
    // The curl command of this trace, also put on the clipboard by the button.
    QString curlCommand() const;

    // The shown email as sent, in RFC 5322 form (what "Download .eml…" writes); empty
    // when no email is shown.
    QByteArray emlBytes() const;
    // The shown delivery as sent (what "Download JSON…" writes): the delivery with its
    // status and language, the envelope, the headers (email), the rendered content,
    // the payload, the template revision and the timeline.
    Json asSentJson() const;
    // Writes emlBytes() / asSentJson() to `path`; the buttons ask for the path first.
    bool downloadEml(const QString &path);
    bool downloadJson(const QString &path);

Q_SIGNALS:
    // A delivery changed through this view (a simulation).
    void deliveryUpdated(const sendivent::Delivery &delivery);

protected:
    void changeEvent(QEvent *event) override;

private:
    void show(const DeliveryTrace &trace);
    void showContent(const Delivery &delivery);
    void showSentFacts(const Delivery &delivery);
    bool writeDownload(const QString &path, const QByteArray &bytes);
    void updateActions();
    QUrl apiBaseUrl() const;

    Backend *m_backend;
    QUrl m_localUrl;
    QString m_uuid;
    std::optional<DeliveryTrace> m_trace;
    quint64 m_request = 0;

    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_heading;
    QLabel *m_uuidLabel;
    QGridLayout *m_facts;
    QLabel *m_contact;
    ErrorBanner *m_errors;
    QList<QPushButton *> m_simulate;
    QLabel *m_simulateNote;
    QPushButton *m_curl;
    QPushButton *m_release;
    ReleaseClient *m_releaseClient;
    QString m_releaseNote; // what the last release of the shown delivery did
    TraceTimeline *m_timeline;
    PreviewPane *m_content;
    QLabel *m_noContent;
    QGridLayout *m_sentFacts; // from, to, subject, sent, language, template revision
    QGroupBox *m_headersBox;
    QPlainTextEdit *m_headers;
    QGroupBox *m_payloadBox;
    QPlainTextEdit *m_payload;
    QPushButton *m_downloadEml;
    QPushButton *m_downloadJson;
    QLabel *m_downloadNote;
    TraceAttempts *m_attempts;
};

} // namespace sendivent::app
