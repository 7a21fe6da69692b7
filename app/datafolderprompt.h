#pragma once

#include <storage/datafolderlock.h>

#include <QtCore/QString>

#include <functional>
#include <memory>

class QMessageBox;
class QWidget;

namespace sendivent::app {

// What the user wants when the data folder cannot be had.
enum class FolderChoice { ChooseAnother, Quit };

// The question the GUI asks when another process holds the data folder (or it cannot
// be locked): it names the folder and the holder's PID, and offers another folder or
// quitting. Built apart from exec() so a test can read it and press its buttons.
std::unique_ptr<QMessageBox> dataFolderDialog(const DataFolderLock &failed, const QString &reason,
                                              QWidget *parent = nullptr);
// The button pressed; closing the dialog is Quit.
FolderChoice choiceOf(const QMessageBox &box);

struct FolderLockOutcome
{
    std::unique_ptr<DataFolderLock> lock; // null when the user chose to quit
    QString folder;                       // the folder locked
};

// Shows the question (dataFolderDialog, exec) and returns the choice.
using AskFolderChoice = std::function<FolderChoice(const DataFolderLock &failed, const QString &reason)>;
// Lets the user pick a folder, starting at `current`; empty when cancelled.
using ChooseFolder = std::function<QString(const QString &current)>;

// Locks `folder` for this process. While that fails, asks what to do: another folder
// (picked through `choose`; cancelling asks again) or quit.
FolderLockOutcome lockDataFolder(const QString &folder, const AskFolderChoice &ask, const ChooseFolder &choose);

} // namespace sendivent::app
