#pragma once

#include "keys/KeychainJob.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <atomic>
#include <chrono>
#include <memory>

class QTimer;

// The OS keychain (Secret Service on Linux, through QtKeychain), holding one binary secret per key.
//
// A keychain that is missing, locked without a way to prompt, or simply slow is reported as
// Status::Unavailable within timeout(); callers then fall back to the password-wrapped key file.
// Secrets never go to QSettings (QtKeychain's insecure fallback stays off) nor to the log.
//
// The asynchronous functions must be called in this object's thread, which must run an event loop.
// The blocking ones may be called from any thread. QtKeychain itself works in a thread of its own
// (KeychainThread), whichever thread asks.
class Keychain : public QObject
{
    Q_OBJECT

public:
    enum class Status
    {
        Ok,
        NotFound,
        // No keychain, or none that answered in time: use the password instead.
        Unavailable,
        // The user refused access when the keychain asked.
        Denied,
        Failed,
    };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::Failed;
        QString key;
        // QtKeychain's description of a failure, for logs. Never contains the secret.
        QString errorText;
        // The keychain did not answer within the timeout; status is Unavailable.
        bool timedOut = false;

        bool ok() const { return status == Status::Ok; }
    };

    struct ReadResult : Result
    {
        // The secret; empty unless status is Ok.
        QByteArray data;
    };

    static constexpr std::chrono::milliseconds defaultTimeout {5000};

    explicit Keychain(QObject* parent = nullptr);
    explicit Keychain(const QString& service, QObject* parent = nullptr);
    ~Keychain() override;

    static QString defaultService();

    QString service() const { return m_service; }
    std::chrono::milliseconds timeout() const;
    void setTimeout(std::chrono::milliseconds timeout);

    // Each finishes with the matching signal, always asynchronously, exactly once.
    void read(const QString& key);
    void write(const QString& key, const QByteArray& data);
    void remove(const QString& key);

    ReadResult readBlocking(const QString& key) const;
    ReadResult readBlocking(const QString& key, std::chrono::milliseconds timeout) const;
    Result writeBlocking(const QString& key, const QByteArray& data) const;
    Result writeBlocking(const QString& key, const QByteArray& data,
                         std::chrono::milliseconds timeout) const;
    Result removeBlocking(const QString& key) const;
    Result removeBlocking(const QString& key, std::chrono::milliseconds timeout) const;

    // How a QtKeychain error code (a QKeychain::Error value) is reported.
    static Status statusForKeychainError(int error);
    static QString statusText(Status status);

signals:
    void readFinished(const Keychain::ReadResult& result);
    void writeFinished(const Keychain::Result& result);
    void removeFinished(const Keychain::Result& result);

private:
    using Operation = KeychainJob::Operation;

    struct Pending
    {
        Operation operation = Operation::Read;
        QString key;
        std::shared_ptr<KeychainJob> job;
        QTimer* timer = nullptr;
    };

    void startAsync(Operation operation, const QString& key, const QByteArray& data);
    void finishAsync(quint64 id, bool timedOut);
    void emitResult(Operation operation, const ReadResult& result);
    ReadResult runBlocking(Operation operation, const QString& key, const QByteArray& data,
                           std::chrono::milliseconds timeout) const;

    const QString m_service;
    // Atomic because the blocking functions may read it from other threads.
    std::atomic<std::chrono::milliseconds::rep> m_timeout {defaultTimeout.count()};
    QHash<quint64, Pending> m_pending;
    quint64 m_nextId = 1;
};
