#include "store/StoreConnection.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// Whether sql uses the placeholder name (":to" is not used by a statement with only ":total").
bool usesPlaceholder(const QString& sql, const QString& name)
{
    for (qsizetype at = sql.indexOf(name); at >= 0; at = sql.indexOf(name, at + 1)) {
        const qsizetype end = at + name.size();
        if (end == sql.size())
            return true;
        const QChar next = sql.at(end);
        if (!next.isLetterOrNumber() && next != u'_')
            return true;
    }
    return false;
}

} // namespace

StoreConnection::StoreConnection(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<QSqlQuery> StoreConnection::exec(const QString& sql, const Bindings& bindings) const
{
    m_lastError = QSqlError();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        m_lastError = query.lastError();
        return std::nullopt;
    }
    // A statement takes only the bindings it names, so that the two statements of upsert() can
    // share one list even when one of them needs fewer values.
    for (const auto& [name, value] : bindings) {
        if (usesPlaceholder(sql, name))
            query.bindValue(name, value);
    }
    if (!query.exec()) {
        m_lastError = query.lastError();
        return std::nullopt;
    }
    return query;
}

std::optional<int> StoreConnection::change(const QString& sql, const Bindings& bindings) const
{
    const std::optional<QSqlQuery> query = exec(sql, bindings);
    if (!query)
        return std::nullopt;
    return query->numRowsAffected();
}

bool StoreConnection::upsert(const QString& updateSql, const QString& insertSql,
                             const Bindings& bindings) const
{
    const std::optional<int> updated = change(updateSql, bindings);
    if (!updated)
        return false;
    return *updated > 0 || run(insertSql, bindings);
}

bool StoreConnection::atomically(const std::function<bool()>& work) const
{
    if (!run(u"SAVEPOINT kabinet_store"_s))
        return false;
    if (work() && run(u"RELEASE kabinet_store"_s))
        return true;
    // Keep the error that made the work fail, not the (successful) rollback's.
    const QSqlError cause = m_lastError;
    run(u"ROLLBACK TO kabinet_store"_s);
    run(u"RELEASE kabinet_store"_s);
    m_lastError = cause;
    return false;
}

bool StoreConnection::fail(const QString& text) const
{
    m_lastError = QSqlError(text, QString(), QSqlError::StatementError);
    return false;
}
