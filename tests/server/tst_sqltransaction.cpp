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
};

QTEST_GUILESS_MAIN(TestSqlTransaction)
#include "tst_sqltransaction.moc"
