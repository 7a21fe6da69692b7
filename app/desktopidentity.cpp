// Tells the desktop which application a window belongs to: the window icon (from
// resources/icons, compiled in as :/icons) and, on Wayland, the desktop file's name so
// that the shell shows the installed icon and name (see installer/README.md).
//
// It runs as a QCoreApplication startup routine, so every way main() builds the
// application gets it without main() knowing; a QCoreApplication (--headless, render)
// has no windows and is left alone.
#include <QtGui/QGuiApplication>
#include <QtGui/QIcon>

namespace {

void applyDesktopIdentity()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return;
    QGuiApplication::setDesktopFileName(QStringLiteral(SENDIVENT_APP_ID));
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/sendivent-console-%1.png").arg(size), QSize(size, size));
    QGuiApplication::setWindowIcon(icon);
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(applyDesktopIdentity)
