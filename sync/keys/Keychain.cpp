#include "keys/Keychain.h"

#include "keys/KeychainJob.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcKeychain, "kabinet.keys.keychain")

namespace {

const char* operationName(KeychainJob::Operation operation)
{
    switch (operation) {
    case KeychainJob::Operation::Read:
        return "read";
    case KeychainJob::Operation::Write:
        return "write";
    case KeychainJob::Operation::Remove:
        return "remove";
    }
    return "?";
}

} // namespace

Keychain::Keychain(QObject* parent)
    : Keychain(defaultService(), parent)
{ }

Keychain::Keychain(const QString& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{ }

Keychain::~Keychain()
{
    // The jobs may still finish later; their listeners point at this object and must be gone first.
    for (const Pending& pending : std::as_const(m_pending)) {
        pending.job->abandon();
    }
}

QString Keychain::defaultService()
{
    return u"Kabinet"_s;
}

std::chrono::milliseconds Keychain::timeout() const
{
    return std::chrono::milliseconds(m_timeout.load());
}

void Keychain::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout.store(timeout.count());
}

void Keychain::read(const QString& key)
{
    startAsync(Operation::Read, key, {});
}

void Keychain::write(const QString& key, const QByteArray& data)
{
    startAsync(Operation::Write, key, data);
}

void Keychain::remove(const QString& key)
{
    startAsync(Operation::Remove, key, {});
}

Keychain::ReadResult Keychain::readBlocking(const QString& key) const
{
    return readBlocking(key, timeout());
}

Keychain::ReadResult Keychain::readBlocking(const QString& key,
                                            std::chrono::milliseconds timeout) const
{
    return runBlocking(Operation::Read, key, {}, timeout);
}

Keychain::Result Keychain::writeBlocking(const QString& key, const QByteArray& data) const
{
    return writeBlocking(key, data, timeout());
}

Keychain::Result Keychain::writeBlocking(const QString& key, const QByteArray& data,
                                         std::chrono::milliseconds timeout) const
{
    return runBlocking(Operation::Write, key, data, timeout);
}

Keychain::Result Keychain::removeBlocking(const QString& key) const
{
    return removeBlocking(key, timeout());
}

Keychain::Result Keychain::removeBlocking(const QString& key,
                                          std::chrono::milliseconds timeout) const
{
    return runBlocking(Operation::Remove, key, {}, timeout);
}

Keychain::Status Keychain::statusForKeychainError(int error)
{
    switch (error) {
    case QKeychain::NoError:
        return Status::Ok;
    case QKeychain::EntryNotFound:
        return Status::NotFound;
    case QKeychain::AccessDeniedByUser:
        return Status::Denied;
    // On Linux these mean there is no Secret Service, it is locked with no way to prompt, or it
    // failed to answer over D-Bus: all cases in which the password has to do instead.
    case QKeychain::AccessDenied:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return Status::Unavailable;
    default:
        return Status::Failed;
    }
}

QString Keychain::statusText(Status status)
{
    switch (status) {
    case Status::Ok:
        return QCoreApplication::translate("Keychain", "Done.");
    case Status::NotFound:
        return QCoreApplication::translate("Keychain", "The keychain holds no such entry.");
    case Status::Unavailable:
        return QCoreApplication::translate("Keychain", "The system keychain is not available.");
    case Status::Denied:
        return QCoreApplication::translate("Keychain", "Access to the keychain was refused.");
    case Status::Failed:
        return QCoreApplication::translate("Keychain", "The keychain operation failed.");
    }
    return {};
}

namespace {

Keychain::ReadResult resultFromOutcome(const QString& key, const KeychainJob::Outcome& outcome)
{
    Keychain::ReadResult result;
    result.key = key;
    result.status = Keychain::statusForKeychainError(outcome.error);
    if (result.ok()) {
        result.data = outcome.data;
    } else {
        result.errorText = outcome.errorString;
    }
    return result;
}

Keychain::ReadResult timeoutResult(const QString& key, std::chrono::milliseconds timeout)
{
    Keychain::ReadResult result;
    result.key = key;
    result.status = Keychain::Status::Unavailable;
    result.timedOut = true;
    result.errorText = u"No answer from the keychain within %1 ms"_s.arg(timeout.count());
    return result;
}

Keychain::ReadResult noApplicationResult(const QString& key)
{
    Keychain::ReadResult result;
    result.key = key;
    result.status = Keychain::Status::Unavailable;
    result.errorText = u"No QCoreApplication to run the keychain job in"_s;
    return result;
}

void logResult(KeychainJob::Operation operation, const Keychain::ReadResult& result)
{
    // The key names an entry, not a secret; the data itself is never logged.
    if (result.timedOut) {
        qCWarning(lcKeychain, "%s of \"%ls\" timed out", operationName(operation),
                  qUtf16Printable(result.key));
    } else if (result.status == Keychain::Status::NotFound) {
        qCDebug(lcKeychain, "%s of \"%ls\": no such entry", operationName(operation),
                qUtf16Printable(result.key));
    } else if (!result.ok()) {
        qCInfo(lcKeychain, "%s of \"%ls\": %ls (%ls)", operationName(operation),
               qUtf16Printable(result.key), qUtf16Printable(Keychain::statusText(result.status)),
               qUtf16Printable(result.errorText));
    }
}

} // namespace

void Keychain::startAsync(Operation operation, const QString& key, const QByteArray& data)
{
    const quint64 id = m_nextId++;
    // The listener runs in the keychain thread; it only posts to this object, and ~Keychain
    // abandons the job (under the same lock the listener runs in) before this object goes away.
    auto job = KeychainJob::start(operation, m_service, key, data, [this, id] {
        QMetaObject::invokeMethod(
            this, [this, id] { finishAsync(id, false); }, Qt::QueuedConnection);
    });
    if (!job) {
        QMetaObject::invokeMethod(
            this, [this, operation, key] { emitResult(operation, noApplicationResult(key)); },
            Qt::QueuedConnection);
        return;
    }

    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    // Never give up early: a coarse timer may fire up to 5 % before the interval.
    timer->setTimerType(Qt::PreciseTimer);
    connect(timer, &QTimer::timeout, this, [this, id] { finishAsync(id, true); });
    timer->start(timeout());
    m_pending.insert(id, Pending {operation, key, std::move(job), timer});
}

void Keychain::finishAsync(quint64 id, bool timedOut)
{
    // A job that finishes just as it times out reports twice; only the first report counts.
    const auto it = m_pending.constFind(id);
    if (it == m_pending.cend()) {
        return;
    }
    const Pending pending = *it;
    m_pending.erase(it);
    pending.job->abandon();
    pending.timer->deleteLater();

    const ReadResult result = timedOut
        ? timeoutResult(pending.key, std::chrono::milliseconds(pending.timer->interval()))
        : resultFromOutcome(pending.key, pending.job->outcome());
    emitResult(pending.operation, result);
}

void Keychain::emitResult(Operation operation, const ReadResult& result)
{
    logResult(operation, result);
    switch (operation) {
    case Operation::Read:
        emit readFinished(result);
        break;
    case Operation::Write:
        emit writeFinished(result);
        break;
    case Operation::Remove:
        emit removeFinished(result);
        break;
    }
}

Keychain::ReadResult Keychain::runBlocking(Operation operation, const QString& key,
                                           const QByteArray& data,
                                           std::chrono::milliseconds timeout) const
{
    QCoreApplication* const application = QCoreApplication::instance();
    std::shared_ptr<KeychainJob> job;

    if (application && QThread::currentThread() == application->thread()) {
        // The window keeps painting while the keychain thread works: a local loop, not a wait.
        QEventLoop loop;
        job = KeychainJob::start(operation, m_service, key, data, [&loop] {
            QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
        });
        QTimer::singleShot(timeout, Qt::PreciseTimer, &loop, &QEventLoop::quit);
        if (job && !job->isFinished()) {
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        }
        // The loop is about to go away: no late completion may reach it.
        if (job) {
            job->abandon();
        }
    } else {
        job = KeychainJob::start(operation, m_service, key, data, {});
        if (job) {
            job->wait(QDeadlineTimer(timeout));
        }
    }

    ReadResult result;
    if (!job) {
        result = noApplicationResult(key);
    } else if (!job->isFinished()) {
        result = timeoutResult(key, timeout);
    } else {
        result = resultFromOutcome(key, job->outcome());
    }
    logResult(operation, result);
    return result;
}
