#include "keys/KeychainJob.h"

#include "keys/KeychainThread.h"

#include <QMutexLocker>

#include <qt6keychain/keychain.h>

KeychainJob::KeychainJob(Listener listener)
    : m_listener(std::move(listener))
{ }

std::shared_ptr<KeychainJob> KeychainJob::start(Operation operation, const QString& service,
                                                const QString& key, const QByteArray& data,
                                                Listener listener)
{
    QObject* const context = KeychainThread::context();
    if (!context) {
        return nullptr;
    }
    // Not make_shared: the constructor is private.
    std::shared_ptr<KeychainJob> self(new KeychainJob(std::move(listener)));
    QMetaObject::invokeMethod(
        context,
        [self, operation, service, key, data] { launch(self, operation, service, key, data); },
        Qt::QueuedConnection);
    return self;
}

void KeychainJob::launch(const std::shared_ptr<KeychainJob>& self, Operation operation,
                         const QString& service, const QString& key, const QByteArray& data)
{
    QKeychain::Job* job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case Operation::Write: {
        auto* writeJob = new QKeychain::WritePasswordJob(service);
        writeJob->setBinaryData(data);
        job = writeJob;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    job->setKey(key);
    // QtKeychain's "insecure fallback" writes the secret in plain text into QSettings whenever no
    // keychain answers. Kabinet has a safe fallback of its own (the password-wrapped key file), so
    // it is switched off explicitly rather than by relying on QtKeychain's current default.
    job->setInsecureFallback(false);
    // Only the job may delete itself: the libsecret backend keeps a raw pointer to it until its
    // D-Bus call returns, so deleting a job that timed out would let that late reply write into
    // freed memory. A job nobody waits for any more is simply left to finish.
    job->setAutoDelete(true);
    // The connection keeps this shared state alive for as long as the job can still report, however
    // early its callers gave up on it. The job has no parent, so no caller's destruction takes it
    // along.
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [self](QKeychain::Job* finished) { self->complete(finished); });
    job->start();
}

void KeychainJob::complete(QKeychain::Job* job)
{
    Outcome outcome;
    outcome.error = job->error();
    outcome.errorString = job->errorString();
    if (auto* readJob = qobject_cast<QKeychain::ReadPasswordJob*>(job);
        readJob && job->error() == QKeychain::NoError) {
        outcome.data = readJob->binaryData();
    }

    QMutexLocker locker(&m_mutex);
    // Some QtKeychain backends report twice; the first report is the one that counts.
    if (m_finished) {
        return;
    }
    m_outcome = std::move(outcome);
    m_finished = true;
    m_finishedCondition.wakeAll();
    if (m_listener) {
        m_listener();
    }
}

bool KeychainJob::isFinished() const
{
    QMutexLocker locker(&m_mutex);
    return m_finished;
}

bool KeychainJob::wait(QDeadlineTimer deadline)
{
    QMutexLocker locker(&m_mutex);
    while (!m_finished) {
        if (!m_finishedCondition.wait(&m_mutex, deadline)) {
            return m_finished;
        }
    }
    return true;
}

KeychainJob::Outcome KeychainJob::outcome() const
{
    QMutexLocker locker(&m_mutex);
    return m_outcome;
}

void KeychainJob::abandon()
{
    QMutexLocker locker(&m_mutex);
    m_listener = {};
}
