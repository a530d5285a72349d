#include "ThreadPoolBlocker.h"

#include <QThreadPool>

ThreadPoolBlocker::ThreadPoolBlocker(QThreadPool* pool)
    : m_pool(pool)
    , m_started(std::make_shared<QSemaphore>())
    , m_gate(std::make_shared<QSemaphore>())
{ }

ThreadPoolBlocker::~ThreadPoolBlocker()
{
    release();
}

bool ThreadPoolBlocker::block(int timeoutMs)
{
    const int threads = m_pool->maxThreadCount();
    for (int i = 0; i < threads; ++i) {
        m_pool->start([started = m_started, gate = m_gate] {
            started->release();
            gate->acquire();
        });
    }
    m_blocked += threads;
    return m_started->tryAcquire(threads, timeoutMs);
}

void ThreadPoolBlocker::release()
{
    m_gate->release(m_blocked);
    m_blocked = 0;
}
