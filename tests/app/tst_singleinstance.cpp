#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// One window per user, with the real kabinet binary (offscreen, with no server configured: the
// sign-in window shows) in a home and runtime folder of this test's own: a second start brings
// the first one forward and exits with 0 at once; --help, --version and --sync do not take part;
// a socket file left by a killed first one does not keep the next from starting.
class tst_SingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aSecondStartBringsTheFirstForward();
    void printingAndSyncingRunsDoNotTakePart();
    void aStaleSocketDoesNotBlockTheStart();
    void anotherUsersFolderIsAnotherInstance();
    void twoStartsAtOnceLeaveOneWindow();

private:
    QProcessEnvironment environment(const QString& home) const;
    // Starts the window; true once it listens.
    bool startFirst(QProcess& process, const QString& home);
    // Runs kabinet with arguments to the end; its exit code, or -1 when it did not end in time.
    int runToEnd(const QStringList& arguments, const QString& home, QByteArray* errors = nullptr,
                 qint64* elapsedMs = nullptr);
    QString socketFile() const;
    static void stop(QProcess& process);
    // What process wrote to standard error so far.
    QByteArray errorsOf(QProcess& process);

    QHash<QProcess*, QByteArray> m_errors;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_home;
    QString m_runtime;
};

void tst_SingleInstance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_home = m_dir->filePath(u"home"_s);
    m_runtime = m_dir->filePath(u"run"_s);
    QVERIFY(QDir().mkpath(m_home));
    QVERIFY(QDir().mkpath(m_runtime));
    // As XDG_RUNTIME_DIR must be (QStandardPaths warns otherwise).
    QFile::setPermissions(m_runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void tst_SingleInstance::cleanup()
{
    m_errors.clear();
    m_dir.reset();
}

QProcessEnvironment tst_SingleInstance::environment(const QString& home) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/.cache"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, m_runtime);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"KABINET_LANGUAGE"_s, u"en"_s);
    // The lines this test watches for.
    env.insert(u"QT_LOGGING_RULES"_s, u"kabinet.instance.info=true\nkabinet.app.info=true"_s);
    return env;
}

bool tst_SingleInstance::startFirst(QProcess& process, const QString& home)
{
    process.setProcessEnvironment(environment(home));
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(QStringLiteral(KABINET_BINARY), {});
    if (!process.waitForStarted(10000))
        return false;
    return QTest::qWaitFor(
               [this, &process] {
                   return process.state() != QProcess::Running
                       || errorsOf(process).contains("listening on");
               },
               20000)
        && process.state() == QProcess::Running;
}

int tst_SingleInstance::runToEnd(const QStringList& arguments, const QString& home,
                                 QByteArray* errors, qint64* elapsedMs)
{
    QProcess process;
    process.setProcessEnvironment(environment(home));
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(KABINET_BINARY), arguments);
    process.closeWriteChannel();
    // Not waitForFinished(): the first one must go on handling its events meanwhile (it does, in
    // its own process) and so must this test's.
    const bool ended =
        QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 20000);
    if (elapsedMs)
        *elapsedMs = timer.elapsed();
    if (!ended) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (errors)
        *errors = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QString tst_SingleInstance::socketFile() const
{
    const QStringList sockets =
        QDir(m_runtime).entryList({u"kabinet-*"_s}, QDir::System | QDir::Files);
    for (const QString& name : sockets) {
        if (!name.endsWith(u".lock"_s))
            return QDir(m_runtime).filePath(name);
    }
    return {};
}

QByteArray tst_SingleInstance::errorsOf(QProcess& process)
{
    QByteArray& errors = m_errors[&process];
    errors += process.readAllStandardError();
    return errors;
}

void tst_SingleInstance::stop(QProcess& process)
{
    process.terminate();
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished();
    }
}

void tst_SingleInstance::aSecondStartBringsTheFirstForward()
{
    QProcess first;
    QVERIFY2(startFirst(first, m_home), errorsOf(first).constData());
    QVERIFY(!socketFile().isEmpty());
    QVERIFY(!errorsOf(first).contains("brought forward"));

    QByteArray errors;
    qint64 elapsed = 0;
    QCOMPARE(runToEnd({}, m_home, &errors, &elapsed), 0);
    QVERIFY2(errors.contains("the running Kabinet came forward"), errors.constData());
    // Quickly: it shows no window of its own and opens no cache.
    QVERIFY2(elapsed < 10000, qPrintable(QString::number(elapsed)));
    QTRY_VERIFY(errorsOf(first).contains("brought forward by a second start"));
    QCOMPARE(first.state(), QProcess::Running);

    // Once more: the first one still listens.
    QCOMPARE(runToEnd({}, m_home), 0);
    QTRY_COMPARE(errorsOf(first).count("brought forward by a second start"), 2);
    stop(first);
}

void tst_SingleInstance::printingAndSyncingRunsDoNotTakePart()
{
    QProcess first;
    QVERIFY2(startFirst(first, m_home), errorsOf(first).constData());
    QByteArray errors;
    QCOMPARE(runToEnd({u"--version"_s}, m_home), 0);
    QCOMPARE(runToEnd({u"--help"_s}, m_home), 0);
    // --sync runs beside the window (and stops at the missing password: stdin is empty).
    QCOMPARE(runToEnd({u"--sync"_s, u"--server"_s, u"https://127.0.0.1:9"_s, u"--user"_s, u"demo"_s,
                       u"--password-stdin"_s},
                      m_home, &errors),
             2);
    QVERIFY(!errors.contains("came forward"));
    QTest::qWait(200);
    QVERIFY(!errorsOf(first).contains("brought forward"));
    stop(first);
}

void tst_SingleInstance::aStaleSocketDoesNotBlockTheStart()
{
    QProcess crashed;
    QVERIFY2(startFirst(crashed, m_home), errorsOf(crashed).constData());
    const QString socket = socketFile();
    QVERIFY(!socket.isEmpty());
    crashed.kill(); // SIGKILL: no clean-up, the socket file stays
    crashed.waitForFinished();
    QVERIFY(QFile::exists(socket));

    QProcess next;
    QVERIFY2(startFirst(next, m_home), errorsOf(next).constData());
    QVERIFY2(errorsOf(next).contains("removing a stale socket"), errorsOf(next).constData());
    // And it is the first one now: a further start hands over to it.
    QCOMPARE(runToEnd({}, m_home), 0);
    QTRY_VERIFY(errorsOf(next).contains("brought forward by a second start"));
    stop(next);
}

void tst_SingleInstance::anotherUsersFolderIsAnotherInstance()
{
    // Another home (another data folder), same runtime folder: a window of its own.
    QProcess first;
    QVERIFY2(startFirst(first, m_home), errorsOf(first).constData());
    const QString otherHome = m_dir->filePath(u"other"_s);
    QVERIFY(QDir().mkpath(otherHome));
    QProcess other;
    QVERIFY2(startFirst(other, otherHome), errorsOf(other).constData());
    QCOMPARE(QDir(m_runtime).entryList({u"kabinet-*"_s}, QDir::System).size(), 2);
    QVERIFY(!errorsOf(first).contains("brought forward"));
    stop(other);
    stop(first);
}

void tst_SingleInstance::twoStartsAtOnceLeaveOneWindow()
{
    // Double-clicking the launcher: both look for a first one at the same moment. The lock file
    // lets one of them listen and the other hand over to it.
    QProcess a;
    QProcess b;
    for (QProcess* process : {&a, &b})
        process->setProcessEnvironment(environment(m_home));
    a.start(QStringLiteral(KABINET_BINARY), {});
    b.start(QStringLiteral(KABINET_BINARY), {});
    QVERIFY(a.waitForStarted(10000) && b.waitForStarted(10000));
    QVERIFY(QTest::qWaitFor(
        [&] { return a.state() == QProcess::NotRunning || b.state() == QProcess::NotRunning; },
        20000));
    QProcess& ended = a.state() == QProcess::NotRunning ? a : b;
    QProcess& running = &ended == &a ? b : a;
    QCOMPARE(ended.exitStatus(), QProcess::NormalExit);
    QCOMPARE(ended.exitCode(), 0);
    QVERIFY2(errorsOf(ended).contains("the running Kabinet came forward"),
             errorsOf(ended).constData());
    QTRY_VERIFY(errorsOf(running).contains("brought forward by a second start"));
    QCOMPARE(running.state(), QProcess::Running);
    stop(running);
}

QTEST_MAIN(tst_SingleInstance)
#include "tst_singleinstance.moc"
