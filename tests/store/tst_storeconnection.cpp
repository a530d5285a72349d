#include "TestCache.h"
#include "store/CacheTransaction.h"
#include "store/StoreConnection.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString updateSql = u"UPDATE notes SET body = :body, size = :size WHERE id = :id"_s;
const QString insertSql = u"INSERT INTO notes (id, body, size) VALUES (:id, :body, :size)"_s;

StoreConnection::Bindings note(int id, const QString& body)
{
    return {{u":id"_s, id}, {u":body"_s, body}, {u":size"_s, body.size()}};
}

} // namespace

// StoreConnection keeps the statements it writes with, so that a sync's thousands of rows are
// not each prepared anew (docs/performance.md): what is kept must still write what it is given.
class TestStoreConnection : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void upsertsPrepareEachStatementOnce();
    void aNewRowTakesOneStatement();
    void anUpsertRefusedByAConstraintFails();
    void aKeptStatementTakesNoValueFromItsLastRun();
    void copiesShareTheKeptStatements();
    void statementsReturningRowsAreNotKept();
    void aFailedRunLeavesTheStatementUsable();

private:
    std::unique_ptr<TestCache> m_cache;
};

void TestStoreConnection::init()
{
    m_cache = std::make_unique<TestCache>();
    QVERIFY(m_cache->open());
    QVERIFY(m_cache->exec(
        u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL, size INTEGER)"_s));
}

void TestStoreConnection::upsertsPrepareEachStatementOnce()
{
    CacheTransaction transaction(m_cache->database());
    QVERIFY(transaction.isActive());
    StoreConnection connection(m_cache->database());
    for (int id = 1; id <= 200; ++id)
        QVERIFY2(connection.upsert(updateSql, insertSql, note(id, u"first %1"_s.arg(id))),
                 qPrintable(connection.lastError().text()));
    for (int id = 1; id <= 200; ++id)
        QVERIFY2(connection.upsert(updateSql, insertSql, note(id, u"second %1"_s.arg(id))),
                 qPrintable(connection.lastError().text()));
    QVERIFY(transaction.commit());

    // 400 upserts, 600 statements run: one INSERT (OR IGNORE) and one UPDATE prepared.
    QCOMPARE(connection.preparedCount(), 2);
    QCOMPARE(m_cache->rowCount(u"notes"_s), 200);
    const std::optional<QString> body =
        connection.one(u"SELECT body FROM notes WHERE id = :id"_s, {{u":id"_s, 137}},
                       [](const QSqlQuery& row) { return row.value(0).toString(); });
    QCOMPARE(body, u"second 137"_s);
}

void TestStoreConnection::aNewRowTakesOneStatement()
{
    StoreConnection connection(m_cache->database());
    for (int id = 1; id <= 100; ++id)
        QVERIFY2(connection.upsert(updateSql, insertSql, note(id, u"new"_s)),
                 qPrintable(connection.lastError().text()));
    // A first sync writes only new rows: the UPDATE was never needed, so never prepared.
    QCOMPARE(connection.preparedCount(), 1);
    QCOMPARE(m_cache->rowCount(u"notes"_s), 100);

    QVERIFY2(connection.upsert(updateSql, insertSql, note(42, u"changed"_s)),
             qPrintable(connection.lastError().text()));
    QCOMPARE(connection.preparedCount(), 2);
    QCOMPARE(m_cache->rowCount(u"notes"_s), 100);
    const std::optional<QString> body =
        connection.one(u"SELECT body FROM notes WHERE id = 42"_s, {},
                       [](const QSqlQuery& row) { return row.value(0).toString(); });
    QCOMPARE(body, u"changed"_s);
}

void TestStoreConnection::anUpsertRefusedByAConstraintFails()
{
    StoreConnection connection(m_cache->database());
    QVERIFY(connection.upsert(updateSql, insertSql, note(1, u"one"_s)));
    const StoreConnection::Bindings withoutBody = {
        {u":id"_s, 2}, {u":body"_s, QVariant()}, {u":size"_s, 0}};
    // INSERT OR IGNORE passes over the NOT NULL body without a word, and no row 2 exists to
    // update: the upsert must still fail, with the constraint's error, and store nothing.
    QVERIFY(!connection.upsert(updateSql, insertSql, withoutBody));
    QVERIFY(connection.lastError().text().contains(u"NOT NULL"_s, Qt::CaseInsensitive));
    QCOMPARE(m_cache->rowCount(u"notes"_s), 1);
    // The same for a row that exists: its update is refused.
    QVERIFY(!connection.upsert(updateSql, insertSql, {{u":id"_s, 1}, withoutBody.at(1)}));
    QVERIFY(connection.lastError().isValid());
    QVERIFY(connection.upsert(updateSql, insertSql, note(2, u"two"_s)));
    QCOMPARE(m_cache->rowCount(u"notes"_s), 2);
}

void TestStoreConnection::aKeptStatementTakesNoValueFromItsLastRun()
{
    StoreConnection connection(m_cache->database());
    QVERIFY(connection.run(insertSql, note(1, u"with a size"_s)));
    // The same statement without :size: the size must be NULL, not the last run's 11.
    QVERIFY(connection.run(insertSql, {{u":id"_s, 2}, {u":body"_s, u"without"_s}}));
    QCOMPARE(connection.preparedCount(), 1);
    const std::optional<QVariant> size =
        connection.one(u"SELECT size FROM notes WHERE id = 2"_s, {},
                       [](const QSqlQuery& row) { return row.value(0); });
    QVERIFY(size.has_value());
    QVERIFY2(size->isNull(), qPrintable(size->toString()));
}

void TestStoreConnection::copiesShareTheKeptStatements()
{
    StoreConnection connection(m_cache->database());
    QVERIFY(connection.run(insertSql, note(1, u"one"_s)));
    const StoreConnection copy = connection;
    QVERIFY(copy.run(insertSql, note(2, u"two"_s)));
    QCOMPARE(connection.preparedCount(), 1);
    QCOMPARE(m_cache->rowCount(u"notes"_s), 2);
}

void TestStoreConnection::statementsReturningRowsAreNotKept()
{
    StoreConnection connection(m_cache->database());
    for (int id = 1; id <= 3; ++id)
        QVERIFY(connection.run(insertSql, note(id, u"n"_s)));
    const QString select = u"SELECT id FROM notes ORDER BY id"_s;
    QVERIFY(connection.run(select));
    QVERIFY(connection.run(select));
    // Kept, the SELECT would hold its read snapshot (it stopped at its first row): prepared anew.
    QCOMPARE(connection.preparedCount(), 3);
    // A SELECT left half read would lock its table: it could not be dropped.
    QVERIFY2(connection.run(u"DROP TABLE notes"_s), qPrintable(connection.lastError().text()));
}

void TestStoreConnection::aFailedRunLeavesTheStatementUsable()
{
    StoreConnection connection(m_cache->database());
    QVERIFY(connection.run(insertSql, note(1, u"one"_s)));
    // The same id again: the primary key refuses it.
    QVERIFY(!connection.run(insertSql, note(1, u"again"_s)));
    QVERIFY(connection.lastError().isValid());
    QVERIFY2(connection.run(insertSql, note(2, u"two"_s)),
             qPrintable(connection.lastError().text()));
    QVERIFY(!connection.lastError().isValid());
    QCOMPARE(connection.preparedCount(), 1);
    QCOMPARE(m_cache->rowCount(u"notes"_s), 2);
}

QTEST_GUILESS_MAIN(TestStoreConnection)
#include "tst_storeconnection.moc"
