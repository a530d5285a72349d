#include "appeals/AppealRepository.h"

#include "accounts/AccountRepository.h"
#include "auth/UserRepository.h"
#include "storage/ChangeSequence.h"
#include "storage/PortalDatabase.h"
#include "storage/SqlTransaction.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString selectColumns = u"SELECT id, account_id, topic, text, status, answer, created_at, "
                              "answered_at FROM appeals "_s;

QVariant instantValue(const QDateTime& instant)
{
    return instant.isValid() ? QVariant(instant.toMSecsSinceEpoch()) : QVariant();
}

QDateTime instantFrom(const QVariant& value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// A row of selectColumns, or std::nullopt when its status is not one the server knows.
std::optional<Appeal> appealFrom(const QSqlQuery& query)
{
    Appeal appeal;
    appeal.serverId = query.value(0).toLongLong();
    if (!query.value(1).isNull())
        appeal.accountId = query.value(1).toLongLong();
    appeal.topic = query.value(2).toString();
    appeal.text = query.value(3).toString();
    const std::optional<Appeal::Status> status = Appeal::statusFromKey(query.value(4).toString());
    if (!status)
        return std::nullopt;
    appeal.status = *status;
    appeal.answer = query.value(5).toString();
    appeal.createdAt = instantFrom(query.value(6));
    appeal.answeredAt = instantFrom(query.value(7));
    return appeal;
}
} // namespace

AppealRepository::AppealRepository(PortalDatabase& database)
    : m_database(database)
{ }

bool AppealRepository::ensureSchema(PortalDatabase& database)
{
    return UserRepository::ensureSchema(database) && AccountRepository::ensureSchema(database)
        && ChangeSequence::ensureSchema(database)
        && database.ensureSchema(
            u"appeals"_s,
            {
                // Instants are milliseconds since the epoch (UTC). An appeal keeps naming its
                // account after the user unlinks it: it was written about that account.
                {u"CREATE TABLE appeals ("
                 "id INTEGER PRIMARY KEY, "
                 "user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE, "
                 "account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL, "
                 "topic TEXT NOT NULL, "
                 "text TEXT NOT NULL, "
                 "status TEXT NOT NULL "
                 "CHECK (status IN ('registered', 'in_progress', 'answered', 'closed')), "
                 "answer TEXT, "
                 "created_at INTEGER NOT NULL, "
                 "answered_at INTEGER, "
                 "changed_seq INTEGER NOT NULL)"_s,
                 u"CREATE INDEX appeals_user ON appeals (user_id, created_at)"_s,
                 u"CREATE INDEX appeals_account ON appeals (account_id)"_s,
                 u"CREATE INDEX appeals_changed ON appeals (changed_seq)"_s},
            });
}

std::optional<Appeal> AppealRepository::create(qint64 userId, std::optional<qint64> accountId,
                                               const QString& topic, const QString& text,
                                               const QDateTime& createdAt)
{
    SqlTransaction transaction(m_database);
    const std::optional<qint64> stamp =
        transaction.isActive() ? ChangeSequence::next(m_database) : std::nullopt;
    if (!stamp)
        return std::nullopt;
    QSqlQuery insert(m_database.database());
    insert.prepare(u"INSERT INTO appeals (user_id, account_id, topic, text, status, created_at, "
                   "changed_seq) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    insert.addBindValue(userId);
    insert.addBindValue(accountId ? QVariant(*accountId) : QVariant());
    insert.addBindValue(topic);
    insert.addBindValue(text);
    insert.addBindValue(Appeal::statusKey(Appeal::Status::Registered));
    insert.addBindValue(instantValue(createdAt));
    insert.addBindValue(*stamp);
    if (!insert.exec())
        return std::nullopt;
    const qint64 id = insert.lastInsertId().toLongLong();
    if (!transaction.commit())
        return std::nullopt;
    return find(id);
}

std::optional<QList<Appeal>> AppealRepository::forUser(qint64 userId) const
{
    QSqlQuery query(m_database.database());
    query.prepare(selectColumns + u"WHERE user_id = ? ORDER BY created_at DESC, id DESC"_s);
    query.addBindValue(userId);
    if (!query.exec())
        return std::nullopt;
    QList<Appeal> appeals;
    while (query.next()) {
        const std::optional<Appeal> appeal = appealFrom(query);
        if (!appeal)
            return std::nullopt;
        appeals.append(*appeal);
    }
    return appeals;
}

std::optional<Appeal> AppealRepository::find(qint64 appealId) const
{
    QSqlQuery query(m_database.database());
    query.prepare(selectColumns + u"WHERE id = ?"_s);
    query.addBindValue(appealId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return appealFrom(query);
}

std::optional<qint64> AppealRepository::ownerOf(qint64 appealId) const
{
    QSqlQuery query(m_database.database());
    query.prepare(u"SELECT user_id FROM appeals WHERE id = ?"_s);
    query.addBindValue(appealId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

bool AppealRepository::setStatus(qint64 appealId, Appeal::Status status)
{
    if (status != Appeal::Status::InProgress && status != Appeal::Status::Closed)
        return false;
    SqlTransaction transaction(m_database);
    const std::optional<qint64> stamp =
        transaction.isActive() ? ChangeSequence::next(m_database) : std::nullopt;
    if (!stamp)
        return false;
    QSqlQuery update(m_database.database());
    update.prepare(u"UPDATE appeals SET status = ?, changed_seq = ? WHERE id = ?"_s);
    update.addBindValue(Appeal::statusKey(status));
    update.addBindValue(*stamp);
    update.addBindValue(appealId);
    return update.exec() && update.numRowsAffected() == 1 && transaction.commit();
}

bool AppealRepository::answer(qint64 appealId, const QString& answer, const QDateTime& answeredAt)
{
    if (answer.trimmed().isEmpty() || !answeredAt.isValid())
        return false;
    SqlTransaction transaction(m_database);
    const std::optional<qint64> stamp =
        transaction.isActive() ? ChangeSequence::next(m_database) : std::nullopt;
    if (!stamp)
        return false;
    QSqlQuery update(m_database.database());
    update.prepare(u"UPDATE appeals SET status = ?, answer = ?, answered_at = ?, changed_seq = ? "
                   "WHERE id = ?"_s);
    update.addBindValue(Appeal::statusKey(Appeal::Status::Answered));
    update.addBindValue(answer);
    update.addBindValue(instantValue(answeredAt));
    update.addBindValue(*stamp);
    update.addBindValue(appealId);
    return update.exec() && update.numRowsAffected() == 1 && transaction.commit();
}
