#include "storage/ChangeSequence.h"
#include "storage/PortalDatabase.h"
#include "storage/SqlTransaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestChangeSequence : public QObject
{
    Q_OBJECT

private slots:
    void startsAtZeroAndIncreases()
    {
        QTemporaryDir dir;
        PortalDatabase db;
        QVERIFY(db.open(dir.filePath(u"portal.db"_s)));
        QVERIFY(ChangeSequence::ensureSchema(db));
        QCOMPARE(ChangeSequence::current(db), std::optional<qint64>(0));
        QCOMPARE(ChangeSequence::next(db), std::optional<qint64>(1));
        QCOMPARE(ChangeSequence::next(db), std::optional<qint64>(2));
        QCOMPARE(ChangeSequence::current(db), std::optional<qint64>(2));
    }

    void survivesReopening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"portal.db"_s);
        {
            PortalDatabase db;
            QVERIFY(db.open(path));
            QVERIFY(ChangeSequence::ensureSchema(db));
            QVERIFY(ChangeSequence::next(db));
            QVERIFY(ChangeSequence::next(db));
        }
        PortalDatabase db;
        QVERIFY(db.open(path));
        QVERIFY(ChangeSequence::ensureSchema(db)); // a second call must not reset the counter
        QCOMPARE(ChangeSequence::next(db), std::optional<qint64>(3));
    }

    void rolledBackStampIsGivenBack()
    {
        QTemporaryDir dir;
        PortalDatabase db;
        QVERIFY(db.open(dir.filePath(u"portal.db"_s)));
        QVERIFY(ChangeSequence::ensureSchema(db));
        {
            SqlTransaction transaction(db);
            QVERIFY(transaction.isActive());
            QCOMPARE(ChangeSequence::next(db), std::optional<qint64>(1));
        }
        QCOMPARE(ChangeSequence::current(db), std::optional<qint64>(0));
    }

    void failsWithoutSchema()
    {
        QTemporaryDir dir;
        PortalDatabase db;
        QVERIFY(db.open(dir.filePath(u"portal.db"_s)));
        QVERIFY(!ChangeSequence::next(db));
        QVERIFY(!ChangeSequence::current(db));
    }
};

QTEST_GUILESS_MAIN(TestChangeSequence)
#include "tst_changesequence.moc"
