// The GUI's answer to a data folder another process holds (issue 18): the dialog names
// the folder and the holder's PID and offers another folder or quitting; the choice
// decides which folder the console locks. The holder is a real headless console.
#include <datafolderprompt.h>

#include <QtCore/QDeadlineTimer>
#include <QtCore/QDir>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QApplication>
#include <QtWidgets/QMessageBox>
#include <QtTest/QTest>

using namespace sendivent;
using namespace sendivent::app;

namespace {

// A headless console holding `dataDir`, once it says it listens.
bool startHolder(QProcess &p, const QString &dataDir)
{
    p.start(qEnvironmentVariable("SENDIVENT_CONSOLE"),
            {QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--api-key"),
             QStringLiteral("test_x"), QStringLiteral("--data-dir"), dataDir});
    QByteArray out;
    const QDeadlineTimer deadline(30000);
    while (!out.contains("listening on") && !deadline.hasExpired() && p.state() != QProcess::NotRunning) {
        p.waitForReadyRead(100);
        out += p.readAllStandardOutput();
    }
    return out.contains("listening on");
}

QString shown(const QString &folder)
{
    return QDir::toNativeSeparators(QDir(folder).absolutePath());
}

} // namespace

class tst_DataFolderPrompt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void dialogNamesFolderAndHolder();
    void dialogButtonsGiveTheChoice();
    void chooseAnotherFolder();
    void cancelledChoiceAsksAgain();
    void quitLocksNothing();
    void unlockedFolderAsksNothing();

private:
    QTemporaryDir m_held;
    QProcess m_holder;
};

void tst_DataFolderPrompt::initTestCase()
{
    QVERIFY(m_held.isValid());
    QVERIFY2(startHolder(m_holder, m_held.path()), m_holder.readAllStandardError().constData());
}

void tst_DataFolderPrompt::cleanupTestCase()
{
    m_holder.terminate();
    m_holder.waitForFinished(30000);
}

void tst_DataFolderPrompt::dialogNamesFolderAndHolder()
{
    DataFolderLock lock(m_held.path());
    const Status s = lock.lock();
    QVERIFY(!s.ok());
    QVERIFY(lock.holder());
    QCOMPARE(lock.holder()->pid, m_holder.processId());

    const std::unique_ptr<QMessageBox> box = dataFolderDialog(lock, s.error().message);
    QVERIFY2(box->text().contains(shown(m_held.path())), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QStringLiteral("PID %1").arg(m_holder.processId())), qPrintable(box->text()));
    QVERIFY(box->findChild<QAbstractButton *>(QStringLiteral("chooseAnotherFolder")));
    QVERIFY(box->findChild<QAbstractButton *>(QStringLiteral("quit")));
    QVERIFY(!box->isVisible()); // built, not shown: the caller runs it
}

void tst_DataFolderPrompt::dialogButtonsGiveTheChoice()
{
    DataFolderLock lock(m_held.path());
    const Status s = lock.lock();
    QVERIFY(!s.ok());

    const std::unique_ptr<QMessageBox> choose = dataFolderDialog(lock, s.error().message);
    choose->findChild<QAbstractButton *>(QStringLiteral("chooseAnotherFolder"))->click();
    QCOMPARE(choiceOf(*choose), FolderChoice::ChooseAnother);

    const std::unique_ptr<QMessageBox> quit = dataFolderDialog(lock, s.error().message);
    quit->findChild<QAbstractButton *>(QStringLiteral("quit"))->click();
    QCOMPARE(choiceOf(*quit), FolderChoice::Quit);

    // Closed without a button (Escape, the title bar's close): quit.
    const std::unique_ptr<QMessageBox> closed = dataFolderDialog(lock, s.error().message);
    QCOMPARE(choiceOf(*closed), FolderChoice::Quit);
}

void tst_DataFolderPrompt::chooseAnotherFolder()
{
    QTemporaryDir other;
    QStringList asked;
    qint64 askedPid = 0;
    QString chooserStartedAt;
    const FolderLockOutcome outcome = lockDataFolder(
        m_held.path(),
        [&](const DataFolderLock &failed, const QString &) {
            asked << failed.folder();
            askedPid = failed.holder() ? failed.holder()->pid : 0;
            return FolderChoice::ChooseAnother;
        },
        [&](const QString &current) {
            chooserStartedAt = current;
            return other.path();
        });
    QCOMPARE(asked, QStringList{m_held.path()});
    QCOMPARE(chooserStartedAt, m_held.path());
    QCOMPARE(askedPid, m_holder.processId());
    QVERIFY(outcome.lock);
    QVERIFY(outcome.lock->isLocked());
    QCOMPARE(outcome.folder, other.path());
    // Held now: another process would be turned away from it too.
    DataFolderLock again(other.path());
    QVERIFY(!again.lock().ok());
}

void tst_DataFolderPrompt::cancelledChoiceAsksAgain()
{
    int asked = 0;
    int chosen = 0;
    const FolderLockOutcome outcome = lockDataFolder(
        m_held.path(),
        [&](const DataFolderLock &, const QString &) {
            return ++asked == 1 ? FolderChoice::ChooseAnother : FolderChoice::Quit;
        },
        [&](const QString &) {
            ++chosen;
            return QString(); // the folder dialog was cancelled
        });
    QCOMPARE(asked, 2);
    QCOMPARE(chosen, 1);
    QVERIFY(!outcome.lock);
}

void tst_DataFolderPrompt::quitLocksNothing()
{
    int chosen = 0;
    const FolderLockOutcome outcome = lockDataFolder(
        m_held.path(), [](const DataFolderLock &, const QString &) { return FolderChoice::Quit; },
        [&](const QString &) {
            ++chosen;
            return QString();
        });
    QVERIFY(!outcome.lock);
    QCOMPARE(chosen, 0);
    QCOMPARE(m_holder.state(), QProcess::Running);
}

void tst_DataFolderPrompt::unlockedFolderAsksNothing()
{
    QTemporaryDir free;
    int asked = 0;
    const FolderLockOutcome outcome = lockDataFolder(
        free.path(),
        [&](const DataFolderLock &, const QString &) {
            ++asked;
            return FolderChoice::Quit;
        },
        [](const QString &) { return QString(); });
    QVERIFY(outcome.lock);
    QCOMPARE(outcome.folder, free.path());
    QCOMPARE(asked, 0);
}

QTEST_MAIN(tst_DataFolderPrompt)
#include "tst_datafolderprompt.moc"
