#include "engine/SyncBookkeeping.h"

using namespace Qt::Literals::StringLiterals;

QString SyncBookkeeping::overallScope()
{
    return u"sync"_s;
}

QString SyncBookkeeping::accountScope(qint64 accountId)
{
    return SyncState::forAccount(accountId, u"charges");
}

QString SyncBookkeeping::accountPrefix(qint64 accountId)
{
    return u"account/"_s + QString::number(accountId) + u'/';
}

SyncBookkeeping::SyncBookkeeping(QSqlDatabase db)
    : m_store(std::move(db))
{ }

std::optional<SyncState> SyncBookkeeping::stateOrNew(const QString& scope) const
{
    std::optional<SyncState> state = m_store.state(scope);
    if (state)
        return state;
    if (m_store.lastError().isValid())
        return std::nullopt;
    return SyncState {scope, QString(), QDateTime()};
}

std::optional<QString> SyncBookkeeping::cursor() const
{
    const std::optional<SyncState> state = stateOrNew(overallScope());
    if (!state)
        return std::nullopt;
    return state->cursor;
}

std::optional<QDateTime> SyncBookkeeping::lastSyncedAt() const
{
    const std::optional<SyncState> state = stateOrNew(overallScope());
    if (!state)
        return std::nullopt;
    return state->lastSyncedAt;
}

bool SyncBookkeeping::saveCursor(const QString& cursor, const QDateTime& at)
{
    std::optional<SyncState> state = stateOrNew(overallScope());
    if (!state)
        return false;
    state->cursor = cursor;
    if (at.isValid())
        state->lastSyncedAt = at;
    return m_store.save(*state);
}

std::optional<Period> SyncBookkeeping::lastClosedPeriod(qint64 accountId) const
{
    const std::optional<SyncState> state = m_store.state(accountScope(accountId));
    if (!state)
        return std::nullopt;
    // Written by setLastClosedPeriod() only: "" or a period's ISO form.
    return Period::fromIsoString(state->cursor);
}

bool SyncBookkeeping::setLastClosedPeriod(qint64 accountId, Period period)
{
    std::optional<SyncState> state = stateOrNew(accountScope(accountId));
    if (!state)
        return false;
    state->cursor = period.toIsoString();
    return m_store.save(*state);
}

std::optional<QDateTime> SyncBookkeeping::accountSyncedAt(qint64 accountId) const
{
    const std::optional<SyncState> state = stateOrNew(accountScope(accountId));
    if (!state)
        return std::nullopt;
    return state->lastSyncedAt;
}

bool SyncBookkeeping::markAccountSynced(qint64 accountId, const QDateTime& at)
{
    std::optional<SyncState> state = stateOrNew(accountScope(accountId));
    if (!state)
        return false;
    state->lastSyncedAt = at;
    return m_store.save(*state);
}

bool SyncBookkeeping::forgetAccount(qint64 accountId)
{
    return m_store.removeWithPrefix(accountPrefix(accountId)).has_value();
}

bool SyncBookkeeping::forgetAll()
{
    return m_store.removeWithPrefix(u"account/"_s).has_value() && m_store.remove(overallScope());
}
