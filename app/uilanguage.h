#pragma once

#include <QtCore/QLocale>

class QObject;

class QWidget;

namespace sendivent::app {

// The language the GUI speaks: QSettings "ui/language" ("sv", "en", …) when set,
// else the system's.
QLocale uiLocale();

// Loads Qt's and the console's translations for uiLocale() and makes that locale the
// default. The first call installs them; a later one switches live: every window gets
// QEvent::LanguageChange (see retranslateWidgets()).
void applyUiLanguage();

// Starts remembering where each tr() answer came from, without changing the
// language, so a later applyUiLanguage() can put what is already on screen into
// another. applyUiLanguage() does it too; the main window calls it before it builds
// anything (tests build windows without main()).
void recordTranslations();

// Puts every text under `root` that came from tr() into the language now installed:
// labels, buttons, group and tab titles, combo box items, placeholders, tool tips,
// accessible names, actions and menus; item views re-read their headers. Texts built
// with arguments ("3 contacts") are the owners' to redo on LanguageChange. Returns how
// many texts changed.
int retranslateWidgets(QWidget *root);

// One text kept aside (not on a widget) in the language now installed, when tr()
// gave it; else `text` as it is. `scope`: the object whose class tr() was called in.
QString retranslated(const QString &text, const QObject *scope);

} // namespace sendivent::app
