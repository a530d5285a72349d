#include "idempotency/IdempotencyKey.h"

#include <QTest>

class TestIdempotencyKey : public QObject
{
    Q_OBJECT

private slots:
    void validity_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<bool>("valid");
        QTest::newRow("uuid") << QByteArray("6f1c2b5e-9a0d-4c1e-8f3a-2b7d9e0c4a11") << true;
        QTest::newRow("one character") << QByteArray("a") << true;
        QTest::newRow("underscore and digits") << QByteArray("key_2014_09") << true;
        QTest::newRow("64 characters") << QByteArray(64, 'Z') << true;
        QTest::newRow("65 characters") << QByteArray(65, 'Z') << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("space") << QByteArray("a b") << false;
        QTest::newRow("braces") << QByteArray("{6f1c2b5e}") << false;
        QTest::newRow("dot") << QByteArray("a.b") << false;
        QTest::newRow("non-ASCII") << QByteArray("ключ") << false;
        QTest::newRow("NUL") << QByteArray("a\0b", 3) << false;
    }

    void validity()
    {
        QFETCH(QByteArray, key);
        QFETCH(bool, valid);
        QCOMPARE(IdempotencyKey::isValid(key), valid);
    }
};

QTEST_GUILESS_MAIN(TestIdempotencyKey)
#include "tst_idempotencykey.moc"
