#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTimer>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcInstance, "kabinet.instance")

namespace {

// The whole conversation: a line each way.
const QByteArray activateLine = "activate\n";
const QByteArray answerLine = "ok\n";
// A running window answers at once; one that does not within this is hung.
constexpr int answerTimeoutMs = 3000;
// Claims by other starts take milliseconds; a lock held longer is left by a process that hangs.
constexpr int lockTimeoutMs = 5000;

} // namespace

SingleInstance::SingleInstance(const QString& dataFolder, QObject* parent)
    : QObject(parent)
    , m_path(socketPath(dataFolder))
{ }

SingleInstance::~SingleInstance()
{
    // QLocalServer::close() removes the socket file; the next start needs no stale check.
    if (m_server)
        m_server->close();
}

QString SingleInstance::socketPath(const QString& dataFolder)
{
    // RuntimeLocation is $XDG_RUNTIME_DIR, or a private folder Qt creates in /tmp without it.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    const QByteArray hash =
        QCryptographicHash::hash(QDir::cleanPath(dataFolder).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(12);
    // Short: a Unix socket's path has room for 107 bytes.
    return u"%1/kabinet-%2-%3"_s.arg(folder).arg(::getuid()).arg(QString::fromLatin1(hash));
}

SingleInstance::Role SingleInstance::claim()
{
    if (m_path.startsWith(u"/kabinet-"_s)) {
        m_errorText = u"no runtime folder for the single-instance socket"_s;
        return Role::Alone;
    }
    QLockFile lock(m_path + u".lock"_s);
    if (!lock.tryLock(lockTimeoutMs)) {
        m_errorText = u"the lock %1 is held by another process"_s.arg(lock.fileName());
        return Role::Alone;
    }
    QLocalSocket socket;
    socket.connectToServer(m_path);
    if (socket.waitForConnected(answerTimeoutMs))
        return handOver(socket) ? Role::Second : Role::Alone;
    // Nobody listens: a socket file left there is a crashed run's.
    if (QFile::exists(m_path)) {
        qCInfo(lcInstance) << "removing a stale socket" << m_path;
        QLocalServer::removeServer(m_path);
    }
    return listen() ? Role::First : Role::Alone;
}

bool SingleInstance::handOver(QLocalSocket& socket)
{
    socket.write(activateLine);
    if (!socket.waitForBytesWritten(answerTimeoutMs)) {
        m_errorText = u"the running Kabinet does not listen: %1"_s.arg(socket.errorString());
        return false;
    }
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(answerTimeoutMs)) {
            m_errorText = u"the running Kabinet does not answer"_s;
            return false;
        }
    }
    if (socket.readLine() != answerLine) {
        m_errorText = u"the running Kabinet answered something else"_s;
        return false;
    }
    qCInfo(lcInstance) << "the running Kabinet came forward";
    return true;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    // Only this user may connect (the runtime folder is private already; /tmp may not be).
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_path)) {
        m_errorText = u"cannot listen on %1: %2"_s.arg(m_path, m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    qCInfo(lcInstance) << "listening on" << m_path;
    return true;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        // A start that hands over writes at once; a connection that stays silent is dropped.
        QTimer::singleShot(answerTimeoutMs, socket, &QLocalSocket::abort);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        if (socket->canReadLine())
            onReadyRead(socket);
    }
}

void SingleInstance::onReadyRead(QLocalSocket* socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > activateLine.size())
            socket->abort(); // not one of ours
        return;
    }
    if (socket->readLine() != activateLine) {
        socket->abort();
        return;
    }
    qCInfo(lcInstance) << "a second start asked to come forward";
    socket->write(answerLine);
    socket->flush();
    socket->disconnectFromServer();
    emit activationRequested();
}
