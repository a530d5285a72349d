// SessionRepository: sessions, rotating refresh tokens, reuse detection, expiry and revocation.
#include "AuthTestContext.h"
#include "auth/SessionRepository.h"
#include "auth/UserRepository.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using RefreshResult = SessionRepository::RefreshResult;

class TestSessionRepository : public QObject
{
    Q_OBJECT

private:
    static qint64 makeUser(AuthTestContext& test, const QString& login)
    {
        qint64 id = 0;
        UserRepository(test.context()).create(login, login + u"@example.ru"_s, u"h"_s, true, &id);
        return id;
    }

    static int count(AuthTestContext& test, const QString& table)
    {
        QSqlQuery query(test.database().database());
        query.exec(u"SELECT COUNT(*) FROM "_s + table);
        return query.next() ? query.value(0).toInt() : -1;
    }

private slots:
    void openAndAuthenticate()
    {
        AuthTestContext test;
        QVERIFY(SessionRepository::ensureSchema(test.database()));
        const qint64 user = makeUser(test, u"Ivanov"_s);
        SessionRepository sessions(test.context());
        const SessionTokens tokens = sessions.open(user).value();
        QCOMPARE(tokens.accessExpiresIn, 900);
        QCOMPARE(tokens.refreshExpiresIn, 2592000);
        QVERIFY(tokens.accessToken != tokens.refreshToken);
        const std::optional<AuthenticatedSession> session =
            sessions.authenticate(tokens.accessToken);
        QVERIFY(session);
        QCOMPARE(session->userId, user);
        // A refresh token is no access token, and garbage is nothing.
        QVERIFY(!sessions.authenticate(tokens.refreshToken));
        QVERIFY(!sessions.authenticate(u"garbage"_s));
        QVERIFY(!sessions.authenticate(QString()));
    }

    void accessTokensExpire()
    {
        AuthTestContext test;
        QVERIFY(SessionRepository::ensureSchema(test.database()));
        SessionRepository sessions(test.context());
        const SessionTokens tokens = sessions.open(makeUser(test, u"Ivanov"_s)).value();
        test.clock().advance(SessionRepository::accessLifetimeSeconds - 1);
        QVERIFY(sessions.authenticate(tokens.accessToken));
        test.clock().advance(1);
        QVERIFY(!sessions.authenticate(tokens.accessToken));
    }

    void refreshRotatesAndReuseRevokes()
    {
        AuthTestContext test;
        QVERIFY(SessionRepository::ensureSchema(test.database()));
        SessionRepository sessions(test.context());
        const SessionTokens first = sessions.open(makeUser(test, u"Ivanov"_s)).value();
        SessionTokens second;
        QCOMPARE(sessions.refresh(first.refreshToken, &second), RefreshResult::Refreshed);
        QVERIFY(second.refreshToken != first.refreshToken);
        QVERIFY(sessions.authenticate(second.accessToken));
        QCOMPARE(sessions.authenticate(second.accessToken)->sessionId,
                 sessions.authenticate(first.accessToken)->sessionId);
        SessionTokens third;
        QCOMPARE(sessions.refresh(second.refreshToken, &third), RefreshResult::Refreshed);

        // The first refresh token again: someone kept a copy. The whole session goes.
        SessionTokens stolen;
        QCOMPARE(sessions.refresh(first.refreshToken, &stolen), RefreshResult::Reused);
        QVERIFY(!sessions.authenticate(third.accessToken));
        QVERIFY(!sessions.authenticate(first.accessToken));
        QCOMPARE(sessions.refresh(third.refreshToken, &stolen), RefreshResult::InvalidToken);
        QCOMPARE(sessions.refresh(first.refreshToken, &stolen), RefreshResult::InvalidToken);
        QCOMPARE(count(test, u"auth_sessions"_s), 0);
    }

    void refreshTokensExpire()
    {
        AuthTestContext test;
        QVERIFY(SessionRepository::ensureSchema(test.database()));
        SessionRepository sessions(test.context());
        const SessionTokens tokens = sessions.open(makeUser(test, u"Ivanov"_s)).value();
        test.clock().advance(SessionRepository::refreshLifetimeSeconds);
        SessionTokens next;
        QCOMPARE(sessions.refresh(tokens.refreshToken, &next), RefreshResult::InvalidToken);
        QCOMPARE(sessions.refresh(u"not a token"_s, &next), RefreshResult::InvalidToken);
    }

    void revokeOneOrAllButOne()
    {
        AuthTestContext test;
        QVERIFY(SessionRepository::ensureSchema(test.database()));
        SessionRepository sessions(test.context());
        const qint64 user = makeUser(test, u"Ivanov"_s);
        const qint64 other = makeUser(test, u"Petrov"_s);
        const SessionTokens a = sessions.open(user).value();
        const SessionTokens b = sessions.open(user).value();
        const SessionTokens c = sessions.open(user).value();
        const SessionTokens d = sessions.open(other).value();

        QVERIFY(sessions.revoke(sessions.authenticate(a.accessToken)->sessionId));
        QVERIFY(!sessions.authenticate(a.accessToken));
        QVERIFY(sessions.authenticate(b.accessToken));

        QVERIFY(sessions.revokeAllOf(user, sessions.authenticate(b.accessToken)->sessionId));
        QVERIFY(sessions.authenticate(b.accessToken));
        QVERIFY(!sessions.authenticate(c.accessToken));
        QVERIFY(sessions.authenticate(d.accessToken));
        QVERIFY(sessions.revokeAllOf(user));
        QVERIFY(!sessions.authenticate(b.accessToken));
        QVERIFY(sessions.authenticate(d.accessToken));
    }

    void removeExpiredForgetsDeadSessions()
    {
        AuthTestContext test;
        QVERIFY(SessionRepository::ensureSchema(test.database()));
        SessionRepository sessions(test.context());
        const qint64 user = makeUser(test, u"Ivanov"_s);
        sessions.open(user);
        test.clock().advance(SessionRepository::refreshLifetimeSeconds - 10);
        const SessionTokens young = sessions.open(user).value();
        test.clock().advance(10);
        QVERIFY(sessions.removeExpired());
        QCOMPARE(count(test, u"auth_sessions"_s), 1);
        QCOMPARE(count(test, u"auth_access_tokens"_s), 1);
        QVERIFY(sessions.authenticate(young.accessToken));
    }

    void deletingTheUserDeletesItsSessions()
    {
        AuthTestContext test;
        QVERIFY(SessionRepository::ensureSchema(test.database()));
        SessionRepository sessions(test.context());
        const qint64 user = makeUser(test, u"Ivanov"_s);
        const SessionTokens tokens = sessions.open(user).value();
        QVERIFY(UserRepository(test.context()).remove(user));
        QVERIFY(!sessions.authenticate(tokens.accessToken));
        QCOMPARE(count(test, u"auth_refresh_tokens"_s), 0);
    }

    void onlyHashesAreStored()
    {
        AuthTestContext test;
        QVERIFY(SessionRepository::ensureSchema(test.database()));
        const SessionTokens tokens =
            SessionRepository(test.context()).open(makeUser(test, u"Ivanov"_s)).value();
        const QString accessVerifier = tokens.accessToken.mid(17);
        const QString refreshVerifier = tokens.refreshToken.mid(17);
        for (const QString& table : {u"auth_access_tokens"_s, u"auth_refresh_tokens"_s}) {
            QSqlQuery query(test.database().database());
            QVERIFY(query.exec(u"SELECT * FROM "_s + table) && query.next());
            for (int i = 0; i < query.record().count(); ++i) {
                const QString value = query.value(i).toString();
                QVERIFY(!value.contains(accessVerifier) && !value.contains(refreshVerifier));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSessionRepository)
#include "tst_sessionrepository.moc"
