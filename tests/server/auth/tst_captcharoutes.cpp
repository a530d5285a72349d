// POST /api/v1/captchas against the real server, and how registration checks the answers:
// single use, case-insensitive, expiring; --test-captcha-answer fixes the answer (with a warning).
#include "AuthFlows.h"

#include <QImage>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

class TestCaptchaRoutes : public QObject
{
    Q_OBJECT

private:
    PortalProcess m_portal;
    QDateTime m_now = QDateTime(QDate(2014, 9, 25), QTime(10, 15), QTimeZone::utc());
    int m_users = 0;

    // A valid registration of a new user with this captcha.
    QJsonObject registration(const QString& captchaId, const QString& answer)
    {
        const QString login = u"user%1"_s.arg(++m_users);
        return {{u"login"_s, login},
                {u"email"_s, QString(login + u"@example.ru"_s)},
                {u"password"_s, u"Secret_12"_s},
                {u"passwordConfirmation"_s, u"Secret_12"_s},
                {u"captchaId"_s, captchaId},
                {u"captchaAnswer"_s, answer},
                {u"agreementAccepted"_s, true}};
    }

    PortalReply registerWith(const QString& captchaId, const QString& answer)
    {
        return m_portal.post(u"/api/v1/registrations"_s, registration(captchaId, answer));
    }

    static void verifyWrongCaptcha(const PortalReply& reply)
    {
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorCode(), u"wrong_captcha"_s);
        QCOMPARE(reply.errorField(), u"captchaAnswer"_s);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_portal.setClock(m_now));
        QVERIFY2(m_portal.start(AuthFlows::serverArguments()), qPrintable(m_portal.errorString()));
    }

    void warnsAboutTheTestAnswer()
    {
        QVERIFY(m_portal.waitForStandardError("--test-captcha-answer is set"));
        QVERIFY(m_portal.standardError().contains("warning"));
    }

    void createsAChallengeWithAPicture()
    {
        const PortalReply reply = m_portal.post(u"/api/v1/captchas"_s);
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
        QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
        const QString id = reply.json.value(u"id"_s).toString();
        QVERIFY(id.size() >= 16);
        QCOMPARE(reply.json.value(u"expiresIn"_s).toInteger(), 300);
        QImage image;
        QVERIFY(image.loadFromData(
            QByteArray::fromBase64(reply.json.value(u"imagePng"_s).toString().toLatin1()), "PNG"));
        QCOMPARE(image.size(), QSize(200, 70));
        QVERIFY(AuthFlows(m_portal).captcha() != id);
    }

    void rightAnswerWorksOnceWhateverTheCase()
    {
        const QString id = AuthFlows(m_portal).captcha();
        QCOMPARE(registerWith(id, AuthFlows::captchaAnswer().toLower()).status, 201);
        verifyWrongCaptcha(registerWith(id, AuthFlows::captchaAnswer()));
    }

    void wrongAnswerUsesTheChallengeUp()
    {
        const QString id = AuthFlows(m_portal).captcha();
        verifyWrongCaptcha(registerWith(id, u"AAAAA"_s));
        verifyWrongCaptcha(registerWith(id, AuthFlows::captchaAnswer()));
    }

    void unknownChallenge()
    {
        verifyWrongCaptcha(registerWith(u"no-such-captcha"_s, AuthFlows::captchaAnswer()));
        verifyWrongCaptcha(registerWith(QString(), AuthFlows::captchaAnswer()));
    }

    void challengesExpire()
    {
        AuthFlows flows(m_portal);
        const QString fresh = flows.captcha();
        const QString stale = flows.captcha();
        m_now = m_now.addSecs(299);
        QVERIFY(m_portal.setClock(m_now));
        QCOMPARE(registerWith(fresh, AuthFlows::captchaAnswer()).status, 201);
        m_now = m_now.addSecs(1);
        QVERIFY(m_portal.setClock(m_now));
        verifyWrongCaptcha(registerWith(stale, AuthFlows::captchaAnswer()));
    }

    void answersAreRandomWithoutTheOption()
    {
        PortalProcess plain;
        QVERIFY2(plain.start(), qPrintable(plain.errorString()));
        AuthFlows flows(plain);
        const QString first = flows.captcha();
        QVERIFY(!first.isEmpty());
        const PortalReply reply =
            plain.post(u"/api/v1/registrations"_s, registration(first, AuthFlows::captchaAnswer()));
        verifyWrongCaptcha(reply);
        QVERIFY(plain.waitForStandardError("POST /api/v1/registrations 422"));
        QVERIFY(!plain.standardError().contains("test-captcha-answer"));
    }

    void logHoldsNoAnswers()
    {
        QVERIFY(m_portal.waitForStandardError("POST /api/v1/registrations"));
        const QByteArray log = m_portal.standardError();
        QVERIFY(!log.contains(AuthFlows::captchaAnswer().toLatin1()));
        QVERIFY(!log.contains(AuthFlows::captchaAnswer().toLower().toLatin1()));
    }
};

QTEST_GUILESS_MAIN(TestCaptchaRoutes)
#include "tst_captcharoutes.moc"
