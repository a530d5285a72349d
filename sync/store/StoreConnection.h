#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <utility>

// What every store shares: the connection it works on (not owned) and the error its last
// operation met. Statements are always prepared and take their values through named bindings,
// never through string building.
//
// Writes (run(), change(), upsert()) keep their prepared statement for the life of the store and
// of its copies: a sync writes thousands of rows through a handful of statements, and preparing
// each anew was most of its time (docs/performance.md). Reads are prepared per call: a
// statement kept after a read could hold the connection's read snapshot open.
class StoreConnection
{
public:
    using Bindings = QList<std::pair<QString, QVariant>>;

    explicit StoreConnection(QSqlDatabase db);

    // Invalid after an operation that succeeded, including a read that found nothing.
    QSqlError lastError() const { return m_lastError; }

    // Prepares and runs sql with those of bindings it uses; std::nullopt on failure.
    std::optional<QSqlQuery> exec(const QString& sql, const Bindings& bindings = {}) const;
    // Runs a statement that returns no rows (or whose rows do not matter), prepared once.
    bool run(const QString& sql, const Bindings& bindings = {}) const
    {
        return change(sql, bindings).has_value();
    }
    // The number of rows sql changed; std::nullopt on failure. Prepared once.
    std::optional<int> change(const QString& sql, const Bindings& bindings = {}) const;

    // Updates the row, or inserts it when the update matched none; both draw on the same
    // bindings. updateSql's WHERE must name a PRIMARY KEY or UNIQUE key that insertSql fills with
    // the same values: insertSql ("INSERT INTO …") runs first, as INSERT OR IGNORE (most rows a
    // sync writes are new: one statement each instead of an UPDATE finding nothing and the
    // INSERT), and only that key's conflict keeps it from adding a second row. An ignored insert
    // is followed by the update and, when that matches no row either (a NOT NULL or CHECK
    // constraint refused the insert), by insertSql as given, whose error is the result: the
    // outcome is that of the update-then-insert order. Never INSERT OR REPLACE: its delete would
    // cascade to the row's dependants.
    bool upsert(const QString& updateSql, const QString& insertSql, const Bindings& bindings) const;

    // Runs work inside a savepoint: either all its writes stay or none do, whether or not a
    // transaction is open around it. work returns false to roll back.
    bool atomically(const std::function<bool()>& work) const;

    // Replaces a set of rows atomically: deleteSql removes the old set, then upsertOne(item) writes
    // each new one.
    template<typename Item, typename UpsertOne>
    bool replace(const QString& deleteSql, const Bindings& bindings, const QList<Item>& items,
                 UpsertOne upsertOne) const
    {
        return atomically([&] {
            if (!run(deleteSql, bindings))
                return false;
            for (const Item& item : items) {
                if (!upsertOne(item))
                    return false;
            }
            return true;
        });
    }

    // Records a failure the store found itself, such as a row that does not belong to the range
    // being replaced. Always returns false.
    bool fail(const QString& text) const;

    // All rows of sql, each turned into a Row by fromRow(const QSqlQuery&).
    template<typename FromRow>
    auto list(const QString& sql, const Bindings& bindings, FromRow fromRow) const
        -> std::optional<QList<decltype(fromRow(std::declval<const QSqlQuery&>()))>>
    {
        using Row = decltype(fromRow(std::declval<const QSqlQuery&>()));
        std::optional<QSqlQuery> query = exec(sql, bindings);
        if (!query)
            return std::nullopt;
        QList<Row> rows;
        while (query->next())
            rows.append(fromRow(*query));
        return rows;
    }

    // The first row of sql; std::nullopt when there is none (lastError() stays invalid) or on
    // failure.
    template<typename FromRow>
    auto one(const QString& sql, const Bindings& bindings, FromRow fromRow) const
        -> std::optional<decltype(fromRow(std::declval<const QSqlQuery&>()))>
    {
        std::optional<QSqlQuery> query = exec(sql, bindings);
        if (!query || !query->next())
            return std::nullopt;
        return fromRow(*query);
    }

    // How many statements this connection (with its copies) has prepared so far; for tests.
    int preparedCount() const { return m_statements->prepared; }

private:
    struct Kept
    {
        std::unique_ptr<QSqlQuery> query;
        // The placeholders its last run bound, to unbind those the next run does not name.
        QStringList bound;
        // Whether its SQL uses a binding's name, found once per name: searching the SQL for
        // every binding of every row was a third of a sync's apply (docs/performance.md).
        QHash<QString, bool> uses;
    };
    struct Statements
    {
        std::unordered_map<QString, Kept> bySql;
        // The INSERT OR IGNORE form of each insertSql upsert() was given.
        std::unordered_map<QString, QString> ignoringByInsert;
        int prepared = 0;
    };

    std::optional<QSqlQuery> prepare(const QString& sql) const;
    // insertSql as INSERT OR IGNORE; null when it does not begin with "INSERT INTO ".
    const QString& ignoringConflicts(const QString& insertSql) const;
    // kept: null for a statement run once; else the names its last run bound, which this run
    // unbinds unless it names them itself (updated to this run's), and the names known to be
    // used or not.
    bool bindAndExec(QSqlQuery& query, const QString& sql, const Bindings& bindings,
                     Kept* kept = nullptr) const;

    QSqlDatabase m_db;
    mutable QSqlError m_lastError;
    // Shared by copies of the connection, which work on the same database.
    std::shared_ptr<Statements> m_statements = std::make_shared<Statements>();
};
