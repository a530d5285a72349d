// CaptchaStore and CaptchaVerifier: hashed, single-use, expiring captcha answers.
#include "AuthTestContext.h"
#include "auth/CaptchaStore.h"
#include "auth/CaptchaVerifier.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCaptchaStore : public QObject
{
    Q_OBJECT

private:
    static int rows(AuthTestContext& test)
    {
        QSqlQuery query(test.database().database());
        query.exec(u"SELECT COUNT(*) FROM captchas"_s);
        return query.next() ? query.value(0).toInt() : -1;
    }

private slots:
    void rightAnswerOnceCaseInsensitive()
    {
        AuthTestContext test;
        QVERIFY(CaptchaStore::ensureSchema(test.database()));
        CaptchaStore store(test.context());
        const QString id = store.create(u"K7P2X"_s).value();
        QCOMPARE(id.size(), 22);
        QVERIFY(CaptchaVerifier(test.context()).consume(id, u" k7p2x"_s));
        // Used up.
        QVERIFY(!CaptchaVerifier(test.context()).consume(id, u"K7P2X"_s));
        QCOMPARE(rows(test), 0);
    }

    void wrongAnswerUsesItUp()
    {
        AuthTestContext test;
        QVERIFY(CaptchaStore::ensureSchema(test.database()));
        CaptchaStore store(test.context());
        const QString id = store.create(u"K7P2X"_s).value();
        QVERIFY(!store.consume(id, u"K7P2Y"_s));
        QVERIFY(!store.consume(id, u"K7P2X"_s));
        QVERIFY(!store.consume(u"unknown"_s, u"K7P2X"_s));
        QVERIFY(!store.consume(QString(), QString()));
        QVERIFY(!store.consume(QString(100, u'a'), u"K7P2X"_s));
    }

    void expires()
    {
        AuthTestContext test;
        QVERIFY(CaptchaStore::ensureSchema(test.database()));
        CaptchaStore store(test.context());
        const QString early = store.create(u"AAAAA"_s).value();
        const QString late = store.create(u"AAAAA"_s).value();
        test.clock().advance(CaptchaStore::lifetimeSeconds - 1);
        QVERIFY(store.consume(early, u"AAAAA"_s));
        test.clock().advance(1);
        QVERIFY(!store.consume(late, u"AAAAA"_s));
    }

    void answersAreStoredHashed()
    {
        AuthTestContext test;
        QVERIFY(CaptchaStore::ensureSchema(test.database()));
        const QString id = CaptchaStore(test.context()).create(u"K7P2X"_s).value();
        QSqlQuery query(test.database().database());
        QVERIFY(query.exec(u"SELECT * FROM captchas"_s) && query.next());
        for (int i = 0; i < 4; ++i) {
            QVERIFY(!query.value(i).toString().contains(u"K7P2X"_s, Qt::CaseInsensitive));
            QVERIFY(!query.value(i).toByteArray().contains("K7P2X"));
        }
        QCOMPARE(query.value(1).toByteArray(), CaptchaStore::answerHash(id, u"k7p2x"_s));
        // The same answer hashes differently for another challenge.
        QVERIFY(CaptchaStore::answerHash(id, u"K7P2X"_s)
                != CaptchaStore::answerHash(id + u'x', u"K7P2X"_s));
    }

    void staleChallengesAreRemoved()
    {
        AuthTestContext test;
        QVERIFY(CaptchaStore::ensureSchema(test.database()));
        CaptchaStore store(test.context());
        for (int i = 0; i < 5; ++i)
            store.create(u"AAAAA"_s);
        QCOMPARE(rows(test), 5);
        test.clock().advance(CaptchaStore::lifetimeSeconds);
        store.create(u"AAAAA"_s);
        QCOMPARE(rows(test), 1);
    }
};

QTEST_GUILESS_MAIN(TestCaptchaStore)
#include "tst_captchastore.moc"
