#pragma once

#include <base/apierror.h>

#include <QtWidgets/QFrame>

class QLabel;

namespace sendivent::app {

// An inline, dismissable report of a failed write: the core's message and each
// problem of its `details` with the field it names. Replaces a modal dialog, so a
// batch of problems is one readable list, not a storm of boxes.
class ErrorBanner final : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    // `fieldPrefix` is cut from the start of detail fields ("events[2]." when the
    // reader is looking at that event already).
    void showError(const Error &error, const QString &fieldPrefix = {});
    void showMessage(const QString &message);
    void clear();
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColors();

    QLabel *m_message;
    QLabel *m_details;
};

} // namespace sendivent::app
