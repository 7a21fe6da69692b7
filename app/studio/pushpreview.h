#pragma once

#include <QtCore/QDateTime>
#include <QtWidgets/QWidget>

namespace sendivent::app {

// A push notification as a phone's lock screen shows it: the app's icon and name,
// the title in bold and the body cut after four lines, over a wallpaper.
class PushPreview final : public QWidget
{
    Q_OBJECT
public:
    explicit PushPreview(QWidget *parent = nullptr);

    void setNotification(const QString &appName, const QString &title, const QString &body);
    // The lock screen's time: when the notification was sent; invalid: now (a preview).
    void setTime(const QDateTime &when);
    QDateTime time() const { return m_when; }
    QString title() const { return m_title; }
    QString body() const { return m_body; }

    QSize sizeHint() const override { return {380, 520}; }
    QSize minimumSizeHint() const override { return {260, 320}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_appName;
    QString m_title;
    QString m_body;
    QDateTime m_when;
};

} // namespace sendivent::app
