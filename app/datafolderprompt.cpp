#include "datafolderprompt.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QSysInfo>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

struct DataFolderPrompt
{
    Q_DECLARE_TR_FUNCTIONS(sendivent::app::DataFolderPrompt)
};

const auto chooseButtonName = u"chooseAnotherFolder"_s;

} // namespace

std::unique_ptr<QMessageBox> dataFolderDialog(const DataFolderLock &failed, const QString &reason, QWidget *parent)
{
    auto box = std::make_unique<QMessageBox>(parent);
    box->setObjectName(u"dataFolderDialog"_s);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(DataFolderPrompt::tr("Sendivent Console"));
    const QString folder = QDir::toNativeSeparators(QDir(failed.folder()).absolutePath());
    if (const auto &holder = failed.holder()) {
        const bool elsewhere = !holder->hostName.isEmpty() && holder->hostName != QSysInfo::machineHostName();
        box->setText(elsewhere ? DataFolderPrompt::tr("Another Sendivent Console (PID %1 on %2) is using the data folder %3.")
                                     .arg(holder->pid)
                                     .arg(holder->hostName, folder)
                               : DataFolderPrompt::tr("Another Sendivent Console (PID %1) is using the data folder %2.")
                                     .arg(holder->pid)
                                     .arg(folder));
        box->setInformativeText(DataFolderPrompt::tr(
            "Only one console can use a data folder at a time: two would answer the same requests twice and send "
            "webhooks twice. Quit the other one, or start this one with another folder."));
    } else {
        box->setText(DataFolderPrompt::tr("The data folder %1 cannot be used.").arg(folder));
        box->setInformativeText(reason);
    }
    QPushButton *choose = box->addButton(DataFolderPrompt::tr("Choose Another Folder…"), QMessageBox::AcceptRole);
    choose->setObjectName(chooseButtonName);
    QPushButton *quit = box->addButton(DataFolderPrompt::tr("Quit"), QMessageBox::RejectRole);
    quit->setObjectName(u"quit"_s);
    box->setDefaultButton(choose);
    box->setEscapeButton(quit);
    return box;
}

FolderChoice choiceOf(const QMessageBox &box)
{
    const QAbstractButton *clicked = box.clickedButton();
    return clicked && clicked->objectName() == chooseButtonName ? FolderChoice::ChooseAnother : FolderChoice::Quit;
}

FolderLockOutcome lockDataFolder(const QString &folder, const AskFolderChoice &ask, const ChooseFolder &choose)
{
    FolderLockOutcome out;
    out.folder = folder;
    for (;;) {
        auto lock = std::make_unique<DataFolderLock>(out.folder);
        const Status locked = lock->lock();
        if (locked) {
            out.lock = std::move(lock);
            return out;
        }
        for (;;) {
            if (ask(*lock, locked.error().message) == FolderChoice::Quit)
                return out;
            if (const QString chosen = choose(out.folder); !chosen.isEmpty()) {
                out.folder = chosen;
                break;
            }
        }
    }
}

} // namespace sendivent::app
