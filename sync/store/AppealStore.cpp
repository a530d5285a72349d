#include "store/AppealStore.h"

#include "store/StoreValues.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString selectColumns = u"SELECT local_id, server_id, account_id, topic, body, status, "
                              "answer, created_at_ms, answered_at_ms FROM appeals "_s;

Appeal fromRow(const QSqlQuery& row)
{
    Appeal appeal;
    appeal.localId = row.value(0).toLongLong();
    appeal.serverId = StoreValues::toOptionalId(row.value(1));
    appeal.accountId = StoreValues::toOptionalId(row.value(2));
    appeal.topic = row.value(3).toString();
    appeal.text = row.value(4).toString();
    // The table's CHECK admits only known words.
    appeal.status = Appeal::statusFromKey(row.value(5).toString()).value_or(Appeal::Status::Draft);
    appeal.answer = row.value(6).toString();
    appeal.createdAt = StoreValues::toInstant(row.value(7));
    appeal.answeredAt = StoreValues::toInstant(row.value(8));
    return appeal;
}

// Everything but the ids, which each statement binds its own way.
StoreConnection::Bindings contentBindings(const Appeal& appeal)
{
    return {{u":server"_s, StoreValues::fromOptionalId(appeal.serverId)},
            {u":account"_s, StoreValues::fromOptionalId(appeal.accountId)},
            {u":topic"_s, appeal.topic},
            {u":body"_s, appeal.text},
            {u":status"_s, Appeal::statusKey(appeal.status)},
            {u":answer"_s, appeal.answer},
            {u":created"_s, StoreValues::fromInstant(appeal.createdAt)},
            {u":answered"_s, StoreValues::fromInstant(appeal.answeredAt)}};
}

const QString insertSql = u"INSERT INTO appeals (server_id, account_id, topic, body, status, "
                          "answer, created_at_ms, answered_at_ms) VALUES (:server, :account, "
                          ":topic, :body, :status, :answer, :created, :answered)"_s;

} // namespace

AppealStore::AppealStore(QSqlDatabase db)
    : m_connection(std::move(db))
{ }

std::optional<qint64> AppealStore::create(const Appeal& appeal)
{
    Appeal written = appeal;
    if (!written.createdAt.isValid())
        written.createdAt = QDateTime::currentDateTimeUtc();
    const std::optional<QSqlQuery> query = m_connection.exec(insertSql, contentBindings(written));
    if (!query)
        return std::nullopt;
    return query->lastInsertId().toLongLong();
}

bool AppealStore::upsertFromServer(const Appeal& appeal)
{
    if (!appeal.serverId) {
        return m_connection.fail(QCoreApplication::translate(
            "AppealStore", "An appeal from the server has no server id."));
    }
    return m_connection.upsert(
        u"UPDATE appeals SET account_id = :account, topic = :topic, body = :body, "
        "status = :status, answer = :answer, created_at_ms = :created, "
        "answered_at_ms = :answered WHERE server_id = :server"_s,
        insertSql, contentBindings(appeal));
}

bool AppealStore::assignServerId(qint64 localId, qint64 serverId)
{
    return expectOneChanged(
        m_connection.change(u"UPDATE appeals SET server_id = :server WHERE local_id = :local "
                            "AND (server_id IS NULL OR server_id = :server)"_s,
                            {{u":local"_s, localId}, {u":server"_s, serverId}}));
}

bool AppealStore::setStatus(qint64 localId, Appeal::Status status)
{
    return expectOneChanged(
        m_connection.change(u"UPDATE appeals SET status = :status WHERE local_id = :local"_s,
                            {{u":local"_s, localId}, {u":status"_s, Appeal::statusKey(status)}}));
}

bool AppealStore::remove(qint64 localId)
{
    return m_connection.run(u"DELETE FROM appeals WHERE local_id = :local"_s,
                            {{u":local"_s, localId}});
}

std::optional<Appeal> AppealStore::appeal(qint64 localId) const
{
    return m_connection.one(selectColumns + u"WHERE local_id = :local"_s, {{u":local"_s, localId}},
                            fromRow);
}

std::optional<Appeal> AppealStore::appealByServerId(qint64 serverId) const
{
    return m_connection.one(selectColumns + u"WHERE server_id = :server"_s,
                            {{u":server"_s, serverId}}, fromRow);
}

std::optional<QList<Appeal>> AppealStore::appeals(std::optional<qint64> accountId) const
{
    // A NULL :account means "any account".
    return m_connection.list(selectColumns
                                 + u"WHERE :account IS NULL OR account_id = :account "
                                   "ORDER BY created_at_ms DESC, local_id DESC"_s,
                             {{u":account"_s, StoreValues::fromOptionalId(accountId)}}, fromRow);
}

bool AppealStore::expectOneChanged(const std::optional<int>& changed) const
{
    if (!changed)
        return false;
    return *changed == 1
        || m_connection.fail(QCoreApplication::translate(
            "AppealStore", "No such appeal, or it already has another server id."));
}
