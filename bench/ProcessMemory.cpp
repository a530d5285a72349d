#include "ProcessMemory.h"

#include <QFile>

qint64 ProcessMemory::peakKb()
{
    return statusFieldKb(QByteArrayLiteral("VmHWM"));
}

qint64 ProcessMemory::residentKb()
{
    return statusFieldKb(QByteArrayLiteral("VmRSS"));
}

qint64 ProcessMemory::statusFieldKb(const QByteArray& field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = field + ':';
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}
