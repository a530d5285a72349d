// GET/PATCH/DELETE /api/v1/profile against the real server: the profile, e-mail changes with
// uniqueness, the receipt subscription, change stamps for sync, and deleting the user.
#include "AuthFlows.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

class TestProfile : public QObject
{
    Q_OBJECT

private:
    PortalProcess m_portal;
    QStringList m_secrets;
    int m_users = 0;

    AuthFlows flows() { return AuthFlows(m_portal); }

    // A new active user, logged in: its access token.
    QString newSession(QString* login = nullptr)
    {
        const QString name = u"user%1"_s.arg(++m_users);
        if (login)
            *login = name;
        if (!flows().registerAndActivate(name, name + u"@example.ru"_s, u"Secret_12"_s))
            return {};
        const PortalReply reply = flows().logIn(name, u"Secret_12"_s);
        m_secrets << flows().accessTokenOf(reply) << flows().refreshTokenOf(reply);
        return flows().accessTokenOf(reply);
    }

    PortalReply profile(const QString& access)
    {
        return m_portal.get(u"/api/v1/profile"_s, PortalClient::bearer(access));
    }

    PortalReply patch(const QString& access, const QJsonObject& body)
    {
        return m_portal.patch(u"/api/v1/profile"_s, body, PortalClient::bearer(access));
    }

    // A value of the users row of login, read from the server's database beside it.
    QVariant column(const QString& login, const QString& name)
    {
        const QString connection = u"profile-check"_s;
        QVariant value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(m_portal.dataDir() + u"/portal.db"_s);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (db.open()) {
                QSqlQuery query(db);
                query.prepare(u"SELECT "_s + name + u" FROM users WHERE login = ?"_s);
                query.addBindValue(login);
                if (query.exec() && query.next())
                    value = query.value(0);
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return value;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_portal.start(AuthFlows::serverArguments()), qPrintable(m_portal.errorString()));
    }

    void getProfile()
    {
        QString login;
        const QString access = newSession(&login);
        const PortalReply reply = profile(access);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json,
                 QJsonObject({{u"login"_s, login},
                              {u"email"_s, QString(login + u"@example.ru"_s)},
                              {u"receiptSubscription"_s, false}}));
        QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
        QCOMPARE(m_portal.get(u"/api/v1/profile"_s).status, 401);
        QCOMPARE(profile(u"garbage"_s).errorCode(), u"unauthorized"_s);
    }

    void patchProfile()
    {
        QString login;
        const QString access = newSession(&login);
        const qint64 stamp = column(login, u"changed_seq"_s).toLongLong();
        QVERIFY(stamp > 0);

        PortalReply reply = patch(access, {{u"receiptSubscription"_s, true}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(u"receiptSubscription"_s).toBool(), true);
        QCOMPARE(reply.json.value(u"email"_s).toString(), login + u"@example.ru"_s);
        const qint64 stamp2 = column(login, u"changed_seq"_s).toLongLong();
        QVERIFY(stamp2 > stamp);

        const QString former = login + u"@example.ru"_s;
        const qsizetype formerMails = flows().mailsTo(former).size();
        reply = patch(access, {{u"email"_s, u"Новый@пример.рф"_s}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(u"email"_s).toString(), u"Новый@пример.рф"_s);
        QCOMPARE(reply.json.value(u"receiptSubscription"_s).toBool(), true);
        QVERIFY(column(login, u"changed_seq"_s).toLongLong() > stamp2);
        QCOMPARE(profile(access).json, reply.json);
        // The former address is told, with the new one, so that a change its owner did not make
        // does not go unnoticed.
        const QList<AuthFlows::Mail> told = flows().mailsTo(former);
        QCOMPARE(told.size(), formerMails + 1);
        QCOMPARE(told.last().subject, u"Изменён адрес электронной почты в Личном кабинете"_s);
        QVERIFY(told.last().body.contains(u"Здравствуйте, "_s + login + u"!"_s));
        QVERIFY(told.last().body.contains(u"Новый@пример.рф"_s));
        // The same address in other letters is no change of address: nobody is told.
        const qsizetype mails = flows().mails().size();
        reply = patch(access, {{u"email"_s, u"НОВЫЙ@пример.рф"_s}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(u"email"_s).toString(), u"НОВЫЙ@пример.рф"_s);
        QCOMPARE(flows().mails().size(), mails);

        // Nothing asked, nothing changed.
        const qint64 stamp3 = column(login, u"changed_seq"_s).toLongLong();
        QCOMPARE(patch(access, {}).json, reply.json);
        QCOMPARE(column(login, u"changed_seq"_s).toLongLong(), stamp3);
    }

    void patchErrorsChangeNothing()
    {
        QString login;
        const QString access = newSession(&login);
        QString otherLogin;
        newSession(&otherLogin);
        const QJsonObject before = profile(access).json;
        const qint64 stamp = column(login, u"changed_seq"_s).toLongLong();
        const qsizetype mails = flows().mails().size();

        PortalReply reply =
            patch(access, {{u"email"_s, QString(otherLogin.toUpper() + u"@EXAMPLE.ru"_s)}});
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.errorCode(), u"taken"_s);
        QCOMPARE(reply.errorField(), u"email"_s);
        reply = patch(access, {{u"email"_s, u"no-at-sign"_s}, {u"receiptSubscription"_s, true}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorField(), u"email"_s);
        reply = patch(access, {{u"receiptSubscription"_s, u"yes"_s}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorField(), u"receiptSubscription"_s);
        QCOMPARE(m_portal
                     .send("PATCH", u"/api/v1/profile"_s, QByteArray("{\"email\":"),
                           PortalClient::bearer(access))
                     .status,
                 400);
        const QByteArray big =
            "{\"receiptSubscription\": true, \"x\": \"" + QByteArray(70 * 1024, 'x') + "\"}";
        const int status =
            m_portal.send("PATCH", u"/api/v1/profile"_s, big, PortalClient::bearer(access)).status;
        QCOMPARE(status, 413);
        QCOMPARE(patch(u"garbage"_s, {{u"receiptSubscription"_s, true}}).status, 401);

        QCOMPARE(profile(access).json, before);
        // No address changed, so nobody was told of one.
        QCOMPARE(flows().mails().size(), mails);
        QCOMPARE(column(login, u"changed_seq"_s).toLongLong(), stamp);
    }

    void deleteTheUser()
    {
        QString login;
        const QString access = newSession(&login);
        const QString otherAccess = flows().accessTokenOf(flows().logIn(login, u"Secret_12"_s));
        m_secrets << otherAccess;

        PortalReply reply =
            m_portal.del(u"/api/v1/profile"_s, QJsonObject {{u"password"_s, u"Wrong_12"_s}},
                         PortalClient::bearer(access));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorField(), u"password"_s);
        QCOMPARE(
            m_portal.del(u"/api/v1/profile"_s, QJsonObject {}, PortalClient::bearer(access)).status,
            422);
        QCOMPARE(m_portal.del(u"/api/v1/profile"_s, QJsonObject {{u"password"_s, u"Secret_12"_s}})
                     .status,
                 401);
        QCOMPARE(profile(access).status, 200);

        reply = m_portal.del(u"/api/v1/profile"_s, QJsonObject {{u"password"_s, u"Secret_12"_s}},
                             PortalClient::bearer(access));
        QCOMPARE(reply.status, 204);
        QCOMPARE(profile(access).status, 401);
        QCOMPARE(profile(otherAccess).status, 401);
        QCOMPARE(flows().logIn(login, u"Secret_12"_s).errorCode(), u"invalid_credentials"_s);
        QVERIFY(!column(login, u"id"_s).isValid());
        // The login and e-mail are free again.
        QCOMPARE(flows().registerUser(login, login + u"@example.ru"_s, u"Secret_12"_s).status, 201);
    }

    void logHoldsNoSecrets()
    {
        QVERIFY(m_portal.waitForStandardError("DELETE /api/v1/profile 204"));
        m_secrets.removeAll(QString());
        QVERIFY(m_secrets.size() > 5);
        m_secrets << u"Secret_12"_s;
        const QStringList leaked = AuthFlows::leakedSecrets(m_portal.standardError(), m_secrets);
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
