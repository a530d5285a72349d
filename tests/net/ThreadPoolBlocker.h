#pragma once

#include <QSemaphore>

#include <memory>

class QThreadPool;

// Keeps every thread of a QThreadPool busy until release() (or the destructor), so that a test
// can hold work queued there at a chosen point: e.g. an answer waiting to be mapped while the
// test cancels its call.
class ThreadPoolBlocker
{
public:
    explicit ThreadPoolBlocker(QThreadPool* pool);
    ~ThreadPoolBlocker();
    ThreadPoolBlocker(const ThreadPoolBlocker&) = delete;
    ThreadPoolBlocker& operator=(const ThreadPoolBlocker&) = delete;

    // Returns once every thread of the pool waits; false if they did not all start in time.
    bool block(int timeoutMs = 5000);
    void release();

private:
    QThreadPool* m_pool;
    int m_blocked = 0;
    // Shared with the blocking tasks, which may outlive a failed test.
    std::shared_ptr<QSemaphore> m_started;
    std::shared_ptr<QSemaphore> m_gate;
};
