#pragma once

#include "keys/DataKey.h"

#include <QObject>
#include <QString>
#include <QThread>

class CacheReader;

// Owns the worker thread a CacheReader lives in and hands requests over to it. Connect to
// reader()'s signals: they arrive queued, in the thread of the receiver.
class CacheReaderThread : public QObject
{
    Q_OBJECT

public:
    CacheReaderThread(const QString& path, const DataKey& key, QObject* parent = nullptr);
    // Finishes the request in progress, then stops the thread.
    ~CacheReaderThread() override;

    CacheReader* reader() const { return m_reader; }
    const QThread* workerThread() const { return &m_thread; }

    // Each returns at once; the answer comes as a signal of reader().
    void readAccounts();
    void readProfile();
    void readCard(qint64 accountId);

private:
    QThread m_thread;
    CacheReader* m_reader = nullptr; // lives in m_thread, deleted there when it finishes
};
