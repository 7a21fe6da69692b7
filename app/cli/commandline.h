#pragma once

#include <mail/release.h>
#include <storage/durability.h>

#include <QtCore/QList>
#include <QtCore/QStringList>
#include <QtNetwork/QHostAddress>

#include <cstdio>
#include <optional>

class QCommandLineParser;
class QCoreApplication;

namespace sendivent::app {

// The options of DESIGN §2, parsed and checked.
struct CommandLine
{
    bool headless = false;
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 8787;
    QString dataDir;
    QStringList apiKeys;
    QString seedFile;
    QString faultsFile; // --faults: fault rules from the start (issue 23)
    bool limits = true;
    bool clockFrozen = false; // --clock frozen: the emulator's time stands still until moved
    QList<int> webhookRetrySchedule{5, 300, 1800, 7200, 18000, 36000, 36000};
    QString proxy;
    bool allowProduction = false;
    QString remoteUrl;
    bool jsonLogs = false;
    Durability durability = Durability::Normal;
    // --smtp and the other release options (issue 23); nullopt without --smtp. The
    // password is not here: SENDIVENT_SMTP_PASSWORD or the keychain (prepareRelease).
    std::optional<mail::ReleaseSettings> release;
    // Retention for this run (issue 22), over the stored settings; unset: as stored.
    std::optional<qint64> maxDeliveries;
    std::optional<qint64> maxAgeSeconds;
    std::optional<int> maxJournal;
};

struct ParseOutcome
{
    std::optional<CommandLine> options;
    int exitCode = 0;     // when no options: 0 after --help/--version, 2 on a usage error
    QString message;      // what to print (stdout for help/version, stderr for errors)
};

ParseOutcome parseCommandLine(const QStringList &arguments);

// The parser's help text with the program named as installed ("sendivent-console",
// or "sendivent-console render"), whatever argv[0] was.
QString helpText(const QCommandLineParser &parser, const QString &command = QStringLiteral("sendivent-console"));

QString defaultDataDir();

// Writes a subcommand's output (text as UTF-8) to stdout or stderr, flushed.
void writeTo(FILE *stream, const QByteArray &bytes);
inline void writeTo(FILE *stream, const QString &text)
{
    writeTo(stream, text.toUtf8());
}

} // namespace sendivent::app
