#include "outbox/OutboxAnswerWriter.h"

#include "outbox/OutboxPayload.h"
#include "protocol/json/MeterReadingFormJson.h"
#include "store/AccountStore.h"
#include "store/AppealStore.h"
#include "store/CacheTransaction.h"
#include "store/MeterStore.h"
#include "store/OutboxStore.h"
#include "store/UserStore.h"

using namespace Qt::Literals::StringLiterals;

namespace {
template<class... Handlers>
struct Overloaded : Handlers...
{
    using Handlers::operator()...;
};
template<class... Handlers>
Overloaded(Handlers...) -> Overloaded<Handlers...>;
} // namespace

OutboxAnswerWriter::OutboxAnswerWriter(QSqlDatabase db)
    : m_db(std::move(db))
{ }

bool OutboxAnswerWriter::fail(const QString& error)
{
    m_lastError = error;
    return false;
}

bool OutboxAnswerWriter::sent(const OutboxItem& item, const OutboxAnswer& answer)
{
    m_lastError.clear();
    CacheTransaction transaction(m_db);
    if (!transaction.isActive())
        return fail(u"begin: "_s + transaction.lastError().text());
    const bool written =
        std::visit(Overloaded {[&](const Appeal& appeal) { return writeAppeal(item, appeal); },
                               [&](const MeterReading& reading) { return writeReading(reading); },
                               [](qint64) { return true; },
                               [&](const UserProfile& profile) {
                                   return writeProfile(profile);
                               }},
                   answer);
    if (!written)
        return false;
    OutboxStore outbox(m_db);
    if (!outbox.markSent(item.localId) || !outbox.removeSent())
        return fail(u"outbox: "_s + outbox.lastError().text());
    if (!transaction.commit())
        return fail(u"commit: "_s + transaction.lastError().text());
    return true;
}

bool OutboxAnswerWriter::writeAppeal(const OutboxItem& item, const Appeal& answer)
{
    if (!answer.serverId)
        return fail(u"the server's appeal has no id"_s);
    AppealStore appeals(m_db);
    const std::optional<OutboxPayload> payload = OutboxPayload::fromBytes(item.payload);
    // 0: the item names no queued appeal.
    const qint64 localId = payload ? payload->appealLocalId.value_or(0) : 0;
    const std::optional<Appeal> known = appeals.appealByServerId(*answer.serverId);
    if (!known && appeals.lastError().isValid())
        return fail(u"appeal: "_s + appeals.lastError().text());
    if (localId != 0 && known && known->localId != localId) {
        // A sync brought the appeal before its answer reached us (the first answer was lost):
        // the server's copy stays, the queued one would show it twice.
        if (!appeals.remove(localId))
            return fail(u"appeal: "_s + appeals.lastError().text());
    } else if (localId != 0 && !known) {
        const std::optional<Appeal> queued = appeals.appeal(localId);
        if (!queued && appeals.lastError().isValid())
            return fail(u"appeal: "_s + appeals.lastError().text());
        // The user may have deleted the queued appeal meanwhile: then the server's is new.
        if (queued && !appeals.assignServerId(localId, *answer.serverId))
            return fail(u"appeal: "_s + appeals.lastError().text());
    }
    Appeal stored = answer;
    // The cache holds only linked accounts (a foreign key): an appeal about an account unlinked
    // meanwhile is kept as concerning none, as the sync does.
    if (stored.accountId) {
        AccountStore accounts(m_db);
        const std::optional<Account> account = accounts.account(*stored.accountId);
        if (!account && accounts.lastError().isValid())
            return fail(u"account: "_s + accounts.lastError().text());
        if (!account)
            stored.accountId.reset();
    }
    if (!appeals.upsertFromServer(stored))
        return fail(u"appeal: "_s + appeals.lastError().text());
    return true;
}

bool OutboxAnswerWriter::writeReading(const MeterReading& answer)
{
    MeterStore meters(m_db);
    std::optional<Meter> meter = meters.meter(answer.meterId);
    if (!meter) {
        if (meters.lastError().isValid())
            return fail(u"meter: "_s + meters.lastError().text());
        return true; // not in the cache yet: the next sync brings the meter with its readings
    }
    if (!meters.saveReading(answer))
        return fail(u"reading: "_s + meters.lastError().text());
    if (!meter->hasLastReading() || meter->lastReadingDate <= answer.date) {
        meter->lastReadingDate = answer.date;
        meter->lastValueThousandths = answer.valueThousandths;
        if (!meters.upsertMeter(*meter))
            return fail(u"meter: "_s + meters.lastError().text());
    }
    return true;
}

bool OutboxAnswerWriter::writeProfile(const UserProfile& answer)
{
    UserStore users(m_db);
    if (!users.saveProfile(answer))
        return fail(u"profile: "_s + users.lastError().text());
    return true;
}

bool OutboxAnswerWriter::refused(const OutboxItem& item, const QString& message)
{
    m_lastError.clear();
    CacheTransaction transaction(m_db);
    if (!transaction.isActive())
        return fail(u"begin: "_s + transaction.lastError().text());
    if (item.kind == OutboxItem::Kind::MeterReading) {
        const std::optional<OutboxPayload> payload = OutboxPayload::fromBytes(item.payload);
        const std::optional<MeterReadingForm> form =
            payload ? MeterReadingFormJson::fromJson(payload->body) : std::nullopt;
        if (payload && payload->meterId && form) {
            const QDate date = form->date;
            MeterStore meters(m_db);
            const std::optional<QList<MeterReading>> readings =
                meters.readings(*payload->meterId, date, date);
            if (!readings)
                return fail(u"reading: "_s + meters.lastError().text());
            if (!readings->isEmpty() && readings->constFirst().state == MeterReading::State::Pending
                && !meters.setReadingState(*payload->meterId, date, MeterReading::State::Rejected))
                return fail(u"reading: "_s + meters.lastError().text());
        }
    }
    OutboxStore outbox(m_db);
    if (!outbox.markFailed(item.localId, message))
        return fail(u"outbox: "_s + outbox.lastError().text());
    if (!transaction.commit())
        return fail(u"commit: "_s + transaction.lastError().text());
    return true;
}
