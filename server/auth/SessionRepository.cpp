#include "auth/SessionRepository.h"

#include "auth/AuthLog.h"
#include "auth/SecretToken.h"
#include "auth/UserRepository.h"
#include "core/Clock.h"
#include "core/PortalContext.h"
#include "storage/PortalDatabase.h"
#include "storage/SqlTransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace {
bool execLogged(QSqlQuery& query)
{
    if (query.exec())
        return true;
    qCWarning(lcAuth).noquote() << "sessions:" << query.lastError().text();
    return false;
}
} // namespace

SessionRepository::SessionRepository(PortalContext& context)
    : m_context(context)
{ }

bool SessionRepository::ensureSchema(PortalDatabase& database)
{
    return UserRepository::ensureSchema(database)
        && database.ensureSchema(
            u"auth_sessions"_s,
            {
                {u"CREATE TABLE auth_sessions (id INTEGER PRIMARY KEY, "
                 "user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE, "
                 "created_at INTEGER NOT NULL)"_s,
                 u"CREATE INDEX auth_sessions_user ON auth_sessions (user_id)"_s,
                 u"CREATE TABLE auth_access_tokens (id INTEGER PRIMARY KEY, "
                 "session_id INTEGER NOT NULL REFERENCES auth_sessions(id) ON DELETE CASCADE, "
                 "selector TEXT NOT NULL UNIQUE, verifier_hash BLOB NOT NULL, "
                 "expires_at INTEGER NOT NULL)"_s,
                 u"CREATE INDEX auth_access_tokens_session ON auth_access_tokens (session_id)"_s,
                 u"CREATE INDEX auth_access_tokens_expiry ON auth_access_tokens (expires_at)"_s,
                 u"CREATE TABLE auth_refresh_tokens (id INTEGER PRIMARY KEY, "
                 "session_id INTEGER NOT NULL REFERENCES auth_sessions(id) ON DELETE CASCADE, "
                 "selector TEXT NOT NULL UNIQUE, verifier_hash BLOB NOT NULL, "
                 "expires_at INTEGER NOT NULL, used_at INTEGER)"_s,
                 u"CREATE INDEX auth_refresh_tokens_session ON auth_refresh_tokens (session_id)"_s,
                 u"CREATE INDEX auth_refresh_tokens_expiry ON auth_refresh_tokens (expires_at)"_s},
            });
}

std::optional<SessionTokens> SessionRepository::open(qint64 userId)
{
    const qint64 now = m_context.clock().nowSecsSinceEpoch();
    QSqlQuery insert(m_context.database().database());
    insert.prepare(u"INSERT INTO auth_sessions (user_id, created_at) VALUES (?, ?)"_s);
    insert.addBindValue(userId);
    insert.addBindValue(now);
    if (!execLogged(insert))
        return std::nullopt;
    return issuePair(insert.lastInsertId().toLongLong(), now);
}

SessionRepository::RefreshResult SessionRepository::refresh(const QString& refreshToken,
                                                            SessionTokens* tokens)
{
    const std::optional<SecretToken> token = SecretToken::parse(refreshToken);
    if (!token)
        return RefreshResult::InvalidToken;
    const qint64 now = m_context.clock().nowSecsSinceEpoch();

    SqlTransaction transaction(m_context.database());
    if (!transaction.isActive())
        return RefreshResult::Failed;
    QSqlQuery select(m_context.database().database());
    select.prepare(u"SELECT id, session_id, verifier_hash, expires_at, used_at "
                   "FROM auth_refresh_tokens WHERE selector = ?"_s);
    select.addBindValue(token->selector());
    if (!execLogged(select))
        return RefreshResult::Failed;
    if (!select.next() || !token->matches(select.value(2).toByteArray()))
        return RefreshResult::InvalidToken;
    const qint64 tokenId = select.value(0).toLongLong();
    const qint64 sessionId = select.value(1).toLongLong();
    const qint64 expiresAt = select.value(3).toLongLong();
    const bool used = !select.value(4).isNull();
    select.finish();

    if (used) {
        qCWarning(lcAuth) << "a used refresh token came again: session" << sessionId << "revoked";
        if (!revoke(sessionId) || !transaction.commit())
            return RefreshResult::Failed;
        return RefreshResult::Reused;
    }
    if (expiresAt <= now)
        return RefreshResult::InvalidToken;

    QSqlQuery markUsed(m_context.database().database());
    markUsed.prepare(u"UPDATE auth_refresh_tokens SET used_at = ? WHERE id = ?"_s);
    markUsed.addBindValue(now);
    markUsed.addBindValue(tokenId);
    if (!execLogged(markUsed))
        return RefreshResult::Failed;
    const std::optional<SessionTokens> pair = issuePair(sessionId, now);
    if (!pair || !transaction.commit())
        return RefreshResult::Failed;
    if (tokens)
        *tokens = *pair;
    return RefreshResult::Refreshed;
}

std::optional<AuthenticatedSession>
SessionRepository::authenticate(const QString& accessToken) const
{
    const std::optional<SecretToken> token = SecretToken::parse(accessToken);
    if (!token)
        return std::nullopt;
    QSqlQuery select(m_context.database().database());
    select.prepare(u"SELECT a.verifier_hash, a.expires_at, s.id, s.user_id "
                   "FROM auth_access_tokens a JOIN auth_sessions s ON s.id = a.session_id "
                   "WHERE a.selector = ?"_s);
    select.addBindValue(token->selector());
    if (!execLogged(select) || !select.next() || !token->matches(select.value(0).toByteArray()))
        return std::nullopt;
    if (select.value(1).toLongLong() <= m_context.clock().nowSecsSinceEpoch())
        return std::nullopt;
    return AuthenticatedSession {select.value(3).toLongLong(), select.value(2).toLongLong()};
}

bool SessionRepository::revoke(qint64 sessionId)
{
    QSqlQuery remove(m_context.database().database());
    remove.prepare(u"DELETE FROM auth_sessions WHERE id = ?"_s);
    remove.addBindValue(sessionId);
    return execLogged(remove);
}

bool SessionRepository::revokeAllOf(qint64 userId, qint64 exceptSessionId)
{
    QSqlQuery remove(m_context.database().database());
    remove.prepare(u"DELETE FROM auth_sessions WHERE user_id = ? AND id <> ?"_s);
    remove.addBindValue(userId);
    remove.addBindValue(exceptSessionId);
    return execLogged(remove);
}

bool SessionRepository::removeExpired()
{
    const qint64 now = m_context.clock().nowSecsSinceEpoch();
    QSqlQuery query(m_context.database().database());
    query.prepare(u"DELETE FROM auth_access_tokens WHERE expires_at <= ?"_s);
    query.addBindValue(now);
    if (!execLogged(query))
        return false;
    query.prepare(u"DELETE FROM auth_refresh_tokens WHERE expires_at <= ?"_s);
    query.addBindValue(now);
    if (!execLogged(query))
        return false;
    return query.exec(
        u"DELETE FROM auth_sessions WHERE NOT EXISTS "
        "(SELECT 1 FROM auth_refresh_tokens r WHERE r.session_id = auth_sessions.id)"_s);
}

std::optional<SessionTokens> SessionRepository::issuePair(qint64 sessionId, qint64 now)
{
    const SecretToken access = SecretToken::generate();
    const SecretToken refresh = SecretToken::generate();
    if (!insertToken(u"auth_access_tokens"_s, sessionId, access, now + accessLifetimeSeconds)
        || !insertToken(u"auth_refresh_tokens"_s, sessionId, refresh, now + refreshLifetimeSeconds))
        return std::nullopt;
    return SessionTokens {access.text(), accessLifetimeSeconds, refresh.text(),
                          refreshLifetimeSeconds};
}

bool SessionRepository::insertToken(const QString& table, qint64 sessionId,
                                    const SecretToken& token, qint64 expiresAt)
{
    QSqlQuery insert(m_context.database().database());
    insert.prepare(u"INSERT INTO "_s + table
                   + u" (session_id, selector, verifier_hash, expires_at) VALUES (?, ?, ?, ?)"_s);
    insert.addBindValue(sessionId);
    insert.addBindValue(token.selector());
    insert.addBindValue(token.verifierHash());
    insert.addBindValue(expiresAt);
    return execLogged(insert);
}
