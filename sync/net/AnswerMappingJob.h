#pragma once

#include "net/ApiResult.h"
#include "net/HttpAnswerMapper.h"

#include <QDateTime>
#include <QMutex>
#include <QString>

#include <functional>
#include <memory>

class QObject;

// HttpAnswerMapper::map() on QThreadPool::globalInstance(), for ApiCall: parsing a sync page of a
// few hundred KB takes milliseconds that the thread owning the call (the GUI thread) must not
// spend. The result comes back through a queued call on the receiver's thread.
//
// The pool reaches the receiver only to post that call, and only under the mutex that detach()
// takes; so once detach() has returned, the receiver may be deleted, and a call already posted
// finds the job detached (or is dropped by Qt with its context) and does nothing.
class AnswerMappingJob
{
public:
    using Done = std::function<void(const ApiResult& result)>;

    // Starts mapping answer (label names it in the log, e.g. "GET /api/v1/sync"). done runs
    // later on receiver's thread, unless detach() came first. The receiver must call detach()
    // before it is destroyed.
    static std::shared_ptr<AnswerMappingJob> start(HttpAnswerMapper::Answer answer,
                                                   const QDateTime& nowUtc, const QString& label,
                                                   QObject* receiver, Done done);

    AnswerMappingJob(const AnswerMappingJob&) = delete;
    AnswerMappingJob& operator=(const AnswerMappingJob&) = delete;

    // On the receiver's thread: done will not run and the receiver is not touched again; a
    // mapping not yet begun is skipped.
    void detach();

private:
    AnswerMappingJob(HttpAnswerMapper::Answer answer, const QDateTime& nowUtc, const QString& label,
                     QObject* receiver, Done done);

    bool isDetached() const;
    // On the pool.
    void run(const std::shared_ptr<AnswerMappingJob>& self);
    // On the receiver's thread.
    void handOver(const ApiResult& result);

    HttpAnswerMapper::Answer m_answer;
    const QDateTime m_nowUtc;
    const QString m_label;
    // Only used on the receiver's thread (detach() clears it there), so that what it captures is
    // never released on the pool.
    Done m_done;
    mutable QMutex m_mutex;
    // Guarded by m_mutex; null once detached.
    QObject* m_receiver = nullptr;
};
