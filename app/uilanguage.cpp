#include "uilanguage.h"

#include <QtCore/QSettings>

namespace sendivent::app {

QLocale uiLocale()
{
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    return chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
}

} // namespace sendivent::app
