// PasswordHasher: Argon2id through libargon2, in the PHC string form.
#include "auth/PasswordHasher.h"

#include <QElapsedTimer>
#include <QTest>

#include <limits>

using namespace Qt::Literals::StringLiterals;

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private slots:
    void encodedFormRecordsTheParameters()
    {
        const std::optional<QString> hash = PasswordHasher::hash(u"Secret_12"_s);
        QVERIFY(hash);
        QVERIFY2(hash->startsWith(u"$argon2id$v=19$m=19456,t=2,p=1$"_s), qPrintable(*hash));
        QVERIFY(PasswordHasher::memoryKiB >= 19 * 1024);
        const QStringList parts = hash->split(u'$');
        QCOMPARE(parts.size(), 6);
        // 16 bytes of salt and 32 of hash, unpadded base64.
        QCOMPARE(parts.at(4).size(), 22);
        QCOMPARE(parts.at(5).size(), 43);
        QVERIFY(!hash->contains(u"Secret_12"_s));
    }

    void verifiesOnlyTheRightPassword()
    {
        const QString hash = PasswordHasher::hash(u"Secret_12"_s).value();
        QVERIFY(PasswordHasher::verify(u"Secret_12"_s, hash));
        QVERIFY(!PasswordHasher::verify(u"secret_12"_s, hash));
        QVERIFY(!PasswordHasher::verify(u"Secret_1"_s, hash));
        QVERIFY(!PasswordHasher::verify(QString(), hash));
    }

    void saltsDiffer()
    {
        const QString a = PasswordHasher::hash(u"same-password"_s).value();
        const QString b = PasswordHasher::hash(u"same-password"_s).value();
        QVERIFY(a != b);
        QVERIFY(PasswordHasher::verify(u"same-password"_s, a));
        QVERIFY(PasswordHasher::verify(u"same-password"_s, b));
    }

    void nonAsciiPasswordsAreHashedAsUtf8()
    {
        const QString hash = PasswordHasher::hash(u"пароль"_s).value();
        QVERIFY(PasswordHasher::verify(u"пароль"_s, hash));
        QVERIFY(!PasswordHasher::verify(u"ПАРОЛЬ"_s, hash));
    }

    void otherFormsAreRefused()
    {
        const QString hash = PasswordHasher::hash(u"Secret_12"_s).value();
        QString argon2i = hash;
        argon2i.replace(u"$argon2id$"_s, u"$argon2i$"_s);
        QVERIFY(!PasswordHasher::verify(u"Secret_12"_s, argon2i));
        QVERIFY(!PasswordHasher::verify(u"Secret_12"_s, QString()));
        QVERIFY(!PasswordHasher::verify(u"Secret_12"_s, u"$argon2id$garbage"_s));
        QVERIFY(!PasswordHasher::verify(u"Secret_12"_s, u"Secret_12"_s));
        QString tampered = hash;
        tampered[tampered.size() - 2] = tampered.at(tampered.size() - 2) == u'A' ? u'B' : u'A';
        QVERIFY(!PasswordHasher::verify(u"Secret_12"_s, tampered));
    }

    void verifyNothingTakesAboutAsLongAsVerify()
    {
        const QString hash = PasswordHasher::hash(u"Secret_12"_s).value();
        PasswordHasher::verifyNothing(u"warm-up"_s);
        // The fastest of a few runs each, so that a busy machine does not decide.
        qint64 real = std::numeric_limits<qint64>::max();
        qint64 decoy = real;
        QElapsedTimer timer;
        for (int i = 0; i < 3; ++i) {
            timer.start();
            PasswordHasher::verify(u"wrong"_s, hash);
            real = qMin(real, timer.nsecsElapsed());
            timer.start();
            PasswordHasher::verifyNothing(u"wrong"_s);
            decoy = qMin(decoy, timer.nsecsElapsed());
        }
        QVERIFY2(decoy * 3 > real && decoy < real * 3,
                 qPrintable(u"verify %1 ns, verifyNothing %2 ns"_s.arg(real).arg(decoy)));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
