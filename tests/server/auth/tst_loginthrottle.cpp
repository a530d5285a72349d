// LoginThrottle and FailureWindow: captcha after 3 failed logins, 429 after 10 failures from one
// address in 15 minutes.
#include "auth/FailureWindow.h"
#include "auth/LoginThrottle.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestLoginThrottle : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 t0 = 1411640100; // 2014-09-25T10:15:00Z

private slots:
    void windowCountsAndForgets()
    {
        FailureWindow window(100);
        QCOMPARE(window.count(u"k"_s, t0), 0);
        window.record(u"k"_s, t0);
        window.record(u"k"_s, t0 + 10);
        window.record(u"other"_s, t0 + 10);
        QCOMPARE(window.count(u"k"_s, t0 + 10), 2);
        QCOMPARE(window.count(u"k"_s, t0 + 99), 2);
        QCOMPARE(window.count(u"k"_s, t0 + 100), 1);
        QCOMPARE(window.count(u"k"_s, t0 + 110), 0);
        QCOMPARE(window.count(u"other"_s, t0 + 109), 1);
        window.clear(u"other"_s);
        QCOMPARE(window.count(u"other"_s, t0 + 109), 0);
        QCOMPARE(window.keyCount(), 0);
    }

    void secondsUntilBelowTheLimit()
    {
        FailureWindow window(900);
        for (int i = 0; i < 10; ++i)
            window.record(u"a"_s, t0 + i * 10);
        QCOMPARE(window.secondsUntilBelow(u"a"_s, 11, t0 + 100), 0);
        // The first of the ten leaves at t0 + 900.
        QCOMPARE(window.secondsUntilBelow(u"a"_s, 10, t0 + 100), 800);
        // Below 9 once the second one leaves too.
        QCOMPARE(window.secondsUntilBelow(u"a"_s, 9, t0 + 100), 810);
        QCOMPARE(window.secondsUntilBelow(u"a"_s, 10, t0 + 900), 0);
    }

    void memoryIsBounded()
    {
        FailureWindow window(900, 100);
        for (int i = 0; i < 1000; ++i)
            window.record(QString::number(i), t0);
        QVERIFY(window.keyCount() <= 100);
        for (int i = 0; i < 200; ++i)
            window.record(u"one"_s, t0);
        QCOMPARE(window.count(u"one"_s, t0), int(FailureWindow::maxPerKey));
    }

    void captchaAfterThreeFailuresForOneLogin()
    {
        LoginThrottle throttle;
        const QHostAddress a(u"192.0.2.1"_s);
        const QHostAddress b(u"192.0.2.2"_s);
        for (int i = 0; i < LoginThrottle::captchaAfterFailures; ++i) {
            QVERIFY(!throttle.captchaRequired(u"Иванов"_s, t0));
            throttle.recordFailure(u"Иванов"_s, i % 2 ? a : b, t0);
        }
        // Whatever the case or address.
        QVERIFY(throttle.captchaRequired(u"иВАНОВ"_s, t0 + 60));
        QVERIFY(!throttle.captchaRequired(u"Petrov"_s, t0 + 60));
        QVERIFY(throttle.captchaRequired(u"Иванов"_s, t0 + LoginThrottle::loginWindowSeconds - 1));
        QVERIFY(!throttle.captchaRequired(u"Иванов"_s, t0 + LoginThrottle::loginWindowSeconds));
        for (int i = 0; i < 3; ++i)
            throttle.recordFailure(u"Иванов"_s, a, t0);
        throttle.recordSuccess(u"ИВАНОВ"_s);
        QVERIFY(!throttle.captchaRequired(u"Иванов"_s, t0));
    }

    void addressLimitAndRetryAfter()
    {
        LoginThrottle throttle;
        const QHostAddress address(u"192.0.2.1"_s);
        for (int i = 0; i < LoginThrottle::addressLimit; ++i) {
            QCOMPARE(throttle.addressRetryAfter(address, t0 + i), 0);
            throttle.recordFailure(u"login%1"_s.arg(i), address, t0 + i);
        }
        QCOMPARE(throttle.addressRetryAfter(address, t0 + 10),
                 LoginThrottle::addressWindowSeconds - 10);
        QCOMPARE(throttle.addressRetryAfter(QHostAddress(u"192.0.2.9"_s), t0 + 10), 0);
        QCOMPARE(throttle.addressRetryAfter(address, t0 + LoginThrottle::addressWindowSeconds), 0);
        // A wrong captcha counts for the address but for no login.
        throttle.recordFailure(QString(), address, t0);
        QVERIFY(!throttle.captchaRequired(QString(), t0));
    }

    void addressKeys()
    {
        QCOMPARE(LoginThrottle::addressKey(QHostAddress(u"192.0.2.1"_s)), u"192.0.2.1"_s);
        QCOMPARE(LoginThrottle::addressKey(QHostAddress(u"::ffff:192.0.2.1"_s)), u"192.0.2.1"_s);
        // One /64 is one address.
        QCOMPARE(LoginThrottle::addressKey(QHostAddress(u"2001:db8:1:2:aaaa::1"_s)),
                 LoginThrottle::addressKey(QHostAddress(u"2001:db8:1:2:bbbb::2"_s)));
        QVERIFY(LoginThrottle::addressKey(QHostAddress(u"2001:db8:1:2::1"_s))
                != LoginThrottle::addressKey(QHostAddress(u"2001:db8:1:3::1"_s)));
    }

    void hugeLoginsMakeSmallKeys()
    {
        LoginThrottle throttle;
        const QString huge(60000, u'x');
        for (int i = 0; i < 3; ++i)
            throttle.recordFailure(huge, QHostAddress(u"192.0.2.1"_s), t0);
        QVERIFY(throttle.captchaRequired(huge, t0));
    }
};

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "tst_loginthrottle.moc"
