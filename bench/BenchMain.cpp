// kabinet-bench: the figures of issue 9 in one table. Run it through bench/run, which builds it
// in release mode and gives it a private D-Bus with gnome-keyring (the remembered key lives
// there). It starts kabinet-portal with --demo-scale data, lets the real `kabinet --sync
// --remember` fill the demo user's cache and keychain, runs each Measurement, and prints the table
// as text and as Markdown. Every file (caches, settings, the server's data) goes to a work
// directory of its own: HOME and the XDG directories point there for it and for its children.
//
// Exits 1 when something could not be measured (the table says what and why), never because a
// figure misses its target: these machines are shared and noisy, the figures are for reading.
#include "BenchContext.h"
#include "BenchPortal.h"
#include "CacheOpenMeasurement.h"
#include "ChargesViewMeasurement.h"
#include "ChildProgram.h"
#include "FigureTable.h"
#include "StartupMeasurement.h"
#include "SyncMeasurement.h"
#include "cache/SqlCipherDriver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <memory>
#include <optional>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {

void say(const QString& line)
{
    std::fprintf(stderr, "kabinet-bench: %s\n", qPrintable(line));
}

QString firstLine(const QString& path, const QByteArray& prefix)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return {};
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"?"_s;
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

// Kabinet's programs, and their children, find their settings, caches and fonts' caches under
// these; the keychain is the private one bench/run started.
void isolate(const QString& workDir)
{
    const QString home = workDir + u"/home"_s;
    const QList<std::pair<const char*, QString>> directories {
        {"HOME", home},
        {"XDG_CONFIG_HOME", home + u"/.config"_s},
        {"XDG_DATA_HOME", home + u"/.local/share"_s},
        {"XDG_CACHE_HOME", home + u"/.cache"_s},
        {"XDG_STATE_HOME", home + u"/.local/state"_s},
    };
    for (const auto& [name, path] : directories) {
        QDir().mkpath(path);
        qputenv(name, QFile::encodeName(path));
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
}

// The user's cache filled and remembered as after a sign-in with «Запомнить?»: the real client
// signs in with the password, creates the cache, keeps its key and the session in the keychain
// and syncs; then the settings name the server and the user, as the window leaves them.
bool prepareRememberedUser(const BenchContext& context)
{
    const ChildProgram::Result sync = ChildProgram::run(
        context.kabinet,
        {u"--sync"_s, u"--server"_s, context.server.toString(), u"--ca"_s, context.caFile,
         u"--user"_s, context.login, u"--password-stdin"_s, u"--remember"_s},
        context.password.toUtf8() + '\n', 600000);
    if (!sync.ok()) {
        say(u"kabinet --sync --remember failed: "_s + sync.problem());
        return false;
    }
    say(u"kabinet --sync --remember: "_s + QString::fromLocal8Bit(sync.standardOutput.trimmed()));
    const ChildProgram::Result settings =
        ChildProgram::run(context.card,
                          {u"--remember"_s, context.login, u"--server"_s, context.server.toString(),
                           u"--ca"_s, context.caFile});
    if (!settings.ok()) {
        say(u"kabinet-bench-card --remember failed: "_s + settings.problem());
        return false;
    }
    return true;
}

QString machine(const QString& loadBefore)
{
    return u"%1 CPUs (%2), load average %3 before and %4 after; Qt %5; %6"_s.arg(
        QString::number(QThread::idealThreadCount()), firstLine(u"/proc/cpuinfo"_s, "model name"),
        loadBefore, loadAverage(), QString::fromLatin1(qVersion()),
        QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Kabinet's benchmarks (issue 9); run through bench/run."_s);
    parser.addHelpOption();
    parser.addOptions({
        // 15: single starts fall around two values, and a median of 5 lands on either.
        {u"runs"_s, u"Measured runs of each figure (default 15)."_s, u"N"_s, u"15"_s},
        {u"scale"_s, u"kabinet-portal --demo-scale N (default 10)."_s, u"N"_s, u"10"_s},
        {u"work"_s, u"Keep every file in DIR (default: a temporary directory, removed)."_s,
         u"DIR"_s},
        {u"markdown"_s, u"Also write the Markdown table to FILE."_s, u"FILE"_s},
        {u"curl"_s, u"The curl to compare with (default: curl on PATH)."_s, u"FILE"_s},
    });
    parser.process(app);
    const int runs = parser.value(u"runs"_s).toInt();
    const int scale = parser.value(u"scale"_s).toInt();
    if (runs < 1 || scale < 1) {
        say(u"--runs and --scale want positive numbers"_s);
        return 2;
    }
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        say(u"no session bus: run bench/run, which gives this program a private D-Bus with "
            "gnome-keyring"_s);
        return 2;
    }

    std::optional<QTemporaryDir> temporary;
    if (!parser.isSet(u"work"_s))
        temporary.emplace(QDir::tempPath() + u"/kabinet-bench-XXXXXX"_s);
    const QString workDir =
        temporary ? temporary->path() : QDir(parser.value(u"work"_s)).absolutePath();
    if (workDir.isEmpty() || !QDir().mkpath(workDir + u"/portal"_s)) {
        say(u"cannot create the work directory"_s);
        return 2;
    }
    isolate(workDir);
    // As app/main.cpp: the caches' folder and the keychain's entries follow these names.
    QCoreApplication::setApplicationName(u"Kabinet"_s);
    QCoreApplication::setOrganizationName(u"Kabinet"_s);
    SqlCipherDriver::registerDriver();

    BenchContext context;
    context.login = u"demo"_s;
    context.password = u"kapremont"_s; // the demo data's published password
    context.runs = runs;
    context.workDir = workDir;
    context.kabinet = QStringLiteral(KABINET_BENCH_KABINET);
    context.bare = QStringLiteral(KABINET_BENCH_BARE);
    context.card = QStringLiteral(KABINET_BENCH_CARD);
    context.sync = QStringLiteral(KABINET_BENCH_SYNC);
    context.curl = parser.isSet(u"curl"_s) ? parser.value(u"curl"_s)
                                           : QStandardPaths::findExecutable(u"curl"_s);
    if (context.curl.isEmpty()) {
        say(u"no curl on PATH (scripts/install-deps.sh installs it)"_s);
        return 2;
    }

    const QString loadBefore = loadAverage();
    say(u"starting kabinet-portal --demo-scale %1 in %2"_s.arg(scale).arg(workDir));
    BenchPortal portal(QStringLiteral(KABINET_BENCH_PORTAL), workDir + u"/portal"_s);
    if (!portal.start({u"--demo-scale"_s, QString::number(scale)}, 600000)) {
        say(portal.errorString());
        return 1;
    }
    context.server = portal.url();
    context.caFile = portal.caFile();
    say(u"kabinet-portal: "_s + context.server.toString());
    if (!prepareRememberedUser(context))
        return 1;

    std::vector<std::unique_ptr<Measurement>> measurements;
    measurements.push_back(std::make_unique<CacheOpenMeasurement>());
    measurements.push_back(std::make_unique<StartupMeasurement>());
    measurements.push_back(std::make_unique<SyncMeasurement>());
    measurements.push_back(std::make_unique<ChargesViewMeasurement>());
    FigureTable table;
    for (const std::unique_ptr<Measurement>& measurement : measurements) {
        say(u"measuring "_s + measurement->title() + u" …"_s);
        measurement->run(context, table);
    }
    portal.stop();

    const QString description =
        u"kabinet-bench: medians of %1 runs, --demo-scale %2; %3"_s.arg(runs).arg(scale).arg(
            machine(loadBefore));
    const QString markdown = description + u"\n\n"_s + table.markdown();
    std::printf("\n%s\n\n%s\nMarkdown:\n\n%s", qPrintable(description), qPrintable(table.text()),
                qPrintable(markdown));
    if (parser.isSet(u"markdown"_s)) {
        QFile file(parser.value(u"markdown"_s));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(markdown.toUtf8()) < 0)
            say(u"cannot write "_s + file.fileName());
    }
    if (table.notMeasuredYet() > 0)
        say(u"%1 figure(s) not measured yet: their feature is not in the build"_s.arg(
            table.notMeasuredYet()));
    if (table.failures() > 0) {
        say(u"%1 figure(s) could not be measured: see the table"_s.arg(table.failures()));
        return 1;
    }
    return 0;
}
