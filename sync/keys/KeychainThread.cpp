#include "keys/KeychainThread.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>

#include <utility>

namespace {

QMutex mutex;
QThread* thread = nullptr;
QObject* contextObject = nullptr;
bool stopped = false;

void stop()
{
    QThread* ending = nullptr;
    {
        const QMutexLocker locker(&mutex);
        stopped = true;
        contextObject = nullptr;
        ending = std::exchange(thread, nullptr);
    }
    if (!ending)
        return;
    ending->quit();
    ending->wait();
    delete ending;
}

} // namespace

QObject* KeychainThread::context()
{
    const QMutexLocker locker(&mutex);
    if (contextObject || stopped || !QCoreApplication::instance())
        return contextObject;
    thread = new QThread;
    thread->setObjectName(QStringLiteral("Keychain"));
    contextObject = new QObject;
    contextObject->moveToThread(thread);
    // Deferred deletions still run once the thread's loop has ended.
    QObject::connect(thread, &QThread::finished, contextObject, &QObject::deleteLater);
    thread->start();
    qAddPostRoutine(stop);
    return contextObject;
}
