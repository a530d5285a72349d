#include "net/AnswerMappingJob.h"

#include "net/NetLog.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QMutexLocker>
#include <QObject>
#include <QThreadPool>

#include <utility>

AnswerMappingJob::AnswerMappingJob(HttpAnswerMapper::Answer answer, const QDateTime& nowUtc,
                                   const QString& label, QObject* receiver, Done done)
    : m_answer(std::move(answer))
    , m_nowUtc(nowUtc)
    , m_label(label)
    , m_done(std::move(done))
    , m_receiver(receiver)
{ }

std::shared_ptr<AnswerMappingJob> AnswerMappingJob::start(HttpAnswerMapper::Answer answer,
                                                          const QDateTime& nowUtc,
                                                          const QString& label, QObject* receiver,
                                                          Done done)
{
    // Not make_shared: the constructor is private.
    std::shared_ptr<AnswerMappingJob> job(
        new AnswerMappingJob(std::move(answer), nowUtc, label, receiver, std::move(done)));
    // The pool holds the job, not the receiver: a detached job just runs out on its own.
    QThreadPool::globalInstance()->start([job] { job->run(job); });
    return job;
}

void AnswerMappingJob::detach()
{
    {
        QMutexLocker lock(&m_mutex);
        m_receiver = nullptr;
    }
    m_done = nullptr;
}

bool AnswerMappingJob::isDetached() const
{
    QMutexLocker lock(&m_mutex);
    return m_receiver == nullptr;
}

void AnswerMappingJob::run(const std::shared_ptr<AnswerMappingJob>& self)
{
    // A call cancelled while the pool was busy needs no parsing.
    if (isDetached())
        return;
    QElapsedTimer elapsed;
    elapsed.start();
    const ApiResult result = HttpAnswerMapper::map(m_answer, m_nowUtc);
    const qint64 bytes = m_answer.body.size();
    // Not needed any more; released here rather than on the receiver's thread.
    m_answer.body.clear();
    const qint64 ms = elapsed.elapsed();
    {
        // Held while posting, so that detach() (and with it the receiver's destructor) waits
        // until the receiver is no longer touched.
        QMutexLocker lock(&m_mutex);
        if (!m_receiver)
            return;
        QMetaObject::invokeMethod(
            m_receiver, [self, result] { self->handOver(result); }, Qt::QueuedConnection);
    }
    // After posting, so that a test seeing this line knows the result is on its way.
    qCDebug(lcNet).noquote().nospace()
        << m_label << ": mapped " << bytes << " bytes of answer in " << ms << " ms";
}

void AnswerMappingJob::handOver(const ApiResult& result)
{
    // detach() runs on this thread too, so it cannot come between this check and done.
    if (isDetached() || !m_done)
        return;
    const Done done = std::exchange(m_done, nullptr);
    done(result);
}
