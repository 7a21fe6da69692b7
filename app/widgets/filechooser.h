#pragma once

#include <QtCore/QString>

class QWidget;

namespace sendivent::app {

// File dialogs that start in the folder last used for the same kind of file (the
// QSettings key `folderKey`, e.g. "contacts/csvDir") and remember the folder of
// what was chosen.

// The file to read, or an empty string when the dialog was cancelled.
QString chooseFileToOpen(QWidget *parent, const QString &caption, const QString &folderKey, const QString &filter);
// The file to write, with `.suffix` added when the name has none; empty when cancelled.
QString chooseFileToSave(QWidget *parent, const QString &caption, const QString &folderKey,
                         const QString &defaultName, const QString &filter, const QString &suffix);

// For tests driving the window: chooseFileToSave() answers `path` at once, without a
// dialog, until this is called again with an empty path.
void setSavePathForTesting(const QString &path);

} // namespace sendivent::app
