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
// The QtKeychain job always runs in KeychainThread: QtKeychain queues all jobs on a singleton that
// lives in the thread that first used it, and the libsecret backend delivers its results through
// the GLib main context of the thread it was called in, which that thread's event loop iterates.
// The result is handed to the caller through this shared state, so the caller may be in any
// thread and may give up waiting (abandon()) at any time: the QtKeychain job then finishes on its
// own and deletes itself, and nothing it touches on completion has been freed.
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

    // Runs in KeychainThread, with this job's lock held, when the operation finishes, unless
    // abandon() was called first. It must be quick, must not call back into this object, and
    // reaches other threads' objects by posting to them.
    using Listener = std::function<void()>;

    KeychainJob(const KeychainJob&) = delete;
    KeychainJob& operator=(const KeychainJob&) = delete;

    // Starts the operation, or returns nullptr when there is no QCoreApplication (or no longer
    // one) for KeychainThread to run it under.
    // data is the secret to store, for Operation::Write only.
    static std::shared_ptr<KeychainJob> start(Operation operation, const QString& service,
                                              const QString& key, const QByteArray& data,
                                              Listener listener);

    bool isFinished() const;
    // Blocks until the operation finishes or the deadline passes.
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
