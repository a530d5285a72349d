#include "LogCapture.h"

#include <QMutex>
#include <QMutexLocker>
#include <QThread>

namespace {
QMutex mutex;
QByteArray capturedCategory;
QList<LogCapture::Entry> captured;
QtMessageHandler previous = nullptr;

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    QtMessageHandler next = nullptr;
    {
        // Messages come from other threads too (the thread pool): previous is read under the
        // lock, since the destructor may be resetting it meanwhile.
        QMutexLocker lock(&mutex);
        if (context.category && capturedCategory == context.category)
            captured.append({message, QThread::currentThreadId()});
        next = previous;
    }
    if (next)
        next(type, context, message);
}
} // namespace

LogCapture::LogCapture(const QByteArray& category)
{
    QMutexLocker lock(&mutex);
    capturedCategory = category;
    captured.clear();
    previous = qInstallMessageHandler(handler);
}

LogCapture::~LogCapture()
{
    qInstallMessageHandler(previous);
    QMutexLocker lock(&mutex);
    capturedCategory.clear();
    previous = nullptr;
}

QStringList LogCapture::messages() const
{
    QStringList messages;
    for (const Entry& entry : entries())
        messages.append(entry.message);
    return messages;
}

QList<LogCapture::Entry> LogCapture::entries() const
{
    QMutexLocker lock(&mutex);
    return captured;
}
