// POST /api/v1/registrations, the activation e-mail and its link GET /activate, and
// POST /api/v1/activations, against the real server.
#include "AuthFlows.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

class TestRegistration : public QObject
{
    Q_OBJECT

private:
    PortalProcess m_portal;
    QDateTime m_now = QDateTime(QDate(2014, 9, 25), QTime(10, 15), QTimeZone::utc());
    QStringList m_secrets;

    AuthFlows flows() { return AuthFlows(m_portal); }

    void advance(qint64 seconds)
    {
        m_now = m_now.addSecs(seconds);
        QVERIFY(m_portal.setClock(m_now));
    }

    int userCount()
    {
        // The server's database, read beside it (WAL lets a reader in).
        const QString name = u"registration-check"_s;
        int count = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(m_portal.dataDir() + u"/portal.db"_s);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(u"SELECT COUNT(*) FROM users"_s) && query.next())
                    count = query.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return count;
    }

    static void verifyError(const PortalReply& reply, int status, const QString& code,
                            const QString& field)
    {
        QVERIFY2(reply.status == status, reply.body.constData());
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(reply.errorField(), field);
        QVERIFY(!reply.json.value(u"message"_s).toString().isEmpty());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_portal.setClock(m_now));
        QVERIFY2(m_portal.start(AuthFlows::serverArguments()), qPrintable(m_portal.errorString()));
    }

    void registerActivateAndLogIn()
    {
        const QString password = u"Secret_12"_s;
        m_secrets << password;
        const PortalReply reply =
            flows().registerUser(u"Иванов"_s, u"ivanov@example.ru"_s, password);
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.json,
                 QJsonObject({{u"login"_s, u"Иванов"_s}, {u"email"_s, u"ivanov@example.ru"_s}}));

        // Inactive until the link is opened.
        const PortalReply early = flows().logIn(u"Иванов"_s, password);
        QCOMPARE(early.status, 403);
        QCOMPARE(early.errorCode(), u"account_inactive"_s);

        const QList<AuthFlows::Mail> mails = flows().mailsTo(u"ivanov@example.ru"_s);
        QCOMPARE(mails.size(), 1);
        QCOMPARE(mails.first().subject, u"Активация учётной записи в Личном кабинете"_s);
        QVERIFY(mails.first().body.contains(u"Здравствуйте, Иванов!"_s));
        QVERIFY(mails.first().raw.contains("Content-Transfer-Encoding: quoted-printable"));
        QVERIFY(mails.first().raw.contains("MIME-Version: 1.0"));
        // The server's own address in the link, never the request's Host.
        QVERIFY(mails.first().body.contains(m_portal.baseUrl().toString() + u"/activate?token="_s));
        QCOMPARE(QFile::permissions(mails.first().path)
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());

        const QString link = flows().lastLinkTo(u"ivanov@example.ru"_s, u"/activate"_s);
        m_secrets << AuthFlows::tokenOf(link);
        const PortalReply page = m_portal.get(link);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
        QCOMPARE(page.header("Referrer-Policy"), QByteArray("no-referrer"));
        QVERIFY(QString::fromUtf8(page.body).contains(u"Учётная запись «Иванов» активирована"_s));

        // Opening it again says so, and changes nothing.
        const PortalReply again = m_portal.get(link);
        QCOMPARE(again.status, 200);
        QVERIFY(QString::fromUtf8(again.body).contains(u"уже активирована"_s));

        const PortalReply login = flows().logIn(u"ИВАНОВ"_s, password);
        QCOMPARE(login.status, 201);
        m_secrets << flows().accessTokenOf(login) << flows().refreshTokenOf(login);
    }

    void fieldRules_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("login with a space")
            << u"login"_s << QJsonValue(u"Ivan ov"_s) << 422 << u"invalid"_s;
        QTest::newRow("login starts with a digit")
            << u"login"_s << QJsonValue(u"1van"_s) << 422 << u"invalid"_s;
        QTest::newRow("login too long")
            << u"login"_s << QJsonValue(QString(31, u'a')) << 422 << u"invalid"_s;
        QTest::newRow("login empty") << u"login"_s << QJsonValue(u""_s) << 422 << u"invalid"_s;
        QTest::newRow("login missing")
            << u"login"_s << QJsonValue(QJsonValue::Undefined) << 422 << u"invalid"_s;
        QTest::newRow("login a number") << u"login"_s << QJsonValue(5) << 400 << u"malformed"_s;
        QTest::newRow("email invalid")
            << u"email"_s << QJsonValue(u"ivanov@"_s) << 422 << u"invalid"_s;
        QTest::newRow("email null")
            << u"email"_s << QJsonValue(QJsonValue::Null) << 422 << u"invalid"_s;
        QTest::newRow("password short")
            << u"password"_s << QJsonValue(u"abc"_s) << 422 << u"invalid"_s;
        QTest::newRow("password Cyrillic")
            << u"password"_s << QJsonValue(u"пароль123"_s) << 422 << u"invalid"_s;
        QTest::newRow("password too long")
            << u"password"_s << QJsonValue(QString(61, u'a')) << 422 << u"invalid"_s;
        QTest::newRow("confirmation differs")
            << u"passwordConfirmation"_s << QJsonValue(u"Secret_13"_s) << 422 << u"invalid"_s;
        QTest::newRow("agreement refused")
            << u"agreementAccepted"_s << QJsonValue(false) << 422 << u"invalid"_s;
        QTest::newRow("agreement a string")
            << u"agreementAccepted"_s << QJsonValue(u"yes"_s) << 400 << u"malformed"_s;
        QTest::newRow("captcha answer missing")
            << u"captchaAnswer"_s << QJsonValue(QJsonValue::Undefined) << 422 << u"invalid"_s;
    }

    void fieldRules()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(int, status);
        QFETCH(QString, code);
        QJsonObject body =
            flows().registration(u"Petrov"_s, u"petrov@example.ru"_s, u"Secret_12"_s);
        if (value.isUndefined())
            body.remove(field);
        else
            body.insert(field, value);
        const int before = userCount();
        verifyError(m_portal.post(u"/api/v1/registrations"_s, body), status, code, field);
        QCOMPARE(userCount(), before);
        QVERIFY(flows().mailsTo(u"petrov@example.ru"_s).isEmpty());
    }

    void aBrokenRuleKeepsTheCaptcha()
    {
        QJsonObject body =
            flows().registration(u"Petrov"_s, u"petrov@example.ru"_s, u"Secret_12"_s);
        body.insert(u"password"_s, u"abc"_s);
        QCOMPARE(m_portal.post(u"/api/v1/registrations"_s, body).status, 422);
        body.insert(u"password"_s, u"Secret_12"_s);
        QCOMPARE(m_portal.post(u"/api/v1/registrations"_s, body).status, 201);
    }

    void takenRegardlessOfCase()
    {
        QCOMPARE(flows().registerUser(u"Сидоров"_s, u"Sidorov@Example.ru"_s, u"Secret_12"_s).status,
                 201);
        const int before = userCount();
        verifyError(flows().registerUser(u"сИДОРОВ"_s, u"other@example.ru"_s, u"Secret_12"_s), 409,
                    u"taken"_s, u"login"_s);
        verifyError(flows().registerUser(u"Kozlov"_s, u"SIDOROV@example.RU"_s, u"Secret_12"_s), 409,
                    u"taken"_s, u"email"_s);
        QCOMPARE(userCount(), before);
        QCOMPARE(flows().mailsTo(u"other@example.ru"_s).size(), 0);
    }

    void malformedAndOversizeBodiesChangeNothing()
    {
        const int before = userCount();
        const qsizetype mails = flows().mails().size();
        const PortalReply notJson = m_portal.send("POST", u"/api/v1/registrations"_s,
                                                  QByteArray("{\"login\": \"Kozlov\","));
        verifyError(notJson, 400, u"malformed"_s, QString());
        QCOMPARE(m_portal.send("POST", u"/api/v1/registrations"_s, QByteArray("[1, 2]")).status,
                 400);
        QCOMPARE(m_portal.send("POST", u"/api/v1/registrations"_s, QByteArray()).status, 400);

        QJsonObject big = flows().registration(u"Kozlov"_s, u"kozlov@example.ru"_s, u"Secret_12"_s);
        big.insert(u"padding"_s, QString(70 * 1024, u'x'));
        const PortalReply tooLarge = m_portal.post(u"/api/v1/registrations"_s, big);
        QCOMPARE(tooLarge.status, 413);
        QCOMPARE(userCount(), before);
        QCOMPARE(flows().mails().size(), mails);
    }

    void badActivationLinks()
    {
        for (const QString& link :
             {u"/activate"_s, u"/activate?token="_s, u"/activate?token=nonsense"_s,
              u"/activate?token=AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s}) {
            const PortalReply page = m_portal.get(link);
            QCOMPARE(page.status, 400);
            QVERIFY(QString::fromUtf8(page.body).contains(u"Ссылка недействительна"_s));
        }
        // A reset token is no activation token.
        QCOMPARE(m_portal.post(u"/api/v1/password-resets"_s, {{u"login"_s, u"Иванов"_s}}).status,
                 202);
        const QString reset = flows().lastLinkTo(u"ivanov@example.ru"_s, u"/reset-password"_s);
        QVERIFY(!reset.isEmpty());
        m_secrets << AuthFlows::tokenOf(reset);
        QCOMPARE(m_portal
                     .get(u"/activate?token="_s
                          + QString::fromLatin1(QUrl::toPercentEncoding(AuthFlows::tokenOf(reset))))
                     .status,
                 400);
    }

    void resendActivation()
    {
        QCOMPARE(flows().registerUser(u"Orlov"_s, u"orlov@example.ru"_s, u"Secret_12"_s).status,
                 201);
        QCOMPARE(flows().mailsTo(u"orlov@example.ru"_s).size(), 1);

        // Within the minute after the last one: 202, nothing sent.
        QCOMPARE(m_portal.post(u"/api/v1/activations"_s, {{u"login"_s, u"Orlov"_s}}).status, 202);
        QCOMPARE(flows().mailsTo(u"orlov@example.ru"_s).size(), 1);
        advance(61);
        QCOMPARE(
            m_portal.post(u"/api/v1/activations"_s, {{u"email"_s, u"ORLOV@example.ru"_s}}).status,
            202);
        QCOMPARE(flows().mailsTo(u"orlov@example.ru"_s).size(), 2);

        // The same answer for strangers and for the active, with nothing sent.
        const qsizetype mails = flows().mails().size();
        QCOMPARE(m_portal.post(u"/api/v1/activations"_s, {{u"login"_s, u"Nobody"_s}}).status, 202);
        QCOMPARE(m_portal.post(u"/api/v1/activations"_s, {{u"login"_s, u"Иванов"_s}}).status, 202);
        QCOMPARE(flows().mails().size(), mails);

        verifyError(m_portal.post(u"/api/v1/activations"_s, {}), 422, u"invalid"_s, u"login"_s);
        verifyError(m_portal.post(u"/api/v1/activations"_s, {{u"login"_s, 1}}), 400, u"malformed"_s,
                    u"login"_s);

        // Both links work; the first one opened activates.
        const QList<AuthFlows::Mail> sent = flows().mailsTo(u"orlov@example.ru"_s);
        QCOMPARE(m_portal.get(flows().lastLinkTo(u"orlov@example.ru"_s, u"/activate"_s)).status,
                 200);
        QCOMPARE(flows().logIn(u"Orlov"_s, u"Secret_12"_s).status, 201);
        QVERIFY(sent.first().body != sent.last().body);
    }

    void activationLinksExpire()
    {
        QCOMPARE(flows().registerUser(u"Lebedev"_s, u"lebedev@example.ru"_s, u"Secret_12"_s).status,
                 201);
        const QString link = flows().lastLinkTo(u"lebedev@example.ru"_s, u"/activate"_s);
        advance(48 * 60 * 60);
        QCOMPARE(m_portal.get(link).status, 400);
        QCOMPARE(flows().logIn(u"Lebedev"_s, u"Secret_12"_s).status, 403);
    }

    void anAbandonedRegistrationFreesItsLoginAndEmail()
    {
        QCOMPARE(flows().registerUser(u"Волков"_s, u"volkov@example.ru"_s, u"Secret_12"_s).status,
                 201);
        const QString oldLink = flows().lastLinkTo(u"volkov@example.ru"_s, u"/activate"_s);
        // While its link is live, the registration keeps its login and e-mail...
        advance(47 * 60 * 60);
        verifyError(flows().registerUser(u"Волков"_s, u"other@example.ru"_s, u"Secret_34"_s), 409,
                    u"taken"_s, u"login"_s);
        // ...and once no link of it is, the next registration takes them.
        advance(60 * 60);
        QCOMPARE(flows().registerUser(u"ВОЛКОВ"_s, u"Volkov@example.ru"_s, u"Secret_34"_s).status,
                 201);
        QCOMPARE(m_portal.get(oldLink).status, 400);
        QCOMPARE(m_portal.get(flows().lastLinkTo(u"volkov@example.ru"_s, u"/activate"_s)).status,
                 200);
        QCOMPARE(flows().logIn(u"Волков"_s, u"Secret_12"_s).status, 401);
        QCOMPARE(flows().logIn(u"Волков"_s, u"Secret_34"_s).status, 201);
        // Every other abandoned registration went with it (activationLinksExpire's).
        QCOMPARE(flows().registerUser(u"Lebedev"_s, u"lebedev@example.ru"_s, u"Secret_12"_s).status,
                 201);

        // A link sent again keeps a registration: 47 hours after it, the login is still taken.
        QCOMPARE(flows().registerUser(u"Зайцев"_s, u"zaitsev@example.ru"_s, u"Secret_12"_s).status,
                 201);
        advance(47 * 60 * 60);
        QCOMPARE(m_portal.post(u"/api/v1/activations"_s, {{u"login"_s, u"Зайцев"_s}}).status, 202);
        advance(47 * 60 * 60);
        verifyError(flows().registerUser(u"Зайцев"_s, u"other@example.ru"_s, u"Secret_34"_s), 409,
                    u"taken"_s, u"login"_s);
        QCOMPARE(m_portal.get(flows().lastLinkTo(u"zaitsev@example.ru"_s, u"/activate"_s)).status,
                 200);
    }

    void logHoldsNoSecrets()
    {
        QVERIFY(m_portal.waitForStandardError("POST /api/v1/sessions"));
        const QStringList leaked = AuthFlows::leakedSecrets(m_portal.standardError(), m_secrets);
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u", "_s)));
        QVERIFY(m_secrets.size() >= 5);
        // The request log names paths without their query.
        QVERIFY(m_portal.standardError().contains("GET /activate 200"));
    }
};

QTEST_GUILESS_MAIN(TestRegistration)
#include "tst_registration.moc"
