#include "filechooser.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QSettings>
#include <QtWidgets/QFileDialog>

namespace sendivent::app {

namespace {

QString &savePathForTesting()
{
    static QString path;
    return path;
}

QString lastFolder(const QString &folderKey)
{
    return QSettings().value(folderKey, QDir::homePath()).toString();
}

void rememberFolderOf(const QString &folderKey, const QString &path)
{
    QSettings().setValue(folderKey, QFileInfo(path).absolutePath());
}

} // namespace

QString chooseFileToOpen(QWidget *parent, const QString &caption, const QString &folderKey, const QString &filter)
{
    const QString path = QFileDialog::getOpenFileName(parent, caption, lastFolder(folderKey), filter);
    if (!path.isEmpty())
        rememberFolderOf(folderKey, path);
    return path;
}

QString chooseFileToSave(QWidget *parent, const QString &caption, const QString &folderKey,
                         const QString &defaultName, const QString &filter, const QString &suffix)
{
    if (!savePathForTesting().isEmpty())
        return savePathForTesting();
    QString path = QFileDialog::getSaveFileName(parent, caption, QDir(lastFolder(folderKey)).filePath(defaultName), filter);
    if (path.isEmpty())
        return path;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    rememberFolderOf(folderKey, path);
    return path;
}

void setSavePathForTesting(const QString &path)
{
    savePathForTesting() = path;
}

} // namespace sendivent::app
