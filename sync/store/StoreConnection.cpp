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

std::optional<QSqlQuery> StoreConnection::prepare(const QString& sql) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    ++m_statements->prepared;
    if (!query.prepare(sql)) {
        m_lastError = query.lastError();
        return std::nullopt;
    }
    return query;
}

bool StoreConnection::bindAndExec(QSqlQuery& query, const QString& sql, const Bindings& bindings,
                                  Kept* kept) const
{
    // A statement takes only the bindings it names, so that the two statements of upsert() can
    // share one list even when one of them needs fewer values.
    const auto uses = [&](const QString& name) {
        if (!kept)
            return usesPlaceholder(sql, name);
        auto known = kept->uses.constFind(name);
        if (known == kept->uses.cend())
            known = kept->uses.insert(name, usesPlaceholder(sql, name));
        return *known;
    };
    QStringList names;
    names.reserve(bindings.size());
    for (const auto& [name, value] : bindings) {
        if (uses(name)) {
            query.bindValue(name, value);
            names.append(name);
        }
    }
    if (kept) {
        // A kept statement still holds the values of its last run: none of them may carry over.
        if (names != kept->bound) {
            for (const QString& name : std::as_const(kept->bound)) {
                if (!names.contains(name))
                    query.bindValue(name, QVariant());
            }
        }
        kept->bound = std::move(names);
    }
    if (!query.exec()) {
        m_lastError = query.lastError();
        return false;
    }
    return true;
}

std::optional<QSqlQuery> StoreConnection::exec(const QString& sql, const Bindings& bindings) const
{
    m_lastError = QSqlError();
    std::optional<QSqlQuery> query = prepare(sql);
    if (!query || !bindAndExec(*query, sql, bindings))
        return std::nullopt;
    return query;
}

std::optional<int> StoreConnection::change(const QString& sql, const Bindings& bindings) const
{
    m_lastError = QSqlError();
    auto& bySql = m_statements->bySql;
    auto kept = bySql.find(sql);
    if (kept == bySql.end()) {
        std::optional<QSqlQuery> prepared = prepare(sql);
        if (!prepared)
            return std::nullopt;
        kept = bySql.emplace(sql, Kept {std::make_unique<QSqlQuery>(*std::move(prepared)), {}, {}})
                   .first;
    }
    QSqlQuery& query = *kept->second.query;
    if (!bindAndExec(query, sql, bindings, &kept->second))
        return std::nullopt;
    const int changed = query.numRowsAffected();
    // A statement that returned rows may not have stepped through all of them: dropping it
    // releases its read lock at once.
    if (query.isSelect())
        bySql.erase(kept);
    return changed;
}

const QString& StoreConnection::ignoringConflicts(const QString& insertSql) const
{
    auto& ignoring = m_statements->ignoringByInsert;
    auto known = ignoring.find(insertSql);
    if (known == ignoring.end()) {
        const QString insertInto = u"INSERT INTO "_s;
        QString sql;
        if (insertSql.startsWith(insertInto))
            sql = u"INSERT OR IGNORE INTO "_s + QStringView(insertSql).mid(insertInto.size());
        known = ignoring.emplace(insertSql, sql).first;
    }
    return known->second;
}

bool StoreConnection::upsert(const QString& updateSql, const QString& insertSql,
                             const Bindings& bindings) const
{
    const QString& insertOrIgnore = ignoringConflicts(insertSql);
    if (!insertOrIgnore.isNull()) {
        const std::optional<int> inserted = change(insertOrIgnore, bindings);
        if (!inserted)
            return false;
        if (*inserted > 0)
            return true;
    }
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
