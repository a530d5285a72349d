#pragma once

#include "cache/CacheDatabase.h"
#include "keys/DataKey.h"
#include "outbox/OutboxAnswer.h"
#include "protocol/json/AppealForm.h"
#include "protocol/json/MeterReadingForm.h"
#include "protocol/json/TypoReportForm.h"
#include "protocol/types/OutboxItem.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <optional>

// The outbox's half that runs on a thread of its own, with a connection of its own to the cache
// file (Qt SQL connections belong to the thread that opens them): every read and write of the
// outbox happens here, so the GUI thread never waits for the disk. Outbox moves it to its thread
// and talks to it only through queued calls and signals. After every change it emits the whole
// outbox (it is short) for the UI.
class OutboxWorker : public QObject
{
    Q_OBJECT

public:
    // The key is kept only until open() has used it.
    OutboxWorker(const QString& cachePath, const DataKey& key, QObject* parent = nullptr);
    ~OutboxWorker() override;

    // Opens the cache, brings its schema up to date and puts items a stopped client left in
    // Sending back in line (requeueInterrupted: they go again with the same key); emits opened().
    void open();

    // Each stores a new Pending item (see OutboxQueueWriter); emits queued() or queueFailed().
    void queueAppeal(const AppealForm& form, const QString& idempotencyKey);
    void queueMeterReading(qint64 meterId, const MeterReadingForm& form,
                           const QString& idempotencyKey);
    void queueTypoReport(const TypoReportForm& form, const QString& idempotencyKey);
    void queueSubscriptionChange(bool enabled, const QString& idempotencyKey);

    // Marks the oldest Pending item Sending and emits taken() with it, or drained() when there is
    // none (or the cache failed: storeFailed() first).
    void takeNext();
    // End the item being sent; each emits recorded(): ok false when the cache could not take it
    // (then the item is put back to Pending when possible, and storeFailed() says why).
    void recordSent(qint64 localId, const OutboxAnswer& answer);
    void recordRefusal(qint64 localId, const QString& message);
    void putBack(qint64 localId, const QString& error);
    // Drops a Failed (or Pending) item and, for an appeal, the queued appeal that shows it.
    void discard(qint64 localId);

signals:
    // error is empty when the outbox is usable.
    void opened(const QString& error, int requeued);
    void queued(qint64 localId, const QString& idempotencyKey);
    void queueFailed(const QString& idempotencyKey, const QString& error);
    void taken(const OutboxItem& item);
    void drained();
    // item as it ended: Sent, Failed (lastError the message) or Pending again.
    void recorded(const OutboxItem& item, bool ok);
    void itemsChanged(const QList<OutboxItem>& items);
    void storeFailed(const QString& error);

private:
    bool isOpen() const { return m_cache.has_value(); }
    QSqlDatabase database() const { return m_cache->database(); }
    void afterQueue(const std::optional<qint64>& localId, const QString& idempotencyKey,
                    const QString& error);
    // The item in Sending; std::nullopt (with storeFailed()) when it is not.
    std::optional<OutboxItem> sendingItem(qint64 localId);
    void publish();
    void reportStoreFailure(const QString& what, const QString& error);

    QString m_cachePath;
    DataKey m_key;
    std::optional<CacheDatabase> m_cache;
};

Q_DECLARE_METATYPE(OutboxItem)
