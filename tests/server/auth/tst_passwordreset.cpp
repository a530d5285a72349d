// Passwords against the real server: POST /api/v1/password-resets, the mailed form
// (GET/POST /reset-password) and PUT /api/v1/profile/password.
#include "AuthFlows.h"

#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

class TestPasswordReset : public QObject
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

    QString newUser()
    {
        const QString login = u"user%1"_s.arg(++m_users);
        return flows().registerAndActivate(login, login + u"@example.ru"_s, u"Secret_12"_s)
            ? login
            : QString();
    }

    QString accessToken(const QString& login, const QString& password,
                        QString* refreshToken = nullptr)
    {
        const PortalReply reply = flows().logIn(login, password);
        m_secrets << flows().accessTokenOf(reply) << flows().refreshTokenOf(reply);
        if (refreshToken)
            *refreshToken = flows().refreshTokenOf(reply);
        return flows().accessTokenOf(reply);
    }

    PortalReply submitForm(const QString& token, const QString& password,
                           const QString& confirmation)
    {
        m_secrets << password;
        const QByteArray body = "token=" + QUrl::toPercentEncoding(token)
            + "&password=" + QUrl::toPercentEncoding(password)
            + "&passwordConfirmation=" + QUrl::toPercentEncoding(confirmation);
        return m_portal.send("POST", u"/reset-password"_s, body,
                             {{"Content-Type", "application/x-www-form-urlencoded"}});
    }

    // The link of a fresh reset e-mail to login.
    QString resetLink(const QString& login)
    {
        if (m_portal.post(u"/api/v1/password-resets"_s, {{u"login"_s, login}}).status != 202)
            return {};
        const QString link = flows().lastLinkTo(login + u"@example.ru"_s, u"/reset-password"_s);
        m_secrets << AuthFlows::tokenOf(link);
        return link;
    }

    int profileStatus(const QString& accessToken)
    {
        return m_portal.get(u"/api/v1/profile"_s, PortalClient::bearer(accessToken)).status;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_portal.setClock(m_now));
        QVERIFY2(m_portal.start(AuthFlows::serverArguments()), qPrintable(m_portal.errorString()));
    }

    void init() { advance(15 * 60); }

    void resetByMailedForm()
    {
        const QString login = newUser();
        QString refreshToken;
        const QString oldAccess = accessToken(login, u"Secret_12"_s, &refreshToken);
        QVERIFY(!oldAccess.isEmpty());

        const QString link = resetLink(login);
        QVERIFY(link.startsWith(u"/reset-password?token="_s));
        const AuthFlows::Mail mail = flows().mailsTo(login + u"@example.ru"_s).constLast();
        QCOMPARE(mail.subject, u"Смена пароля в Личном кабинете"_s);

        const PortalReply form = m_portal.get(link);
        QCOMPARE(form.status, 200);
        const QString page = QString::fromUtf8(form.body);
        QVERIFY(page.contains(u"<form method=\"post\" action=\"/reset-password\">"_s));
        QVERIFY(page.contains(u"value=\""_s + AuthFlows::tokenOf(link) + u'"'));
        QVERIFY(page.contains(u"«%1»"_s.arg(login)));
        QVERIFY(form.header("Content-Security-Policy").contains("form-action 'self'"));

        // A broken rule shows the form again, and the link still works.
        const PortalReply mismatch =
            submitForm(AuthFlows::tokenOf(link), u"New_pass_1"_s, u"New_pass_2"_s);
        QCOMPARE(mismatch.status, 422);
        QVERIFY(QString::fromUtf8(mismatch.body).contains(u"не совпадают"_s));
        const PortalReply tooShort = submitForm(AuthFlows::tokenOf(link), u"abc"_s, u"abc"_s);
        QCOMPARE(tooShort.status, 422);
        QVERIFY(QString::fromUtf8(tooShort.body).contains(u"не короче 6"_s));
        QCOMPARE(flows().logIn(login, u"Secret_12"_s).status, 201);

        // Special characters survive the form encoding.
        const QString newPassword = u"N3w!@#$%^_.-*&;"_s;
        const PortalReply done = submitForm(AuthFlows::tokenOf(link), newPassword, newPassword);
        QCOMPARE(done.status, 200);
        QVERIFY(QString::fromUtf8(done.body).contains(u"Пароль изменён"_s));

        QCOMPARE(flows().logIn(login, u"Secret_12"_s).status, 401);
        QCOMPARE(flows().logIn(login, newPassword).status, 201);
        // Every earlier session is gone.
        QCOMPARE(profileStatus(oldAccess), 401);
        QCOMPARE(m_portal.post(u"/api/v1/sessions/refresh"_s, {{u"refreshToken"_s, refreshToken}})
                     .status,
                 401);
        // The link worked once.
        QCOMPARE(m_portal.get(link).status, 400);
        QCOMPARE(submitForm(AuthFlows::tokenOf(link), u"Other_12"_s, u"Other_12"_s).status, 400);
        QCOMPARE(flows().logIn(login, newPassword).status, 201);
    }

    void resetByEmailAndCooldown()
    {
        const QString login = newUser();
        const QString email = login + u"@example.ru"_s;
        const qsizetype before = flows().mailsTo(email).size();
        QCOMPARE(
            m_portal.post(u"/api/v1/password-resets"_s, {{u"email"_s, email.toUpper()}}).status,
            202);
        QCOMPARE(flows().mailsTo(email).size(), before + 1);
        QCOMPARE(m_portal.post(u"/api/v1/password-resets"_s, {{u"login"_s, login}}).status, 202);
        QCOMPARE(flows().mailsTo(email).size(), before + 1);
        advance(60);
        QCOMPARE(m_portal.post(u"/api/v1/password-resets"_s, {{u"login"_s, login}}).status, 202);
        QCOMPARE(flows().mailsTo(email).size(), before + 2);
    }

    void strangersAndInactiveGetNoMail()
    {
        QCOMPARE(flows().registerUser(u"Sleepy"_s, u"sleepy@example.ru"_s, u"Secret_12"_s).status,
                 201);
        const qsizetype mails = flows().mails().size();
        QCOMPARE(m_portal.post(u"/api/v1/password-resets"_s, {{u"login"_s, u"Nobody"_s}}).status,
                 202);
        QCOMPARE(
            m_portal.post(u"/api/v1/password-resets"_s, {{u"email"_s, u"no@example.ru"_s}}).status,
            202);
        QCOMPARE(m_portal.post(u"/api/v1/password-resets"_s, {{u"login"_s, u"Sleepy"_s}}).status,
                 202);
        QCOMPARE(flows().mails().size(), mails);
        QCOMPARE(m_portal.post(u"/api/v1/password-resets"_s, {}).status, 422);
        QCOMPARE(m_portal.send("POST", u"/api/v1/password-resets"_s, QByteArray("nope")).status,
                 400);
    }

    void resetLinksExpire()
    {
        const QString login = newUser();
        const QString link = resetLink(login);
        advance(60 * 60 - 1);
        QCOMPARE(m_portal.get(link).status, 200);
        advance(1);
        QCOMPARE(m_portal.get(link).status, 400);
        QCOMPARE(submitForm(AuthFlows::tokenOf(link), u"Other_12"_s, u"Other_12"_s).status, 400);
        QCOMPARE(flows().logIn(login, u"Secret_12"_s).status, 201);
    }

    void badResetLinks()
    {
        QCOMPARE(m_portal.get(u"/reset-password"_s).status, 400);
        QCOMPARE(m_portal.get(u"/reset-password?token=x"_s).status, 400);
        QCOMPARE(m_portal
                     .send("POST", u"/reset-password"_s,
                           QByteArray("password=a&passwordConfirmation=a"),
                           {{"Content-Type", "application/x-www-form-urlencoded"}})
                     .status,
                 400);
        // An activation token is no reset token.
        QCOMPARE(flows().registerUser(u"Fresh"_s, u"fresh@example.ru"_s, u"Secret_12"_s).status,
                 201);
        const QString activation = flows().lastLinkTo(u"fresh@example.ru"_s, u"/activate"_s);
        m_secrets << AuthFlows::tokenOf(activation);
        QCOMPARE(
            m_portal
                .get(u"/reset-password?token="_s
                     + QString::fromLatin1(QUrl::toPercentEncoding(AuthFlows::tokenOf(activation))))
                .status,
            400);
    }

    void changePasswordWhileLoggedIn()
    {
        const QString login = newUser();
        const QString other = accessToken(login, u"Secret_12"_s);
        QString refreshToken;
        const QString current = accessToken(login, u"Secret_12"_s, &refreshToken);
        const auto change = [&](const QString& currentPassword, const QString& password,
                                const QString& confirmation) {
            m_secrets << currentPassword << password;
            return m_portal.put(u"/api/v1/profile/password"_s,
                                {{u"currentPassword"_s, currentPassword},
                                 {u"password"_s, password},
                                 {u"passwordConfirmation"_s, confirmation}},
                                PortalClient::bearer(current));
        };

        PortalReply reply = change(u"Wrong_12"_s, u"Brand_new1"_s, u"Brand_new1"_s);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorCode(), u"invalid"_s);
        QCOMPARE(reply.errorField(), u"currentPassword"_s);
        reply = change(u"Secret_12"_s, u"short"_s, u"short"_s);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorField(), u"password"_s);
        reply = change(u"Secret_12"_s, u"Brand_new1"_s, u"Brand_new2"_s);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorField(), u"passwordConfirmation"_s);
        QCOMPARE(m_portal
                     .put(u"/api/v1/profile/password"_s, {{u"currentPassword"_s, 1}},
                          PortalClient::bearer(current))
                     .status,
                 400);
        QCOMPARE(m_portal
                     .put(u"/api/v1/profile/password"_s,
                          {{u"currentPassword"_s, u"Secret_12"_s},
                           {u"password"_s, u"Brand_new1"_s},
                           {u"passwordConfirmation"_s, u"Brand_new1"_s}})
                     .status,
                 401);
        QCOMPARE(flows().logIn(login, u"Secret_12"_s).status, 201);

        reply = change(u"Secret_12"_s, u"Brand_new1"_s, u"Brand_new1"_s);
        QCOMPARE(reply.status, 204);
        // This session goes on, the others are revoked.
        QCOMPARE(profileStatus(current), 200);
        QCOMPARE(m_portal.post(u"/api/v1/sessions/refresh"_s, {{u"refreshToken"_s, refreshToken}})
                     .status,
                 201);
        QCOMPARE(profileStatus(other), 401);
        QCOMPARE(flows().logIn(login, u"Secret_12"_s).status, 401);
        QCOMPARE(flows().logIn(login, u"Brand_new1"_s).status, 201);
    }

    void wrongCurrentPasswordsAreLimited()
    {
        const QString login = newUser();
        const QString access = accessToken(login, u"Secret_12"_s);
        const QJsonObject wrong {{u"currentPassword"_s, u"Wrong_12"_s},
                                 {u"password"_s, u"Brand_new1"_s},
                                 {u"passwordConfirmation"_s, u"Brand_new1"_s}};
        for (int i = 0; i < 10; ++i)
            QCOMPARE(
                m_portal.put(u"/api/v1/profile/password"_s, wrong, PortalClient::bearer(access))
                    .status,
                422);
        const PortalReply limited =
            m_portal.put(u"/api/v1/profile/password"_s, wrong, PortalClient::bearer(access));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), u"rate_limited"_s);
        QVERIFY(limited.header("Retry-After").toLongLong() > 0);
        advance(15 * 60);
        const QString fresh = accessToken(login, u"Secret_12"_s);
        QCOMPARE(
            m_portal.put(u"/api/v1/profile/password"_s, wrong, PortalClient::bearer(fresh)).status,
            422);
    }

    void logHoldsNoSecrets()
    {
        QVERIFY(m_portal.waitForStandardError("POST /reset-password"));
        m_secrets.removeAll(QString());
        QVERIFY(m_secrets.size() > 10);
        const QStringList leaked = AuthFlows::leakedSecrets(m_portal.standardError(), m_secrets);
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TestPasswordReset)
#include "tst_passwordreset.moc"
