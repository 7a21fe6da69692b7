// GUI responsiveness under send load (issue 19, "Measured"): the real window with its
// local server on its own thread, wired as app/main.cpp's runGui wires it, while wrk
// sends over 16 connections; the Deliveries page updates live and a driver switches
// pages every ~300 ms and opens traces. A 5 ms timer on the GUI thread measures how
// late the event loop comes back to it (a stall); the figures are printed as one
// line that tests/bench/gui/run.sh reads.
//
//   bench_gui --send-lua PATH [--seconds 30] [--connections 16] [--period-ms 300]
//
// Not a test: the figures depend on the machine and its load.
#include <backend/datasource.h>
#include <backend/localbackend.h>
#include <changenotifier.h>
#include <deliveries/deliveriespage.h>
#include <deliveries/traceview.h>
#include <emulation/clock.h>
#include <localserver.h>
#include <logging.h>
#include <mainwindow.h>
#include <remote/credentialstore.h>
#include <server/servercontroller.h>
#include <services.h>
#include <widgets/theme.h>

#include <QtCore/QCommandLineParser>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QProcess>
#include <QtCore/QSet>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QTableView>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <map>
#include <memory>
#include <vector>

using namespace sendivent;
using namespace Qt::StringLiterals;

namespace {

const QString kKey = u"test_benchmark0123456789"_s;

// Everything runGui builds, in its order; destroyed in reverse (window first).
// Keep this the one place that knows the composition: when app/main.cpp's runGui
// changes, change buildConsole() to match.
struct Console
{
    ChangeNotifier notifier;
    Clock clock;
    std::unique_ptr<app::ServerController> controller;
    std::unique_ptr<LocalBackend> backend;
    std::unique_ptr<CredentialStore> credentials;
    std::unique_ptr<DataSource> dataSource;
    std::unique_ptr<app::MainWindow> window;
    QString url;
};

std::unique_ptr<Console> buildConsole(const QString &dataDir)
{
    auto c = std::make_unique<Console>();
    server::LocalServerOptions options;
    options.dataDir = dataDir;
    options.host = QHostAddress::LocalHost;
    options.port = 0;
    options.apiKeys = {kKey};
    options.limits = false; // as the send benchmark: measure the work, not the 429s
    options.clock = &c->clock;
    c->controller = std::make_unique<app::ServerController>(std::move(options), &c->notifier);
    if (const Status started = c->controller->start(); !started) {
        std::fprintf(stderr, "bench_gui: %s\n", qPrintable(started.error().message));
        return nullptr;
    }
    c->url = c->controller->url();
    // The window works on the server's own services, on the server's thread (issue 19).
    Services *services = c->controller->services();
    if (!services) {
        std::fprintf(stderr, "bench_gui: the server has no services\n");
        return nullptr;
    }
    c->controller->logExchanges(&app::logExchange);
    c->backend = std::make_unique<LocalBackend>(*services);
    c->credentials = std::make_unique<CredentialStore>(u"sendivent-console-bench"_s);
    c->dataSource = std::make_unique<DataSource>(c->backend.get(), c->credentials.get());
    c->window = std::make_unique<app::MainWindow>(c->backend.get());
    c->window->setServerStatus(c->url, true);
    c->window->setApiKey(c->controller->consoleKey());
    c->window->setServer(c->controller.get(), dataDir);
    c->window->setDataSource(c->dataSource.get());
    c->window->resize(1400, 900);
    c->window->show();
    return c;
}

// The lateness of a 5 ms precise timer, in microseconds, while `running`.
class StallProbe : public QObject
{
public:
    explicit StallProbe(QObject *parent = nullptr)
        : QObject(parent)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kIntervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 lateUs = std::max<qint64>(0, (now - m_last) / 1000 - kIntervalMs * 1000);
            m_late.push_back(lateUs);
            if (lateUs > 16'000)
                m_stalls.push_back({m_last, now});
            m_last = now;
        });
    }
    void start()
    {
        m_late.clear();
        m_late.reserve(10'000);
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    std::vector<qint64> lateness() const { return m_late; }
    // The stalls over 16 ms, as [from, to] in nanoseconds on elapsed().
    std::vector<std::pair<qint64, qint64>> stalls() const { return m_stalls; }
    qint64 elapsedNs() const { return m_clock.nsecsElapsed(); }

    static constexpr int kIntervalMs = 5;

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<qint64> m_late;
    std::vector<std::pair<qint64, qint64>> m_stalls;
};

// Switches pages every `periodMs`; on the Deliveries page it selects a row, which
// opens that delivery's trace.
class Driver : public QObject
{
public:
    Driver(app::MainWindow *window, int periodMs, const StallProbe *probe)
        : m_window(window)
        , m_probe(probe)
    {
        for (const QString &name : {u"deliveriesPage"_s, u"@trace"_s, u"eventsPage"_s, u"contactsPage"_s,
                                    u"deliveriesPage"_s, u"@trace"_s, u"templateStudioPage"_s, u"webhooksPage"_s,
                                    u"deliveriesPage"_s, u"@trace"_s, u"integrationsPage"_s, u"serverPage"_s}) {
            if (name.startsWith(u'@') || window->page(name))
                m_steps << name;
        }
        m_timer.setInterval(periodMs);
        connect(&m_timer, &QTimer::timeout, this, &Driver::step);
    }
    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    int switches() const { return m_switches; }
    int traceSelections() const { return m_selections; }
    int tracesShown() const { return int(m_shown.size()); }
    // What each step did and when, for blaming the stalls; the longest a step took.
    struct Step
    {
        QString name;
        qint64 atNs;
        qint64 tookNs;
    };
    const std::vector<Step> &steps() const { return m_log; }

private:
    void step()
    {
        const qint64 at = m_probe->elapsedNs();
        const QString name = act();
        if (!name.isEmpty())
            m_log.push_back({name, at, m_probe->elapsedNs() - at});
    }
    // One step; returns what it did (empty: nothing).
    QString act()
    {
        noteTrace();
        const QString name = m_steps.at(m_at++ % m_steps.size());
        if (name != u"@trace"_s) {
            if (!m_window->showPage(name))
                return {};
            ++m_switches;
            return name;
        }
        auto *table = m_window->findChild<QTableView *>(u"deliveryTable"_s);
        if (!table || !table->isVisible() || !table->model() || table->model()->rowCount() == 0)
            return {};
        // A different row each time, among the first screenful.
        table->selectRow(m_selections % std::min(20, table->model()->rowCount()));
        ++m_selections;
        return u"trace"_s;
    }
    void noteTrace()
    {
        auto *page = qobject_cast<app::DeliveriesPage *>(m_window->page(u"deliveriesPage"_s));
        if (page && page->traceView() && !page->traceView()->uuid().isEmpty())
            m_shown.insert(page->traceView()->uuid());
    }

    app::MainWindow *m_window;
    const StallProbe *m_probe;
    std::vector<Step> m_log;
    QStringList m_steps;
    qsizetype m_at = 0;
    QTimer m_timer;
    int m_switches = 0;
    int m_selections = 0;
    QSet<QString> m_shown;
};

double percentileMs(std::vector<qint64> sorted, double p)
{
    if (sorted.empty())
        return 0;
    const auto at = size_t(std::min<double>(double(sorted.size() - 1), p / 100.0 * double(sorted.size())));
    return double(sorted[at]) / 1000.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(u"Sendivent"_s);
    QCoreApplication::setApplicationName(u"sendivent-console-bench"_s);
    // The window's settings (page, splitters, theme) go to a test location, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    QApplication application(argc, argv);
    app::installLogHandler(false);
    app::theme::apply();

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption secondsOption(u"seconds"_s, u"Length of the loaded run."_s, u"s"_s, u"30"_s);
    const QCommandLineOption connectionsOption(u"connections"_s, u"wrk connections."_s, u"n"_s, u"16"_s);
    const QCommandLineOption periodOption(u"period-ms"_s, u"Page switch period."_s, u"ms"_s, u"300"_s);
    const QCommandLineOption luaOption(u"send-lua"_s, u"tests/bench/send/send.lua"_s, u"path"_s);
    const QCommandLineOption wrkOption(u"wrk"_s, u"The wrk executable."_s, u"path"_s, u"wrk"_s);
    parser.addOptions({secondsOption, connectionsOption, periodOption, luaOption, wrkOption});
    parser.process(application);
    const int seconds = parser.value(secondsOption).toInt();
    const int connections = parser.value(connectionsOption).toInt();
    if (!parser.isSet(luaOption) || seconds <= 0 || connections <= 0) {
        std::fprintf(stderr, "bench_gui: --send-lua PATH is required; --seconds and --connections > 0\n");
        return 2;
    }

    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    QSettings().clear();
    std::unique_ptr<Console> console = buildConsole(dir.filePath(u"data"_s));
    if (!console)
        return 1;
    if (!QTest::qWaitForWindowExposed(console->window.get())) {
        std::fprintf(stderr, "bench_gui: the window was not exposed\n");
        return 1;
    }
    console->window->showPage(u"deliveriesPage"_s);

    StallProbe probe;
    Driver driver(console->window.get(), parser.value(periodOption).toInt(), &probe);

    const QString sendPath = u"/v1/send/user.welcome/email"_s;
    QProcess wrk;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"SENDIVENT_BENCH_KEY"_s, kKey);
    wrk.setProcessEnvironment(environment);
    wrk.setProcessChannelMode(QProcess::SeparateChannels);
    QByteArray wrkOutput;
    QObject::connect(&wrk, &QProcess::readyReadStandardOutput, &wrk, [&] { wrkOutput += wrk.readAllStandardOutput(); });
    QObject::connect(&wrk, &QProcess::finished, &application, [&] {
        probe.stop();
        driver.stop();
        QCoreApplication::quit();
    });
    QObject::connect(&wrk, &QProcess::errorOccurred, &application, [&](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            std::fprintf(stderr, "bench_gui: wrk did not start (%s)\n", qPrintable(wrk.errorString()));
            QCoreApplication::exit(1);
        }
    });

    // The window thread's own CPU time over the run: what the traffic and the driver
    // cost it, which a shared machine's scheduling moves far less than the stalls.
    const auto threadCpuNs = [] {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
    };
    const qint64 cpuAtStart = threadCpuNs();
    probe.start();
    driver.start();
    wrk.start(parser.value(wrkOption),
              {u"-t1"_s, u"-c"_s + QString::number(connections), u"-d"_s + QString::number(seconds) + u"s"_s,
               u"-s"_s, parser.value(luaOption), console->url + sendPath});
    const int code = QApplication::exec();
    const qint64 guiCpuNs = threadCpuNs() - cpuAtStart;
    wrkOutput += wrk.readAllStandardOutput();
    if (code != 0 || wrk.exitStatus() != QProcess::NormalExit || wrk.exitCode() != 0) {
        std::fprintf(stderr, "bench_gui: wrk failed: %s\n", wrk.readAllStandardError().constData());
        return 1;
    }

    std::vector<qint64> late = probe.lateness();
    std::sort(late.begin(), late.end());
    const auto over = [&](qint64 ms) {
        return late.end() - std::upper_bound(late.begin(), late.end(), ms * 1000);
    };
    QByteArray wrkLine;
    for (const QByteArray &line : wrkOutput.split('\n'))
        if (line.startsWith("RESULT "))
            wrkLine = line.mid(7);
    std::printf("STALLS samples=%zu p50_ms=%.2f p99_ms=%.2f max_ms=%.2f over16=%td over100=%td "
                "page_switches=%d trace_selections=%d traces_shown=%d platform=%s\n",
                late.size(), percentileMs(late, 50), percentileMs(late, 99), late.empty() ? 0.0 : double(late.back()) / 1000.0,
                over(16), over(100), driver.switches(), driver.traceSelections(), driver.tracesShown(),
                qPrintable(QGuiApplication::platformName()));
    std::printf("WRK %s\n", wrkLine.constData());
    std::printf("GUI_CPU ms=%.0f per_second_ms=%.1f\n", double(guiCpuNs) / 1e6, double(guiCpuNs) / 1e6 / seconds);

    // Blame: a stall over 16 ms whose interval holds a driver step is that step's
    // (its own time is printed beside); the others came from elsewhere (live
    // updates, the chart, the request log, queued results).
    std::map<QString, std::pair<int, qint64>> blamed; // name → (stalls, longest step ns)
    int unexplained = 0;
    qint64 unexplainedMax = 0;
    for (const auto &[from, to] : probe.stalls()) {
        const auto it = std::find_if(driver.steps().begin(), driver.steps().end(),
                                     [from, to](const Driver::Step &s) { return s.atNs >= from && s.atNs < to; });
        if (it == driver.steps().end()) {
            ++unexplained;
            unexplainedMax = std::max(unexplainedMax, to - from);
            continue;
        }
        auto &[count, longest] = blamed[it->name];
        ++count;
        longest = std::max(longest, it->tookNs);
    }
    std::printf("BLAME");
    for (const auto &[name, entry] : blamed)
        std::printf(" %s=%d(step max %.0f ms)", qPrintable(name), entry.first, double(entry.second) / 1e6);
    std::printf(" elsewhere=%d(max %.0f ms)\n", unexplained, double(unexplainedMax) / 1e6);
    std::fflush(stdout);
    return 0;
}
