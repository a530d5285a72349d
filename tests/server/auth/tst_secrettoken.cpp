// SecretToken: "<selector>.<verifier>" bearer secrets whose verifier is stored as SHA-256 only.
#include "auth/SecretToken.h"

#include <QCryptographicHash>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestSecretToken : public QObject
{
    Q_OBJECT

private slots:
    void generatedTokensParseBack()
    {
        const SecretToken token = SecretToken::generate();
        const QString text = token.text();
        QCOMPARE(text.size(), 16 + 1 + 43);
        QCOMPARE(text.at(16), u'.');
        QVERIFY(text.startsWith(token.selector()));
        const std::optional<SecretToken> parsed = SecretToken::parse(text);
        QVERIFY(parsed);
        QCOMPARE(parsed->selector(), token.selector());
        QCOMPARE(parsed->verifierHash(), token.verifierHash());
        QCOMPARE(parsed->text(), text);
        QVERIFY(parsed->matches(token.verifierHash()));
    }

    void hashIsSha256OfTheVerifier()
    {
        const SecretToken token = SecretToken::generate();
        const QByteArray verifier =
            QByteArray::fromBase64(token.text().mid(17).toLatin1(),
                                   QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QCOMPARE(verifier.size(), 32);
        QCOMPARE(token.verifierHash(),
                 QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
        // The stored hash does not contain the token's text.
        QVERIFY(!token.verifierHash().contains(verifier));
    }

    void tokensAreUnique()
    {
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i)
            seen.insert(SecretToken::generate().text());
        QCOMPARE(seen.size(), 200);
    }

    void anotherTokensHashDoesNotMatch()
    {
        const SecretToken a = SecretToken::generate();
        const SecretToken b = SecretToken::generate();
        QVERIFY(!a.matches(b.verifierHash()));
        QVERIFY(!a.matches(QByteArray()));
        QVERIFY(!a.matches(a.verifierHash().left(31)));
    }

    void malformedTextIsRefused_data()
    {
        QTest::addColumn<QString>("text");
        const QString good = SecretToken::generate().text();
        QTest::newRow("empty") << QString();
        QTest::newRow("no dot") << QString(good).replace(16, 1, u"x"_s);
        QTest::newRow("short") << good.left(good.size() - 1);
        QTest::newRow("long") << good + u'A';
        QTest::newRow("padding") << good.left(good.size() - 1) + u'=';
        QTest::newRow("plus") << QString(good).replace(20, 1, u"+"_s);
        QTest::newRow("space") << QString(good).replace(3, 1, u" "_s);
        QTest::newRow("cyrillic") << QString(good).replace(3, 1, u"Ж"_s);
        QTest::newRow("two dots") << QString(good).replace(30, 1, u"."_s);
    }

    void malformedTextIsRefused()
    {
        QFETCH(QString, text);
        QVERIFY(!SecretToken::parse(text));
    }

    void constantTimeEquals()
    {
        QVERIFY(SecretToken::constantTimeEquals("abc", "abc"));
        QVERIFY(!SecretToken::constantTimeEquals("abc", "abd"));
        QVERIFY(!SecretToken::constantTimeEquals("abc", "ab"));
        QVERIFY(SecretToken::constantTimeEquals(QByteArray(), QByteArray()));
    }
};

QTEST_GUILESS_MAIN(TestSecretToken)
#include "tst_secrettoken.moc"
