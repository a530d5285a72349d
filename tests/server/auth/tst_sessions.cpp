// POST /api/v1/sessions, /sessions/refresh and DELETE /sessions/current against the real server:
// tokens, rotation and reuse, expiry, captcha after failed logins, rate limits per address.
#include "AuthFlows.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

class TestSessions : public QObject
{
    Q_OBJECT

private:
    PortalProcess m_portal;
    QDateTime m_now = QDateTime(QDate(2014, 9, 25), QTime(10, 15), QTimeZone::utc());
    QStringList m_secrets;
    int m_users = 0;

    AuthFlows flows() { return AuthFlows(m_portal); }

    void advance(qint64 seconds)
    {
        m_now = m_now.addSecs(seconds);
        QVERIFY(m_portal.setClock(m_now));
    }

    // A new active user; its login.
    QString newUser(const QString& password = u"Secret_12"_s)
    {
        const QString login = u"user%1"_s.arg(++m_users);
        if (!flows().registerAndActivate(login, login + u"@example.ru"_s, password))
            return {};
        return login;
    }

    PortalReply logIn(const QString& login, const QString& password)
    {
        const PortalReply reply = flows().logIn(login, password);
        m_secrets << password << flows().accessTokenOf(reply) << flows().refreshTokenOf(reply);
        return reply;
    }

    PortalReply refresh(const QString& refreshToken)
    {
        const PortalReply reply =
            m_portal.post(u"/api/v1/sessions/refresh"_s, {{u"refreshToken"_s, refreshToken}});
        m_secrets << flows().accessTokenOf(reply) << flows().refreshTokenOf(reply);
        return reply;
    }

    int profileStatus(const QString& accessToken)
    {
        return m_portal.get(u"/api/v1/profile"_s, PortalClient::bearer(accessToken)).status;
    }

    static void verifyError(const PortalReply& reply, int status, const QString& code)
    {
        QVERIFY2(reply.status == status, reply.body.constData());
        QCOMPARE(reply.errorCode(), code);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_portal.setClock(m_now));
        QVERIFY2(m_portal.start(AuthFlows::serverArguments()), qPrintable(m_portal.errorString()));
    }

    // Each test starts with the address limit's window behind it.
    void init() { advance(15 * 60); }

    void logInGivesATokenPair()
    {
        const QString login = newUser();
        QVERIFY(!login.isEmpty());
        const PortalReply reply = logIn(login.toUpper(), u"Secret_12"_s);
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
        QCOMPARE(reply.json.value(u"accessExpiresIn"_s).toInteger(), 900);
        QCOMPARE(reply.json.value(u"refreshExpiresIn"_s).toInteger(), 2592000);
        const QString access = flows().accessTokenOf(reply);
        const QString refreshToken = flows().refreshTokenOf(reply);
        QVERIFY(access.size() >= 43);
        QVERIFY(refreshToken.size() >= 43 && refreshToken != access);
        QCOMPARE(profileStatus(access), 200);
        // A refresh token opens nothing.
        QCOMPARE(profileStatus(refreshToken), 401);
        // Each login is a session of its own.
        QVERIFY(flows().accessTokenOf(logIn(login, u"Secret_12"_s)) != access);
    }

    void wrongCredentials()
    {
        const QString login = newUser();
        verifyError(logIn(login, u"Wrong_12"_s), 401, u"invalid_credentials"_s);
        verifyError(logIn(u"nobody"_s, u"Secret_12"_s), 401, u"invalid_credentials"_s);
        // The e-mail is no login.
        verifyError(logIn(login + u"@example.ru"_s, u"Secret_12"_s), 401, u"invalid_credentials"_s);
        verifyError(m_portal.post(u"/api/v1/sessions"_s, {{u"login"_s, login}}), 422, u"invalid"_s);
        verifyError(
            m_portal.post(u"/api/v1/sessions"_s, {{u"login"_s, login}, {u"password"_s, 12}}), 400,
            u"malformed"_s);
        verifyError(m_portal.send("POST", u"/api/v1/sessions"_s, QByteArray("login=x")), 400,
                    u"malformed"_s);
    }

    void inactiveAccount()
    {
        QCOMPARE(flows().registerUser(u"Sleepy"_s, u"sleepy@example.ru"_s, u"Secret_12"_s).status,
                 201);
        verifyError(logIn(u"Sleepy"_s, u"Secret_12"_s), 403, u"account_inactive"_s);
        // Only whoever knows the password learns that.
        verifyError(logIn(u"Sleepy"_s, u"Wrong_12"_s), 401, u"invalid_credentials"_s);
    }

    void captchaAfterThreeFailures()
    {
        const QString login = newUser();
        for (int i = 0; i < 3; ++i)
            verifyError(logIn(login, u"Wrong_12"_s), 401, u"invalid_credentials"_s);
        // Now even the right password needs a captcha.
        const PortalReply required = logIn(login, u"Secret_12"_s);
        verifyError(required, 422, u"captcha_required"_s);
        QCOMPARE(required.errorField(), u"captchaAnswer"_s);

        const QJsonObject withWrongCaptcha {{u"login"_s, login},
                                            {u"password"_s, u"Secret_12"_s},
                                            {u"captchaId"_s, flows().captcha()},
                                            {u"captchaAnswer"_s, u"AAAAA"_s}};
        verifyError(m_portal.post(u"/api/v1/sessions"_s, withWrongCaptcha), 422,
                    u"wrong_captcha"_s);

        // Another login of the same address is not affected.
        const QString other = newUser();
        QCOMPARE(logIn(other, u"Secret_12"_s).status, 201);

        const QJsonObject withCaptcha {{u"login"_s, login},
                                       {u"password"_s, u"Secret_12"_s},
                                       {u"captchaId"_s, flows().captcha()},
                                       {u"captchaAnswer"_s, AuthFlows::captchaAnswer()}};
        const PortalReply reply = m_portal.post(u"/api/v1/sessions"_s, withCaptcha);
        QCOMPARE(reply.status, 201);
        m_secrets << flows().accessTokenOf(reply) << flows().refreshTokenOf(reply);
        // A success clears the count.
        QCOMPARE(logIn(login, u"Secret_12"_s).status, 201);
    }

    void refreshRotates()
    {
        const QString login = newUser();
        const PortalReply first = logIn(login, u"Secret_12"_s);
        const PortalReply second = refresh(flows().refreshTokenOf(first));
        QCOMPARE(second.status, 201);
        QCOMPARE(second.json.value(u"accessExpiresIn"_s).toInteger(), 900);
        QVERIFY(flows().refreshTokenOf(second) != flows().refreshTokenOf(first));
        QVERIFY(flows().accessTokenOf(second) != flows().accessTokenOf(first));
        QCOMPARE(profileStatus(flows().accessTokenOf(second)), 200);
        const PortalReply third = refresh(flows().refreshTokenOf(second));
        QCOMPARE(third.status, 201);
        QCOMPARE(profileStatus(flows().accessTokenOf(third)), 200);
    }

    void reusedRefreshTokenRevokesTheSession()
    {
        const QString login = newUser();
        const PortalReply first = logIn(login, u"Secret_12"_s);
        const PortalReply other = logIn(login, u"Secret_12"_s);
        const PortalReply second = refresh(flows().refreshTokenOf(first));
        QCOMPARE(second.status, 201);

        // The used token again: someone kept a copy.
        const PortalReply reuse = refresh(flows().refreshTokenOf(first));
        verifyError(reuse, 401, u"invalid_token"_s);
        QCOMPARE(reuse.errorField(), u"refreshToken"_s);
        QCOMPARE(profileStatus(flows().accessTokenOf(second)), 401);
        QCOMPARE(profileStatus(flows().accessTokenOf(first)), 401);
        verifyError(refresh(flows().refreshTokenOf(second)), 401, u"invalid_token"_s);
        // Another session of the same user lives on.
        QCOMPARE(profileStatus(flows().accessTokenOf(other)), 200);
    }

    void badRefreshTokens()
    {
        verifyError(refresh(u"nonsense"_s), 401, u"invalid_token"_s);
        verifyError(refresh(QString()), 401, u"invalid_token"_s);
        verifyError(m_portal.post(u"/api/v1/sessions/refresh"_s, {}), 422, u"invalid"_s);
        verifyError(m_portal.post(u"/api/v1/sessions/refresh"_s, {{u"refreshToken"_s, true}}), 400,
                    u"malformed"_s);
    }

    void accessTokensExpireRefreshTokensLast()
    {
        const QString login = newUser();
        const PortalReply first = logIn(login, u"Secret_12"_s);
        advance(15 * 60 - 1);
        QCOMPARE(profileStatus(flows().accessTokenOf(first)), 200);
        advance(1);
        QCOMPARE(profileStatus(flows().accessTokenOf(first)), 401);
        const PortalReply second = refresh(flows().refreshTokenOf(first));
        QCOMPARE(second.status, 201);
        QCOMPARE(profileStatus(flows().accessTokenOf(second)), 200);

        advance(30 * 24 * 60 * 60);
        verifyError(refresh(flows().refreshTokenOf(second)), 401, u"invalid_token"_s);
    }

    void logOut()
    {
        const QString login = newUser();
        const PortalReply first = logIn(login, u"Secret_12"_s);
        const PortalReply other = logIn(login, u"Secret_12"_s);
        const QString access = flows().accessTokenOf(first);
        const PortalReply reply =
            m_portal.del(u"/api/v1/sessions/current"_s, std::nullopt, PortalClient::bearer(access));
        QCOMPARE(reply.status, 204);
        QVERIFY(reply.body.isEmpty());
        QCOMPARE(profileStatus(access), 401);
        verifyError(refresh(flows().refreshTokenOf(first)), 401, u"invalid_token"_s);
        QCOMPARE(profileStatus(flows().accessTokenOf(other)), 200);

        verifyError(
            m_portal.del(u"/api/v1/sessions/current"_s, std::nullopt, PortalClient::bearer(access)),
            401, u"unauthorized"_s);
        verifyError(m_portal.del(u"/api/v1/sessions/current"_s), 401, u"unauthorized"_s);
        QCOMPARE(m_portal.get(u"/api/v1/sessions/current"_s).status, 405);
    }

    void rateLimitPerAddress()
    {
        const QString login = newUser();
        // Ten failures, spread over logins so that no captcha stops them first.
        for (int i = 0; i < 10; ++i)
            verifyError(logIn(u"ghost%1"_s.arg(i / 2), u"Wrong_12"_s), 401,
                        u"invalid_credentials"_s);
        advance(60);
        const PortalReply limited = logIn(login, u"Secret_12"_s);
        verifyError(limited, 429, u"rate_limited"_s);
        QCOMPARE(limited.header("Retry-After").toLongLong(), 15 * 60 - 60);
        // Refresh and the rest of the API are not affected.
        QCOMPARE(m_portal.post(u"/api/v1/captchas"_s).status, 201);

        advance(15 * 60 - 60);
        QCOMPARE(logIn(login, u"Secret_12"_s).status, 201);
    }

    void logHoldsNoSecrets()
    {
        QVERIFY(m_portal.waitForStandardError("POST /api/v1/sessions"));
        m_secrets.removeAll(QString());
        QVERIFY(m_secrets.size() > 20);
        const QStringList leaked = AuthFlows::leakedSecrets(m_portal.standardError(), m_secrets);
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TestSessions)
#include "tst_sessions.moc"
