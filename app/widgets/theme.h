#pragma once

#include <QtCore/QTime>
#include <QtGui/QColor>
#include <QtGui/QPalette>

class QWidget;

namespace sendivent::app {

// Light and dark appearance. Qt 6.4 has no colour-scheme API, so "dark" is read off
// the palette the platform gives (a dark window colour); the Fusion style draws
// either well. QSettings "ui/theme" = system (default), light or dark overrides it;
// a change applies at once.
namespace theme {

// Sets the Fusion style and the palette "ui/theme" asks for: light, dark, or the
// system's (followed as it changes). Before the first window and on every change.
void apply();

// After a palette change: widgets under `root` whose style sheet names palette roles
// take the new colours.
void repolish(QWidget *root);

bool isDark(const QPalette &palette);

// Colours for what the widgets paint themselves, chosen for the palette in use.
struct Colors
{
    QColor keyword;
    QColor path;
    QColor delimiter;
    QColor string;
    QColor comment;
    QColor htmlTag;
    QColor error;
    QColor errorBackground;
    QColor success;
    QColor muted;
};
Colors colors(const QPalette &palette);

// After a theme change: the colours of `from` written into labels' rich text and
// style sheets under `root` (a coloured dot, an error line) become those of `to`.
void recolour(QWidget *root, const Colors &from, const Colors &to);

// A clock time as phones and chat apps show it: hours and minutes in the locale's
// style (13:05, 1:05 PM), never seconds.
QString clockTime(const QTime &time);

// A palette for "dark" on a platform that offers none.
QPalette darkPalette();

} // namespace theme

} // namespace sendivent::app
