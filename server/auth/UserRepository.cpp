#include "auth/UserRepository.h"

#include "auth/AuthLog.h"
#include "auth/PasswordHasher.h"
#include "core/Clock.h"
#include "core/PortalContext.h"
#include "protocol/ValidationRules.h"
#include "storage/ChangeSequence.h"
#include "storage/PortalDatabase.h"
#include "storage/SqlTransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString selectColumns = u"SELECT id, login, email, password_hash, active, "
                              "receipt_subscription, changed_seq FROM users "_s;

UserRecord recordFrom(const QSqlQuery& query)
{
    UserRecord user;
    user.id = query.value(0).toLongLong();
    user.login = query.value(1).toString();
    user.email = query.value(2).toString();
    user.passwordHash = query.value(3).toString();
    user.active = query.value(4).toBool();
    user.receiptSubscription = query.value(5).toBool();
    user.changedSeq = query.value(6).toLongLong();
    return user;
}

bool execLogged(QSqlQuery& query)
{
    if (query.exec())
        return true;
    qCWarning(lcAuth).noquote() << "users:" << query.lastError().text();
    return false;
}
} // namespace

UserRepository::UserRepository(PortalContext& context)
    : m_context(context)
{ }

bool UserRepository::ensureSchema(PortalDatabase& database)
{
    return ChangeSequence::ensureSchema(database)
        && database.ensureSchema(u"users"_s,
                                 {
                                     {u"CREATE TABLE users (id INTEGER PRIMARY KEY, "
                                      "login TEXT NOT NULL, login_key TEXT NOT NULL, "
                                      "email TEXT NOT NULL, email_key TEXT NOT NULL, "
                                      "password_hash TEXT NOT NULL, "
                                      "active INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1)), "
                                      "receipt_subscription INTEGER NOT NULL DEFAULT 0 "
                                      "CHECK (receipt_subscription IN (0, 1)), "
                                      "created_at INTEGER NOT NULL, "
                                      "changed_seq INTEGER NOT NULL)"_s,
                                      u"CREATE UNIQUE INDEX users_login_key ON users (login_key)"_s,
                                      u"CREATE UNIQUE INDEX users_email_key ON users (email_key)"_s,
                                      u"CREATE INDEX users_changed_seq ON users (changed_seq)"_s},
                                 });
}

std::optional<qint64> UserRepository::createActiveUser(PortalContext& context, const QString& login,
                                                       const QString& email,
                                                       const QString& password)
{
    if (!ValidationRules::validateLogin(login).isValid()
        || !ValidationRules::validateEmail(email).isValid()
        || !ValidationRules::validatePassword(password).isValid())
        return std::nullopt;
    const std::optional<QString> hash = PasswordHasher::hash(password);
    if (!hash)
        return std::nullopt;
    SqlTransaction transaction(context.database());
    qint64 id = 0;
    if (!transaction.isActive()
        || UserRepository(context).create(login, email, *hash, true, &id) != WriteResult::Done
        || !transaction.commit())
        return std::nullopt;
    return id;
}

QString UserRepository::foldedKey(const QString& text)
{
    return text.normalized(QString::NormalizationForm_C).toCaseFolded();
}

UserRepository::WriteResult UserRepository::create(const QString& login, const QString& email,
                                                   const QString& passwordHash, bool active,
                                                   qint64* id)
{
    const QString loginKey = foldedKey(login);
    const QString emailKey = foldedKey(email);
    const std::optional<bool> loginTaken = keyTaken(u"login_key"_s, loginKey, 0);
    const std::optional<bool> emailTaken = keyTaken(u"email_key"_s, emailKey, 0);
    if (!loginTaken || !emailTaken)
        return WriteResult::Failed;
    if (*loginTaken)
        return WriteResult::LoginTaken;
    if (*emailTaken)
        return WriteResult::EmailTaken;
    const std::optional<qint64> stamp = ChangeSequence::next(m_context.database());
    if (!stamp)
        return WriteResult::Failed;

    QSqlQuery insert(m_context.database().database());
    insert.prepare(u"INSERT INTO users (login, login_key, email, email_key, password_hash, "
                   "active, receipt_subscription, created_at, changed_seq) "
                   "VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)"_s);
    insert.addBindValue(login);
    insert.addBindValue(loginKey);
    insert.addBindValue(email);
    insert.addBindValue(emailKey);
    insert.addBindValue(passwordHash);
    insert.addBindValue(active ? 1 : 0);
    insert.addBindValue(m_context.clock().nowSecsSinceEpoch());
    insert.addBindValue(*stamp);
    if (!execLogged(insert))
        return WriteResult::Failed;
    if (id)
        *id = insert.lastInsertId().toLongLong();
    return WriteResult::Done;
}

std::optional<UserRecord> UserRepository::findById(qint64 id) const
{
    return findOne(u"id = ?"_s, id);
}

std::optional<UserRecord> UserRepository::findByLogin(const QString& login) const
{
    return findOne(u"login_key = ?"_s, foldedKey(login));
}

std::optional<UserRecord> UserRepository::findByEmail(const QString& email) const
{
    return findOne(u"email_key = ?"_s, foldedKey(email));
}

bool UserRepository::activate(qint64 id)
{
    const std::optional<qint64> stamp = ChangeSequence::next(m_context.database());
    if (!stamp)
        return false;
    QSqlQuery update(m_context.database().database());
    update.prepare(u"UPDATE users SET active = 1, changed_seq = ? WHERE id = ?"_s);
    update.addBindValue(*stamp);
    update.addBindValue(id);
    return execLogged(update) && update.numRowsAffected() == 1;
}

bool UserRepository::setPasswordHash(qint64 id, const QString& passwordHash)
{
    // The hash is not synced to anyone: no stamp.
    QSqlQuery update(m_context.database().database());
    update.prepare(u"UPDATE users SET password_hash = ? WHERE id = ?"_s);
    update.addBindValue(passwordHash);
    update.addBindValue(id);
    return execLogged(update) && update.numRowsAffected() == 1;
}

UserRepository::WriteResult
UserRepository::updateProfile(qint64 id, const std::optional<QString>& email,
                              const std::optional<bool>& receiptSubscription)
{
    if (!email && !receiptSubscription)
        return WriteResult::Done;
    if (email) {
        const std::optional<bool> taken = keyTaken(u"email_key"_s, foldedKey(*email), id);
        if (!taken)
            return WriteResult::Failed;
        if (*taken)
            return WriteResult::EmailTaken;
    }
    const std::optional<qint64> stamp = ChangeSequence::next(m_context.database());
    if (!stamp)
        return WriteResult::Failed;
    QSqlQuery update(m_context.database().database());
    update.prepare(u"UPDATE users SET "
                   "email = COALESCE(?, email), email_key = COALESCE(?, email_key), "
                   "receipt_subscription = COALESCE(?, receipt_subscription), "
                   "changed_seq = ? WHERE id = ?"_s);
    update.addBindValue(email ? QVariant(*email) : QVariant(QMetaType::fromType<QString>()));
    update.addBindValue(email ? QVariant(foldedKey(*email))
                              : QVariant(QMetaType::fromType<QString>()));
    update.addBindValue(receiptSubscription ? QVariant(*receiptSubscription ? 1 : 0)
                                            : QVariant(QMetaType::fromType<int>()));
    update.addBindValue(*stamp);
    update.addBindValue(id);
    if (!execLogged(update) || update.numRowsAffected() != 1)
        return WriteResult::Failed;
    return WriteResult::Done;
}

bool UserRepository::remove(qint64 id)
{
    QSqlQuery remove(m_context.database().database());
    remove.prepare(u"DELETE FROM users WHERE id = ?"_s);
    remove.addBindValue(id);
    return execLogged(remove) && remove.numRowsAffected() == 1;
}

std::optional<UserRecord> UserRepository::findOne(const QString& condition,
                                                  const QVariant& value) const
{
    QSqlQuery query(m_context.database().database());
    query.prepare(selectColumns + u"WHERE "_s + condition);
    query.addBindValue(value);
    if (!execLogged(query) || !query.next())
        return std::nullopt;
    return recordFrom(query);
}

std::optional<bool> UserRepository::keyTaken(const QString& column, const QString& key,
                                             qint64 exceptId) const
{
    QSqlQuery query(m_context.database().database());
    query.prepare(u"SELECT 1 FROM users WHERE "_s + column + u" = ? AND id <> ?"_s);
    query.addBindValue(key);
    query.addBindValue(exceptId);
    if (!execLogged(query))
        return std::nullopt;
    return query.next();
}
