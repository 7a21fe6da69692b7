#pragma once

#include <QtCore/QLocale>

namespace sendivent::app {

// The language the GUI speaks: QSettings "ui/language" ("sv", "en", …) when set,
// else the system's.
QLocale uiLocale();

} // namespace sendivent::app
