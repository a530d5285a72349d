#include "app/PortalApplication.h"

#include "app/PortalCommandLine.h"
#include "app/UnixSignalWatcher.h"
#include "core/FileClock.h"
#include "core/PortalContext.h"
#include "core/PortalLog.h"
#include "core/RouteModule.h"
#include "core/RouteModules.h"
#include "core/SystemClock.h"
#include "demo/DemoData.h"
#include "http/PortalServer.h"
#include "storage/PortalDatabase.h"
#include "tls/DevCertificateAuthority.h"
#include "tls/TlsCredentials.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslConfiguration>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {
void writeLine(FILE* stream, const QString& line)
{
    const QByteArray bytes = (line + u'\n').toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

QString urlHost(const PortalOptions& options)
{
    if (options.listenAddress.protocol() == QAbstractSocket::IPv6Protocol
        && !options.listenHost.startsWith(u'['))
        return u'[' + options.listenHost + u']';
    return options.listenHost;
}
} // namespace

PortalApplication::PortalApplication() = default;

PortalApplication::~PortalApplication()
{
    // The server's routes use the context, which uses the database and the clock.
    m_server.reset();
    m_context.reset();
    m_database.reset();
}

int PortalApplication::run(const QStringList& arguments)
{
    PortalCommandLine commandLine;
    switch (commandLine.parse(arguments)) {
    case PortalCommandLine::Action::ShowHelp:
        writeLine(stdout, commandLine.helpText().trimmed());
        return 0;
    case PortalCommandLine::Action::ShowVersion:
        writeLine(stdout, PortalCommandLine::versionText());
        return 0;
    case PortalCommandLine::Action::Fail:
        writeLine(stderr, u"kabinet-portal: "_s + commandLine.errorText());
        writeLine(stderr, tr("Try kabinet-portal --help."));
        return 2;
    case PortalCommandLine::Action::Run:
        break;
    }
    m_options = commandLine.options();

    // Before anything is printed: whoever reads the start-up lines may send SIGTERM right away.
    m_signals = std::make_unique<UnixSignalWatcher>();
    QObject::connect(m_signals.get(), &UnixSignalWatcher::terminationRequested,
                     QCoreApplication::instance(), [](int signalNumber) {
                         qCInfo(lcPortal) << "stopping on signal" << signalNumber;
                         QCoreApplication::quit();
                     });

    QSslConfiguration tls;
    if (!prepareDataDirectory() || !prepareClock() || !prepareTls(tls) || !prepareDatabase())
        return 1;

    m_context = std::make_unique<PortalContext>(m_options, *m_database, *m_clock);
    m_server = std::make_unique<PortalServer>(*m_context);
    if (!m_server->addModules(createRouteModules()))
        return fail(m_server->errorString());

    // --demo / --demo-scale: the demo data is written here, once the modules' tables exist and
    // before the server listens.
    if (m_options.demo) {
        DemoData demo(*m_context);
        if (!demo.write(m_options.demoScale))
            return fail(demo.errorString());
        if (demo.skipped())
            qCInfo(lcPortal) << "the data directory already holds accounts: no demo data written";
    }

    const quint16 port = m_server->listen(m_options.listenAddress, m_options.listenPort, tls);
    if (port == 0)
        return fail(m_server->errorString());

    // The actual port (--listen may ask for 0): the context's options name where the server
    // is, e.g. for the links in e-mails.
    m_options.listenPort = port;
    writeLine(stdout,
              u"listening on https://"_s + urlHost(m_options) + u':' + QString::number(port));
    if (m_options.devTls)
        writeLine(stdout, u"ca: "_s + m_caPath);
    if (!m_options.testCaptchaAnswer.isEmpty())
        writeLine(stderr,
                  u"kabinet-portal: warning: --test-captcha-answer is set: every captcha has a "
                  "known answer. For tests only, never in production."_s);

    return QCoreApplication::exec();
}

bool PortalApplication::prepareDataDirectory()
{
    const QString dir = m_options.dataDir;
    if (QFileInfo(dir).isDir())
        return true;
    // The database holds password hashes and tokens: a new data directory is the owner's only.
    if (!QDir().mkpath(dir)
        || !QFile::setPermissions(
            dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        fail(tr("Cannot create the data directory %1.").arg(dir));
        return false;
    }
    return true;
}

bool PortalApplication::prepareClock()
{
    if (m_options.clockFile.isEmpty()) {
        m_clock = std::make_unique<SystemClock>();
        return true;
    }
    auto clock = std::make_unique<FileClock>(m_options.clockFile);
    if (!clock->isValid()) {
        fail(tr("The clock file %1 does not hold an ISO 8601 UTC instant such as "
                "2014-09-25T10:15:00Z.")
                 .arg(m_options.clockFile));
        return false;
    }
    qCInfo(lcPortal).noquote() << "time is read from" << m_options.clockFile;
    m_clock = std::move(clock);
    return true;
}

bool PortalApplication::prepareTls(QSslConfiguration& configuration)
{
    QString certificatePath = m_options.tlsCertFile;
    QString keyPath = m_options.tlsKeyFile;
    if (m_options.devTls) {
        DevCertificateAuthority authority(QDir(m_options.dataDir).filePath(u"tls"_s));
        if (!authority.ensure()) {
            fail(authority.errorString());
            return false;
        }
        if (authority.createdCa())
            qCInfo(lcPortal).noquote() << "created a development CA in" << authority.directory();
        if (authority.createdServerCertificate())
            qCInfo(lcPortal).noquote() << "issued a development certificate for localhost";
        certificatePath = authority.serverCertificatePath();
        keyPath = authority.serverKeyPath();
        m_caPath = authority.caCertificatePath();
    }
    TlsCredentials credentials;
    if (!credentials.load(certificatePath, keyPath)) {
        fail(credentials.errorString());
        return false;
    }
    configuration = credentials.serverConfiguration();
    return true;
}

bool PortalApplication::prepareDatabase()
{
    const QString path = QDir(m_options.dataDir).filePath(u"portal.db"_s);
    if (!QFileInfo::exists(path)) {
        // Created owner-only before SQLite opens it; its -wal and -shm files follow suit.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            fail(tr("Cannot create the database %1.").arg(path));
            return false;
        }
    }
    m_database = std::make_unique<PortalDatabase>();
    if (!m_database->open(path)) {
        fail(m_database->lastError());
        return false;
    }
    return true;
}

int PortalApplication::fail(const QString& message, int exitCode)
{
    writeLine(stderr, u"kabinet-portal: "_s + message);
    return exitCode;
}
