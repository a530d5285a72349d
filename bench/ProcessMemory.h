#pragma once

#include <QByteArray>
#include <QtGlobal>

// This process's resident memory as the kernel counts it (/proc/self/status), in kB: VmHWM is the
// peak since the process started, VmRSS what is resident now. 0 when the field cannot be read.
class ProcessMemory
{
public:
    ProcessMemory() = delete;

    static qint64 peakKb();
    static qint64 residentKb();

private:
    static qint64 statusFieldKb(const QByteArray& field);
};
