#include "storage/PortalDatabase.h"
#include "storage/SqlTransaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestSqlTransaction : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PortalDatabase m_db;

    int count()
    {
        QSqlQuery query(m_db.database());
        return query.exec(u"SELECT count(*) FROM t"_s) && query.next() ? query.value(0).toInt()
                                                                       : -1;
    }

    bool insert()
    {
        QSqlQuery query(m_db.database());
        return query.exec(u"INSERT INTO t DEFAULT VALUES"_s);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_db.open(m_dir.filePath(u"portal.db"_s)));
        QVERIFY(m_db.ensureSchema(u"t"_s, {{u"CREATE TABLE t (id INTEGER PRIMARY KEY)"_s}}));
    }

    void committed()
    {
        const int before = count();
        SqlTransaction transaction(m_db);
        QVERIFY(transaction.isActive());
        QVERIFY(insert());
        QVERIFY(transaction.commit());
        QVERIFY(!transaction.isActive());
        QCOMPARE(count(), before + 1);
        QVERIFY(!transaction.commit());
    }

    void rolledBackWhenLeftUncommitted()
    {
        const int before = count();
        {
            SqlTransaction transaction(m_db);
            QVERIFY(insert());
            QVERIFY(insert());
        }
        QCOMPARE(count(), before);
    }

    void explicitRollback()
    {
        const int before = count();
        SqlTransaction transaction(m_db);
        QVERIFY(insert());
        transaction.rollback();
        QVERIFY(!transaction.isActive());
        QCOMPARE(count(), before);
        // A new transaction can begin afterwards.
        SqlTransaction next(m_db);
        QVERIFY(next.isActive());
    }

    void nestedCommitIsKeptWithTheOuterCommit()
    {
        const int before = count();
        SqlTransaction outer(m_db);
        QVERIFY(outer.isActive());
        QVERIFY(!outer.isNested());
        QVERIFY(insert());
        {
            SqlTransaction inner(m_db);
            QVERIFY(inner.isActive());
            QVERIFY(inner.isNested());
            QVERIFY(insert());
            QVERIFY(inner.commit());
            QVERIFY(!inner.isActive());
        }
        QCOMPARE(count(), before + 2);
        QVERIFY(outer.commit());
        QCOMPARE(count(), before + 2);
    }

    void outerRollbackUndoesCommittedInner()
    {
        const int before = count();
        {
            SqlTransaction outer(m_db);
            QVERIFY(insert());
            SqlTransaction inner(m_db);
            QVERIFY(inner.isNested());
            QVERIFY(insert());
            QVERIFY(inner.commit());
        }
        QCOMPARE(count(), before);
    }

    void innerRollbackKeepsTheOuterChanges()
    {
        const int before = count();
        SqlTransaction outer(m_db);
        QVERIFY(insert());
        {
            SqlTransaction inner(m_db);
            QVERIFY(insert());
            QVERIFY(insert());
            // Left uncommitted: rolls back to the savepoint only.
        }
        QCOMPARE(count(), before + 1);
        {
            SqlTransaction inner(m_db);
            QVERIFY(insert());
            inner.rollback();
            QVERIFY(!inner.isActive());
            QVERIFY(!inner.commit());
        }
        QCOMPARE(count(), before + 1);
        QVERIFY(outer.isActive());
        QVERIFY(outer.commit());
        QCOMPARE(count(), before + 1);
    }

    void threeLevelsUnwind()
    {
        const int before = count();
        SqlTransaction first(m_db);
        {
            SqlTransaction second(m_db);
            QVERIFY(insert());
            {
                SqlTransaction third(m_db);
                QVERIFY(third.isActive());
                QVERIFY(insert());
                QVERIFY(third.commit());
            }
            {
                SqlTransaction third(m_db);
                QVERIFY(insert());
            }
            QVERIFY(second.commit());
        }
        QVERIFY(first.commit());
        QCOMPARE(count(), before + 2);
        // Everything ended: the next one is an outer transaction again.
        SqlTransaction next(m_db);
        QVERIFY(next.isActive());
        QVERIFY(!next.isNested());
    }
};

QTEST_GUILESS_MAIN(TestSqlTransaction)
#include "tst_sqltransaction.moc"
