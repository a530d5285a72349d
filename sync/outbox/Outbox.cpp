#include "outbox/Outbox.h"

#include "api/ApiClient.h"
#include "keys/DataKey.h"
#include "outbox/OutboxLog.h"
#include "outbox/OutboxSender.h"
#include "outbox/OutboxWorker.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
// What the user reads about a refusal: the server's own explanation when it gave one.
QString refusalMessage(const ApiError& error)
{
    return error.serverMessage.isEmpty() ? error.userMessage() : error.serverMessage;
}
} // namespace

Outbox::Outbox(ApiClient& client, const QString& cachePath, const DataKey& key, QObject* parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new OutboxWorker(cachePath, key))
    , m_sender(new OutboxSender(client, this))
{
    qRegisterMetaType<OutboxItem>();
    qRegisterMetaType<QList<OutboxItem>>();
    qRegisterMetaType<OutboxRound>();
    m_thread->setObjectName(u"kabinet-outbox"_s);
    m_worker->moveToThread(m_thread);
    // The worker and its cache connection die on their own thread.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &OutboxWorker::opened, this, &Outbox::onOpened, Qt::QueuedConnection);
    connect(m_worker, &OutboxWorker::queued, this, &Outbox::queued, Qt::QueuedConnection);
    connect(m_worker, &OutboxWorker::queueFailed, this, &Outbox::queueFailed, Qt::QueuedConnection);
    connect(m_worker, &OutboxWorker::taken, this, &Outbox::onTaken, Qt::QueuedConnection);
    connect(
        m_worker, &OutboxWorker::drained, this, [this] { finishRound(OutboxRound::End::Drained); },
        Qt::QueuedConnection);
    connect(m_worker, &OutboxWorker::recorded, this, &Outbox::onRecorded, Qt::QueuedConnection);
    connect(m_worker, &OutboxWorker::itemsChanged, this, &Outbox::onItemsChanged,
            Qt::QueuedConnection);
    connect(m_worker, &OutboxWorker::storeFailed, this, &Outbox::onStoreFailed,
            Qt::QueuedConnection);
    connect(m_sender, &OutboxSender::answered, this, &Outbox::onAnswered);
    connect(m_sender, &OutboxSender::failed, this, &Outbox::onFailed);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Outbox::sendPending);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &OutboxWorker::open, Qt::QueuedConnection);
}

Outbox::~Outbox()
{
    // Quitting from the worker's own queue lets every write posted before it run first, so that
    // nothing the user queued is lost by closing the window right after.
    QThread* const thread = m_thread;
    QMetaObject::invokeMethod(
        m_worker, [thread] { thread->quit(); }, Qt::QueuedConnection);
    m_thread->wait();
}

template<typename Call>
void Outbox::post(Call call)
{
    QMetaObject::invokeMethod(m_worker, std::move(call), Qt::QueuedConnection);
}

QString Outbox::queueAppeal(const AppealForm& form)
{
    const QString key = ApiClient::newIdempotencyKey();
    OutboxWorker* const worker = m_worker;
    post([worker, form, key] { worker->queueAppeal(form, key); });
    sendPending();
    return key;
}

QString Outbox::queueMeterReading(qint64 meterId, const MeterReadingForm& form)
{
    const QString key = ApiClient::newIdempotencyKey();
    OutboxWorker* const worker = m_worker;
    post([worker, meterId, form, key] { worker->queueMeterReading(meterId, form, key); });
    sendPending();
    return key;
}

QString Outbox::queueTypoReport(const TypoReportForm& form)
{
    const QString key = ApiClient::newIdempotencyKey();
    OutboxWorker* const worker = m_worker;
    post([worker, form, key] { worker->queueTypoReport(form, key); });
    sendPending();
    return key;
}

QString Outbox::queueSubscriptionChange(bool enabled)
{
    const QString key = ApiClient::newIdempotencyKey();
    OutboxWorker* const worker = m_worker;
    post([worker, enabled, key] { worker->queueSubscriptionChange(enabled, key); });
    sendPending();
    return key;
}

void Outbox::discard(qint64 localId)
{
    OutboxWorker* const worker = m_worker;
    post([worker, localId] { worker->discard(localId); });
}

int Outbox::waitingCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const OutboxItem& item) {
        return item.state == OutboxItem::State::Pending || item.state == OutboxItem::State::Sending;
    }));
}

void Outbox::setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    m_firstRetryDelay = std::max(first, std::chrono::milliseconds(0));
    m_maxRetryDelay = std::max(max, m_firstRetryDelay);
    if (m_firstRetryDelay.count() == 0)
        m_retryTimer.stop();
}

std::optional<std::chrono::milliseconds> Outbox::retryDelay() const
{
    if (!m_retryTimer.isActive())
        return std::nullopt;
    return m_retryTimer.intervalAsDuration();
}

bool Outbox::sendPending()
{
    if (m_roundActive) {
        // The round may have looked at the queue for the last time already (its end is on the
        // way): another one follows it, so that an item queued just now does not wait for the
        // next sync.
        m_roundAgain = true;
        return false;
    }
    m_retryTimer.stop();
    m_roundActive = true;
    m_roundAgain = false;
    m_round = OutboxRound();
    m_stopAfterRecord.reset();
    // Before the cache is open, onOpened() starts it.
    if (m_ready)
        takeNext();
    return true;
}

void Outbox::takeNext()
{
    QMetaObject::invokeMethod(m_worker, &OutboxWorker::takeNext, Qt::QueuedConnection);
}

void Outbox::onOpened(const QString& error, int requeued)
{
    m_ready = true;
    m_cacheError = error;
    if (!error.isEmpty())
        emit cacheFailed(error);
    else if (requeued > 0)
        qCInfo(lcOutbox) << requeued << "items were interrupted while being sent";
    emit ready();
    if (m_roundActive) {
        if (error.isEmpty()) {
            takeNext();
        } else {
            m_round.cacheError = error;
            finishRound(OutboxRound::End::Stopped);
        }
    }
}

void Outbox::onTaken(const OutboxItem& item)
{
    m_currentKind = item.kind;
    qCInfo(lcOutbox) << "Sending item" << item.localId << OutboxItem::kindKey(item.kind)
                     << "attempt" << item.attempts;
    m_sender->send(item);
}

void Outbox::onAnswered(qint64 localId, const OutboxAnswer& answer)
{
    OutboxWorker* const worker = m_worker;
    post([worker, localId, answer] { worker->recordSent(localId, answer); });
}

void Outbox::onFailed(qint64 localId, const ApiError& error)
{
    OutboxWorker* const worker = m_worker;
    if (OutboxRound::refusesForGood(error)) {
        qCInfo(lcOutbox).noquote() << "Item" << localId << "refused:" << error.describe();
        const QString message = refusalMessage(error);
        post([worker, localId, message] { worker->recordRefusal(localId, message); });
        return;
    }
    qCInfo(lcOutbox).noquote() << "Item" << localId << "not sent now:" << error.describe();
    m_round.error = error;
    m_stopAfterRecord = OutboxRound::endFor(error);
    const QString message = error.userMessage();
    post([worker, localId, message] { worker->putBack(localId, message); });
}

void Outbox::onRecorded(const OutboxItem& item, bool ok)
{
    if (ok && item.state == OutboxItem::State::Sent) {
        ++m_round.sent;
        emit itemSent(item.localId, m_currentKind);
    } else if (ok && item.state == OutboxItem::State::Failed) {
        ++m_round.failed;
        emit itemFailed(item.localId, m_currentKind, item.lastError);
    }
    if (!m_roundActive)
        return;
    if (m_stopAfterRecord) {
        finishRound(*m_stopAfterRecord);
        return;
    }
    if (!ok) {
        finishRound(OutboxRound::End::Stopped);
        return;
    }
    takeNext();
}

void Outbox::onItemsChanged(const QList<OutboxItem>& items)
{
    m_items = items;
    emit changed();
}

void Outbox::onStoreFailed(const QString& error)
{
    m_round.cacheError = error;
    emit cacheFailed(error);
}

void Outbox::finishRound(OutboxRound::End end)
{
    if (!m_roundActive)
        return;
    m_roundActive = false;
    m_round.end = end;
    m_stopAfterRecord.reset();
    qCInfo(lcOutbox).noquote() << "Outbox round:" << OutboxRound::endName(end) << m_round.sent
                               << "sent," << m_round.failed << "refused";
    if (end == OutboxRound::End::Offline)
        armRetry(m_round.error);
    else if (end == OutboxRound::End::Drained)
        m_offlineRounds = 0;
    emit roundFinished(m_round);
    if (m_roundAgain && end == OutboxRound::End::Drained)
        sendPending();
}

void Outbox::armRetry(const ApiError& error)
{
    if (m_firstRetryDelay.count() == 0)
        return;
    ++m_offlineRounds;
    std::chrono::milliseconds delay = m_firstRetryDelay;
    for (int round = 1; round < m_offlineRounds && delay < m_maxRetryDelay; ++round)
        delay *= 2;
    delay = std::min(delay, m_maxRetryDelay);
    if (error.retryAfterSeconds)
        delay = std::max<std::chrono::milliseconds>(delay,
                                                    std::chrono::seconds(*error.retryAfterSeconds));
    // QTimer counts in int milliseconds: about 24 days.
    delay = std::min<std::chrono::milliseconds>(delay, std::chrono::hours(24));
    qCInfo(lcOutbox) << "Outbox: next try in" << delay.count() << "ms";
    m_retryTimer.start(delay);
}
