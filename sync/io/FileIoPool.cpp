#include "io/FileIoPool.h"

#include <QThreadPool>

QThreadPool* FileIoPool::instance()
{
    // Never deleted: QThreadPool's destructor waits for its threads.
    static QThreadPool* const pool = [] {
        auto* created = new QThreadPool;
        created->setMaxThreadCount(2);
        return created;
    }();
    return pool;
}
