#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <functional>
#include <memory>

namespace QKeychain {
class Job;
}

// One QtKeychain operation, for Keychain's use only.
//
// The QtKeychain job always runs in the application thread: QtKeychain queues all jobs on a
// singleton that lives in the thread that first used it, and the libsecret backend delivers its
// results through the GLib main context that Qt's main event loop iterates. The result is handed to
// the caller through this shared state, so the caller may be in any thread and may give up waiting
// (abandon()) at any time: the QtKeychain job then finishes on its own and deletes itself, and
// nothing it touches on completion has been freed.
class KeychainJob
{
public:
    enum class Operation
    {
        Read,
        Write,
        Remove,
    };

    struct Outcome
    {
        // A QKeychain::Error value.
        int error = 0;
        QString errorString;
        QByteArray data;
    };

    // Runs in the application thread, with this job's lock held, when the operation finishes,
    // unless abandon() was called first. It must be quick and must not call back into this object.
    using Listener = std::function<void()>;

    KeychainJob(const KeychainJob&) = delete;
    KeychainJob& operator=(const KeychainJob&) = delete;

    // Starts the operation, or returns nullptr when there is no QCoreApplication to run it in.
    // data is the secret to store, for Operation::Write only.
    static std::shared_ptr<KeychainJob> start(Operation operation, const QString& service,
                                              const QString& key, const QByteArray& data,
                                              Listener listener);

    bool isFinished() const;
    // Blocks until the operation finishes or the deadline passes. Must not be called in the
    // application thread, which has to keep running its event loop for the job to finish.
    bool wait(QDeadlineTimer deadline);
    // Valid once isFinished() is true.
    Outcome outcome() const;
    // After this returns, the listener is never called again.
    void abandon();

private:
    explicit KeychainJob(Listener listener);

    static void launch(const std::shared_ptr<KeychainJob>& self, Operation operation,
                       const QString& service, const QString& key, const QByteArray& data);
    void complete(QKeychain::Job* job);

    mutable QMutex m_mutex;
    QWaitCondition m_finishedCondition;
    bool m_finished = false;
    Outcome m_outcome;
    Listener m_listener;
};
