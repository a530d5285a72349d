#pragma once

#include "outbox/OutboxAnswer.h"
#include "outbox/OutboxRound.h"
#include "protocol/json/AppealForm.h"
#include "protocol/json/MeterReadingForm.h"
#include "protocol/json/TypoReportForm.h"
#include "protocol/types/OutboxItem.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <optional>

class ApiClient;
class DataKey;
class OutboxSender;
class OutboxWorker;

// What the user sends (appeals, meter readings, typo reports, the receipt subscription) goes
// into the cache first, is shown as waiting, and is sent when the server can be reached, each
// with the idempotency key it was given when queued, so that it arrives exactly once: after a
// lost answer, a restart or a crash mid-send the same key goes again and the server replays its
// first answer instead of creating a second appeal.
//
// Sending: sendPending() sends the Pending items oldest first, one at a time, until none is left
// or one cannot be sent now (roundFinished() says how it ended):
//  - success: the item is dropped and the server's answer written to the cache in the same
//    transaction (OutboxAnswerWriter); itemSent().
//  - 422, 404, 409, 400: refused for good, Failed with the server's message (itemFailed()); the
//    round goes on with the next item. discard() drops it when the user has read why.
//  - no network, time-out, 5xx, 429: Pending again, the round ends Offline.
//  - 401 (no session, or the server refused to refresh it): Pending again, the round ends
//    SessionEnded; nothing is lost, the items go once the user has signed in again.
// The application calls sendPending() after each successful sync, on reconnect and after a
// sign-in; queueing calls it too. A round never runs twice at once. After a round that ended
// Offline the outbox tries again by itself after a back-off (setRetryDelays()).
//
// Threads: every cache access runs on a thread of its own with its own connection
// (OutboxWorker); the requests go through ApiClient on this (the GUI) thread. Signals come on
// the GUI thread. The constructor opens the cache at once (ready() follows); an item a crash left
// in Sending is Pending again from then on and goes with its old key.
//
//     Outbox outbox(session.client(), location.databasePath(), dataKey);
//     connect(&outbox, &Outbox::changed, appealsPage, &AppealsPage::showWaiting);
//     connect(&engine, &SyncEngine::finished, &outbox, &Outbox::sendPending);
//     outbox.queueAppeal(form); // shown as queued at once, sent when possible
class Outbox : public QObject
{
    Q_OBJECT

public:
    // client must outlive the outbox. cachePath and key open the outbox's own connection to the
    // user's cache, on its thread; the key is dropped once the connection is open.
    Outbox(ApiClient& client, const QString& cachePath, const DataKey& key,
           QObject* parent = nullptr);
    // Finishes every cache write asked for so far, then stops the thread. A request in flight is
    // abandoned: its item stays Sending in the cache and goes again (same key) at the next start.
    ~Outbox() override;

    // Each queues an item and returns its idempotency key at once (queued() with the local id
    // follows, or queueFailed()); then starts a round.
    QString queueAppeal(const AppealForm& form);
    QString queueMeterReading(qint64 meterId, const MeterReadingForm& form);
    QString queueTypoReport(const TypoReportForm& form);
    QString queueSubscriptionChange(bool enabled);

    // Drops a Failed or Pending item (and an appeal the server never got). Not one being sent.
    void discard(qint64 localId);

    // Starts a round; false when one is under way (then another follows it when it drained the
    // outbox, so that whatever is queued meanwhile goes too).
    bool sendPending();

    // After a round ends Offline the next one starts by itself after first, doubling with every
    // further such round up to max (a Retry-After from the server is a lower bound); a round
    // that drains the outbox starts over at first. A zero first turns this off.
    void setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds max);
    // The pending automatic retry's delay, when one is armed.
    std::optional<std::chrono::milliseconds> retryDelay() const;

    // The cache is open (or failed to open: cacheError()).
    bool isReady() const { return m_ready; }
    QString cacheError() const { return m_cacheError; }
    bool isSending() const { return m_roundActive; }
    // Every item, oldest first, as the cache last reported it: for "waiting to be sent" (Pending,
    // Sending) and "refused" (Failed, with lastError). Up to date when queued(), itemSent(),
    // itemFailed() or roundFinished() come.
    const QList<OutboxItem>& items() const { return m_items; }
    // Pending and Sending items.
    int waitingCount() const;

signals:
    void ready();
    void queued(qint64 localId, const QString& idempotencyKey);
    void queueFailed(const QString& idempotencyKey, const QString& error);
    // items() changed.
    void changed();
    // The server has the item; its answer is in the cache.
    void itemSent(qint64 localId, OutboxItem::Kind kind);
    // The server refused the item for good; message is its explanation for people.
    void itemFailed(qint64 localId, OutboxItem::Kind kind, const QString& message);
    void roundFinished(const OutboxRound& round);
    // A cache read or write failed (logged; the item stays as it was).
    void cacheFailed(const QString& error);

private:
    void onOpened(const QString& error, int requeued);
    void onTaken(const OutboxItem& item);
    void onAnswered(qint64 localId, const OutboxAnswer& answer);
    void onFailed(qint64 localId, const ApiError& error);
    void onRecorded(const OutboxItem& item, bool ok);
    void onItemsChanged(const QList<OutboxItem>& items);
    void onStoreFailed(const QString& error);
    void takeNext();
    void finishRound(OutboxRound::End end);
    void armRetry(const ApiError& error);
    template<typename Call>
    void post(Call call);

    QThread* m_thread = nullptr;
    OutboxWorker* m_worker = nullptr; // lives on m_thread; deleted there when it finishes
    OutboxSender* m_sender = nullptr;
    bool m_ready = false;
    QString m_cacheError;
    QList<OutboxItem> m_items;

    bool m_roundActive = false;
    bool m_roundAgain = false; // sendPending() was called during the round
    OutboxRound m_round;
    // Set when the item being recorded ends the round (an error that is not the item's fault).
    std::optional<OutboxRound::End> m_stopAfterRecord;
    OutboxItem::Kind m_currentKind = OutboxItem::Kind::Appeal;

    QTimer m_retryTimer;
    std::chrono::milliseconds m_firstRetryDelay {30000};
    std::chrono::milliseconds m_maxRetryDelay {15 * 60 * 1000};
    int m_offlineRounds = 0; // in a row
};
