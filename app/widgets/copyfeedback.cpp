#include "copyfeedback.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtCore/QVariant>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QAbstractButton>

using namespace Qt::StringLiterals;

namespace sendivent::app {

namespace {
constexpr char kOwnText[] = "sendiventCopyOwnText";
constexpr char kOwnMinimumWidth[] = "sendiventCopyOwnMinimumWidth";
constexpr char kFlash[] = "sendiventCopyFlash";
} // namespace

void copyWithFeedback(QAbstractButton *button, const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
    if (!button)
        return;
    // A second click while it says "Copied" keeps the first click's own text.
    if (!button->property(kOwnText).isValid()) {
        button->setProperty(kOwnText, button->text());
        button->setProperty(kOwnMinimumWidth, button->minimumWidth());
        button->setMinimumWidth(button->width());
    }
    button->setText(QCoreApplication::translate("sendivent::app::CopyFeedback", "Copied"));
    button->setAccessibleDescription(QCoreApplication::translate("sendivent::app::CopyFeedback", "Copied to the clipboard"));
    const int flash = button->property(kFlash).toInt() + 1;
    button->setProperty(kFlash, flash);
    QTimer::singleShot(kCopiedFeedbackMs, button, [button = QPointer<QAbstractButton>(button), flash] {
        if (!button || button->property(kFlash).toInt() != flash)
            return; // a later click restarted the moment
        button->setText(button->property(kOwnText).toString());
        button->setMinimumWidth(button->property(kOwnMinimumWidth).toInt());
        button->setAccessibleDescription(QString());
        button->setProperty(kOwnText, QVariant());
    });
}

} // namespace sendivent::app
