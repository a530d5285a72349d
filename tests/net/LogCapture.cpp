#include "LogCapture.h"

#include <QMutex>
#include <QMutexLocker>

namespace {
QMutex mutex;
QByteArray capturedCategory;
QStringList captured;
QtMessageHandler previous = nullptr;

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&mutex);
        if (context.category && capturedCategory == context.category)
            captured.append(message);
    }
    if (previous)
        previous(type, context, message);
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
    QMutexLocker lock(&mutex);
    return captured;
}
