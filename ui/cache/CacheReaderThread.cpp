#include "cache/CacheReaderThread.h"

#include "cache/CacheReader.h"

CacheReaderThread::CacheReaderThread(const QString& path, const DataKey& key, QObject* parent)
    : QObject(parent)
    , m_reader(new CacheReader(path, key))
{
    m_thread.setObjectName(QStringLiteral("kabinet-cache-reader"));
    m_reader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_reader, &QObject::deleteLater);
    m_thread.start();
}

CacheReaderThread::~CacheReaderThread()
{
    // The connection must be removed by the thread that opened it, before that thread ends.
    CacheReader* reader = m_reader;
    QMetaObject::invokeMethod(
        m_reader, [reader] { reader->close(); }, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void CacheReaderThread::openIfUpToDate()
{
    CacheReader* reader = m_reader;
    QMetaObject::invokeMethod(
        m_reader, [reader] { reader->openIfUpToDate(); }, Qt::QueuedConnection);
}

void CacheReaderThread::readAccounts()
{
    CacheReader* reader = m_reader;
    QMetaObject::invokeMethod(
        m_reader, [reader] { reader->readAccounts(); }, Qt::QueuedConnection);
}

void CacheReaderThread::readProfile()
{
    CacheReader* reader = m_reader;
    QMetaObject::invokeMethod(
        m_reader, [reader] { reader->readProfile(); }, Qt::QueuedConnection);
}

void CacheReaderThread::readCard(qint64 accountId)
{
    CacheReader* reader = m_reader;
    QMetaObject::invokeMethod(
        m_reader, [reader, accountId] { reader->readCard(accountId); }, Qt::QueuedConnection);
}
