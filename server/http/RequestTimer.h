#pragma once

#include <QElapsedTimer>

// Times the request being answered. The connection guard of the socket whose data is being
// processed starts it when a request's first bytes arrive; the request log reads it when the
// answer is sent. Both happen synchronously in that socket's readyRead, on the server's only
// thread, so "the current request" is always the right one.
class RequestTimer
{
public:
    void setCurrent(const QElapsedTimer& startedAt) { m_current = startedAt; }
    qint64 elapsedMs() const { return m_current.isValid() ? m_current.elapsed() : 0; }

private:
    QElapsedTimer m_current;
};
