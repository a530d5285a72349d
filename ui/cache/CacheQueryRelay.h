#pragma once

#include <QObject>

// Carries one CacheReaderThread::query() answer from the reader's thread to the receiver's. The
// receiver is connected to ready() with itself as the context, so Qt drops the answer when the
// receiver is gone before it arrives (a page closed while its data was being read); a plain
// invokeMethod on the receiver could not know that from another thread.
class CacheQueryRelay : public QObject
{
    Q_OBJECT

signals:
    void ready();
};
