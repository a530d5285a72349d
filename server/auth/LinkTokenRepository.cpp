#include "auth/LinkTokenRepository.h"

#include "auth/AuthLog.h"
#include "auth/SecretToken.h"
#include "auth/UserRepository.h"
#include "core/Clock.h"
#include "core/PortalContext.h"
#include "storage/PortalDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace {
bool execLogged(QSqlQuery& query)
{
    if (query.exec())
        return true;
    qCWarning(lcAuth).noquote() << "link tokens:" << query.lastError().text();
    return false;
}
} // namespace

qint64 LinkTokenRepository::lifetimeSeconds(Purpose purpose)
{
    switch (purpose) {
    case Purpose::Activation:
        return 48 * 60 * 60;
    case Purpose::PasswordReset:
        return 60 * 60;
    }
    return 0;
}

LinkTokenRepository::LinkTokenRepository(PortalContext& context)
    : m_context(context)
{ }

bool LinkTokenRepository::ensureSchema(PortalDatabase& database)
{
    return UserRepository::ensureSchema(database)
        && database.ensureSchema(
            u"auth_link_tokens"_s,
            {
                {u"CREATE TABLE auth_link_tokens (id INTEGER PRIMARY KEY, "
                 "user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE, "
                 "purpose TEXT NOT NULL CHECK (purpose IN ('activation', 'reset')), "
                 "selector TEXT NOT NULL UNIQUE, verifier_hash BLOB NOT NULL, "
                 "created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, used_at INTEGER)"_s,
                 u"CREATE INDEX auth_link_tokens_user ON auth_link_tokens (user_id, purpose)"_s,
                 u"CREATE INDEX auth_link_tokens_expiry ON auth_link_tokens (expires_at)"_s},
            });
}

std::optional<QString> LinkTokenRepository::issue(qint64 userId, Purpose purpose)
{
    const qint64 now = m_context.clock().nowSecsSinceEpoch();
    removeExpired(now);
    const SecretToken token = SecretToken::generate();
    QSqlQuery insert(m_context.database().database());
    insert.prepare(u"INSERT INTO auth_link_tokens (user_id, purpose, selector, verifier_hash, "
                   "created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
    insert.addBindValue(userId);
    insert.addBindValue(purposeKey(purpose));
    insert.addBindValue(token.selector());
    insert.addBindValue(token.verifierHash());
    insert.addBindValue(now);
    insert.addBindValue(now + lifetimeSeconds(purpose));
    if (!execLogged(insert))
        return std::nullopt;
    return token.text();
}

std::optional<qint64> LinkTokenRepository::lastIssuedAt(qint64 userId, Purpose purpose) const
{
    QSqlQuery select(m_context.database().database());
    select.prepare(u"SELECT MAX(created_at) FROM auth_link_tokens "
                   "WHERE user_id = ? AND purpose = ?"_s);
    select.addBindValue(userId);
    select.addBindValue(purposeKey(purpose));
    if (!execLogged(select) || !select.next() || select.value(0).isNull())
        return std::nullopt;
    return select.value(0).toLongLong();
}

LinkTokenRepository::Lookup LinkTokenRepository::find(const QString& token, Purpose purpose) const
{
    const std::optional<SecretToken> parsed = SecretToken::parse(token);
    if (!parsed)
        return {};
    QSqlQuery select(m_context.database().database());
    select.prepare(u"SELECT id, user_id, verifier_hash, expires_at, used_at "
                   "FROM auth_link_tokens WHERE selector = ? AND purpose = ?"_s);
    select.addBindValue(parsed->selector());
    select.addBindValue(purposeKey(purpose));
    if (!execLogged(select) || !select.next() || !parsed->matches(select.value(2).toByteArray()))
        return {};
    if (select.value(3).toLongLong() <= m_context.clock().nowSecsSinceEpoch())
        return {};
    Lookup lookup;
    lookup.status = select.value(4).isNull() ? Status::Live : Status::Used;
    lookup.tokenId = select.value(0).toLongLong();
    lookup.userId = select.value(1).toLongLong();
    return lookup;
}

bool LinkTokenRepository::markUsed(qint64 tokenId)
{
    QSqlQuery update(m_context.database().database());
    update.prepare(u"UPDATE auth_link_tokens SET used_at = ? WHERE id = ? AND used_at IS NULL"_s);
    update.addBindValue(m_context.clock().nowSecsSinceEpoch());
    update.addBindValue(tokenId);
    return execLogged(update) && update.numRowsAffected() == 1;
}

bool LinkTokenRepository::removeAll(qint64 userId, Purpose purpose)
{
    QSqlQuery remove(m_context.database().database());
    remove.prepare(u"DELETE FROM auth_link_tokens WHERE user_id = ? AND purpose = ?"_s);
    remove.addBindValue(userId);
    remove.addBindValue(purposeKey(purpose));
    return execLogged(remove);
}

QString LinkTokenRepository::purposeKey(Purpose purpose)
{
    return purpose == Purpose::Activation ? u"activation"_s : u"reset"_s;
}

bool LinkTokenRepository::removeAbandonedRegistrations()
{
    const qint64 now = m_context.clock().nowSecsSinceEpoch();
    QSqlQuery remove(m_context.database().database());
    // Their links go with them (ON DELETE CASCADE).
    remove.prepare(u"DELETE FROM users WHERE active = 0 AND created_at <= ? AND NOT EXISTS "
                   "(SELECT 1 FROM auth_link_tokens WHERE auth_link_tokens.user_id = users.id "
                   "AND purpose = ? AND expires_at > ?)"_s);
    remove.addBindValue(now - lifetimeSeconds(Purpose::Activation));
    remove.addBindValue(purposeKey(Purpose::Activation));
    remove.addBindValue(now);
    if (!execLogged(remove))
        return false;
    if (remove.numRowsAffected() > 0)
        qCInfo(lcAuth) << "forgot" << remove.numRowsAffected() << "registration(s) never activated";
    return true;
}

bool LinkTokenRepository::removeExpired(qint64 now)
{
    QSqlQuery remove(m_context.database().database());
    remove.prepare(u"DELETE FROM auth_link_tokens WHERE expires_at <= ?"_s);
    remove.addBindValue(now);
    return execLogged(remove);
}
