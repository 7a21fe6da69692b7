#pragma once

#include <base/channel.h>

#include <QtCore/QDateTime>
#include <QtGui/QTextDocument>
#include <QtWidgets/QWidget>

namespace sendivent::app {

// One message as a chat app shows it: Slack and Discord as a flat message row with
// avatar, name and an APP/BOT badge; Telegram, WhatsApp and SMS as a bubble under the
// conversation's header. Painted here (not a style sheet) so each looks like its
// app in both light and dark palettes.
class ChatPreview final : public QWidget
{
    Q_OBJECT
public:
    explicit ChatPreview(QWidget *parent = nullptr);

    // `author` is who the message is from (the app's bot, the SMS sender); `text` the
    // rendered template, formatted as `channel` formats it.
    void setMessage(Channel channel, const QString &author, const QString &text);
    // The time the message is stamped with: when it was sent; invalid: now (a preview).
    void setTime(const QDateTime &when);
    QString timeText() const { return m_time; }
    QString plainText() const { return m_document.toPlainText(); }
    Channel channel() const { return m_channel; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Look;
    struct Geometry
    {
        QRect header, caption, avatar, authorLine, bubble, body, time;
        int height = 0;
    };
    Look look() const;
    Geometry layoutFor(int width) const;
    void relayout();

    Channel m_channel = Channel::Slack;
    QString m_author;
    QString m_time;
    QString m_day; // "Today", or the date the message was sent
    mutable QTextDocument m_document;
};

} // namespace sendivent::app
