#pragma once

#include "cache/CacheQueryRelay.h"
#include "cache/CacheReader.h"
#include "keys/DataKey.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QThread>

#include <memory>
#include <optional>
#include <utility>

// Owns the worker thread a CacheReader lives in and hands requests over to it. Connect to
// reader()'s signals: they arrive queued, in the thread of the receiver.
class CacheReaderThread : public QObject
{
    Q_OBJECT

public:
    CacheReaderThread(const QString& path, const DataKey& key, QObject* parent = nullptr);
    // Finishes the request in progress, then stops the thread.
    ~CacheReaderThread() override;

    CacheReader* reader() const { return m_reader; }
    const QThread* workerThread() const { return &m_thread; }

    // Each returns at once; the answer comes as a signal of reader().
    void openIfUpToDate();
    void readAccounts();
    void readProfile();
    void readCard(qint64 accountId);

    // Runs read(database) -> std::optional<T> in the reader's thread, then done(T) in receiver's
    // thread, unless receiver is gone by then. A read that gives nothing (a failed query) is
    // reported by reader()'s failed(ReadFailed) instead, as is a cache that cannot be opened.
    //
    //     m_readers.query(this, [id](const QSqlDatabase& db) { return
    //     PaymentStore(db).payments(id); },
    //                     [this](const QList<Payment>& payments) { m_model.setPayments(payments);
    //                     });
    template<typename Read, typename Done>
    void query(QObject* receiver, Read read, Done done)
    {
        using Result = typename std::invoke_result_t<Read, const QSqlDatabase&>::value_type;
        auto answer = std::make_shared<std::optional<Result>>();
        // Owned by the call: freed after it ran, or with it when the thread stops before it runs.
        auto relay = std::make_shared<CacheQueryRelay>();
        relay->moveToThread(&m_thread);
        // The relay's signal is queued to the receiver's thread, after answer was written.
        connect(relay.get(), &CacheQueryRelay::ready, receiver,
                [answer, done = std::move(done)] { done(std::move(**answer)); });
        CacheReader* reader = m_reader;
        QMetaObject::invokeMethod(
            m_reader,
            [reader, relay, answer, read = std::move(read)] {
                reader->run([&](const QSqlDatabase& database) {
                    *answer = read(database);
                    return answer->has_value();
                });
                if (answer->has_value())
                    emit relay->ready();
            },
            Qt::QueuedConnection);
    }

private:
    QThread m_thread;
    CacheReader* m_reader = nullptr; // lives in m_thread, deleted there when it finishes
};
