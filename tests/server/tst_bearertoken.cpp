#include "http/BearerToken.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestBearerToken : public QObject
{
    Q_OBJECT

private slots:
    void headers_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("found");
        QTest::newRow("plain") << QByteArray("Bearer abc123") << u"abc123"_s << true;
        QTest::newRow("scheme case") << QByteArray("bearer abc") << u"abc"_s << true;
        QTest::newRow("upper") << QByteArray("BEARER abc") << u"abc"_s << true;
        QTest::newRow("spaces") << QByteArray("  Bearer   abc  ") << u"abc"_s << true;
        QTest::newRow("base64url") << QByteArray("Bearer aB-_.~+/9==") << u"aB-_.~+/9=="_s << true;
        QTest::newRow("empty") << QByteArray() << QString() << false;
        QTest::newRow("scheme only") << QByteArray("Bearer") << QString() << false;
        QTest::newRow("scheme and space") << QByteArray("Bearer ") << QString() << false;
        QTest::newRow("basic") << QByteArray("Basic dXNlcjpwYXNz") << QString() << false;
        QTest::newRow("glued") << QByteArray("Bearerabc") << QString() << false;
        QTest::newRow("two tokens") << QByteArray("Bearer abc def") << QString() << false;
        QTest::newRow("bad character") << QByteArray("Bearer abc\"def") << QString() << false;
        QTest::newRow("padding inside") << QByteArray("Bearer ab=c") << QString() << false;
        QTest::newRow("only padding") << QByteArray("Bearer ==") << QString() << false;
        QTest::newRow("non-ascii") << QByteArray("Bearer ab\xc3\xa9") << QString() << false;
    }

    void headers()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, token);
        QFETCH(bool, found);
        const std::optional<QString> result = BearerToken::fromHeaderValue(header);
        QCOMPARE(result.has_value(), found);
        if (found)
            QCOMPARE(*result, token);
    }

    void overlongIsRefused()
    {
        const QByteArray atLimit(BearerToken::maxLength, 'a');
        QVERIFY(BearerToken::fromHeaderValue("Bearer " + atLimit).has_value());
        QVERIFY(!BearerToken::fromHeaderValue("Bearer " + atLimit + "a").has_value());
    }
};

QTEST_GUILESS_MAIN(TestBearerToken)
#include "tst_bearertoken.moc"
