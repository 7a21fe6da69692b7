#pragma once

#include "previewresult.h"

#include <contacts/contact.h>
#include <workspace/workspace.h>

#include <QtCore/QDateTime>
#include <QtWidgets/QWidget>

class QLabel;
class QScrollArea;
class QStackedWidget;

namespace sendivent::app {

class ChatPreview;
class EmailPreview;
class PushPreview;

// Who a preview is from and to, as the send would address it.
struct PreviewEnvelope
{
    QString appName;
    QString from; // "Acme Shop <hello@acme.test>" or "+46700000001"
    QString to; // "Jane Cooper <jane@example.com>"
    QDateTime sentAt; // when a delivery was sent; invalid: a preview, stamped now
};

// From and to as the channel addresses them.
PreviewEnvelope previewEnvelope(
    const Workspace &workspace, Channel channel, const Contact &contact, const Sender &sender);

// The rendered message in the form its channel shows it: an email, an SMS with its
// character and segment count, a chat message, a push notification. A field whose
// template does not compile keeps its last good rendering (the editor shows the
// error), so the preview does not flash empty while a tag is half typed.
class PreviewPane final : public QWidget
{
    Q_OBJECT
public:
    explicit PreviewPane(QWidget *parent = nullptr);

    void setChannel(Channel channel);
    Channel channel() const { return m_channel; }
    void setEnvelope(const PreviewEnvelope &envelope);
    void setResult(const PreviewResult &result);
    QString output(const QString &field) const { return m_outputs.value(field); }
    // A field of the last result failed: what is shown is its previous rendering.
    bool isStale() const { return m_stale; }

private:
    void refresh();

    Channel m_channel = Channel::Email;
    PreviewEnvelope m_envelope;
    QMap<QString, QString> m_outputs;
    bool m_stale = false;
    QStackedWidget *m_stack;
    EmailPreview *m_email;
    QScrollArea *m_smsScroll;
    ChatPreview *m_sms;
    QLabel *m_smsCounter;
    QScrollArea *m_chatScroll;
    ChatPreview *m_chat;
    PushPreview *m_push;
    QLabel *m_error;
};

} // namespace sendivent::app
