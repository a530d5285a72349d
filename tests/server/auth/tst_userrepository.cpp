// UserRepository: the users table, case-insensitive uniqueness, change stamps and cascades.
#include "AuthTestContext.h"
#include "auth/PasswordHasher.h"
#include "auth/UserRepository.h"
#include "storage/ChangeSequence.h"
#include "storage/SqlTransaction.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using WriteResult = UserRepository::WriteResult;

class TestUserRepository : public QObject
{
    Q_OBJECT

private slots:
    void schemaIsIdempotent()
    {
        AuthTestContext test;
        QVERIFY(test.isReady());
        QVERIFY(UserRepository::ensureSchema(test.database()));
        QVERIFY(UserRepository::ensureSchema(test.database()));
        QCOMPARE(test.database().schemaVersion(u"users"_s), 1);
        QCOMPARE(test.database().schemaVersion(u"change_sequence"_s), 1);
    }

    void createActiveUserHashesAndActivates()
    {
        AuthTestContext test;
        QVERIFY(UserRepository::ensureSchema(test.database()));
        const std::optional<qint64> id = UserRepository::createActiveUser(
            test.context(), u"Иванов"_s, u"Ivanov@Example.ru"_s, u"Secret_12"_s);
        QVERIFY(id);
        const std::optional<UserRecord> user = UserRepository(test.context()).findById(*id);
        QVERIFY(user);
        QCOMPARE(user->login, u"Иванов"_s);
        QCOMPARE(user->email, u"Ivanov@Example.ru"_s);
        QVERIFY(user->active);
        QVERIFY(!user->receiptSubscription);
        QVERIFY(user->passwordHash.startsWith(u"$argon2id$"_s));
        QVERIFY(PasswordHasher::verify(u"Secret_12"_s, user->passwordHash));
        QVERIFY(user->changedSeq > 0);
    }

    void createActiveUserChecksRulesAndUniqueness()
    {
        AuthTestContext test;
        QVERIFY(UserRepository::ensureSchema(test.database()));
        QVERIFY(UserRepository::createActiveUser(test.context(), u"Иванов"_s, u"i@example.ru"_s,
                                                 u"Secret_12"_s));
        // Taken regardless of case, Cyrillic too.
        QVERIFY(!UserRepository::createActiveUser(test.context(), u"иВАНОВ"_s, u"j@example.ru"_s,
                                                  u"Secret_12"_s));
        QVERIFY(!UserRepository::createActiveUser(test.context(), u"Petrov"_s, u"I@EXAMPLE.RU"_s,
                                                  u"Secret_12"_s));
        // Rules.
        QVERIFY(!UserRepository::createActiveUser(test.context(), u"1abc"_s, u"k@example.ru"_s,
                                                  u"Secret_12"_s));
        QVERIFY(!UserRepository::createActiveUser(test.context(), u"Sidorov"_s, u"not-an-email"_s,
                                                  u"Secret_12"_s));
        QVERIFY(!UserRepository::createActiveUser(test.context(), u"Sidorov"_s, u"k@example.ru"_s,
                                                  u"short"_s));
        QVERIFY(UserRepository::createActiveUser(test.context(), u"Sidorov"_s, u"k@example.ru"_s,
                                                 u"Secret_12"_s));
    }

    void findIsCaseInsensitive()
    {
        AuthTestContext test;
        QVERIFY(UserRepository::ensureSchema(test.database()));
        UserRepository users(test.context());
        qint64 id = 0;
        QCOMPARE(users.create(u"Ёжик"_s, u"Ezhik@Example.RU"_s, u"h"_s, false, &id),
                 WriteResult::Done);
        QVERIFY(id > 0);
        QCOMPARE(users.findByLogin(u"ёЖИК"_s).value().id, id);
        QCOMPARE(users.findByEmail(u"ezhik@example.ru"_s).value().id, id);
        QVERIFY(!users.findByLogin(u"Ежик"_s)); // Е is not Ё
        QVERIFY(!users.findById(id + 1));
        QVERIFY(!users.findByLogin(u"Ezhik@Example.RU"_s));
        QCOMPARE(users.create(u"ЁЖИК"_s, u"other@example.ru"_s, u"h"_s, false),
                 WriteResult::LoginTaken);
        QCOMPARE(users.create(u"Other"_s, u"EZHIK@example.ru"_s, u"h"_s, false),
                 WriteResult::EmailTaken);
    }

    void uniqueIndexesBackTheChecks()
    {
        AuthTestContext test;
        QVERIFY(UserRepository::ensureSchema(test.database()));
        QVERIFY(UserRepository(test.context()).create(u"Ivanov"_s, u"i@example.ru"_s, u"h"_s, false)
                == WriteResult::Done);
        QSqlQuery insert(test.database().database());
        QVERIFY(!insert.exec(u"INSERT INTO users (login, login_key, email, email_key, "
                             "password_hash, created_at, changed_seq) "
                             "VALUES ('IVANOV', 'ivanov', 'x@y.ru', 'x@y.ru', 'h', 0, 0)"_s));
        QVERIFY(!insert.exec(
            u"INSERT INTO users (login, login_key, email, email_key, "
            "password_hash, created_at, changed_seq) "
            "VALUES ('Petrov', 'petrov', 'I@example.ru', 'i@example.ru', 'h', 0, 0)"_s));
    }

    void writesStampChangedSeq()
    {
        AuthTestContext test;
        QVERIFY(UserRepository::ensureSchema(test.database()));
        UserRepository users(test.context());
        qint64 id = 0;
        QCOMPARE(users.create(u"Ivanov"_s, u"i@example.ru"_s, u"h"_s, false, &id),
                 WriteResult::Done);
        const qint64 created = users.findById(id)->changedSeq;
        QCOMPARE(created, ChangeSequence::current(test.database()).value());

        QVERIFY(users.activate(id));
        const qint64 activated = users.findById(id)->changedSeq;
        QVERIFY(activated > created);
        QVERIFY(users.findById(id)->active);

        QCOMPARE(users.updateProfile(id, u"new@example.ru"_s, true), WriteResult::Done);
        const UserRecord updated = users.findById(id).value();
        QVERIFY(updated.changedSeq > activated);
        QCOMPARE(updated.email, u"new@example.ru"_s);
        QVERIFY(updated.receiptSubscription);
        QCOMPARE(users.findByEmail(u"NEW@example.ru"_s).value().id, id);
        QVERIFY(!users.findByEmail(u"i@example.ru"_s));

        // Nothing to change: no stamp.
        QCOMPARE(users.updateProfile(id, std::nullopt, std::nullopt), WriteResult::Done);
        QCOMPARE(users.findById(id)->changedSeq, updated.changedSeq);
        QCOMPARE(users.updateProfile(id, std::nullopt, false), WriteResult::Done);
        QVERIFY(!users.findById(id)->receiptSubscription);
        QCOMPARE(users.findById(id)->email, u"new@example.ru"_s);

        // The own e-mail in another case is no conflict; another user's is.
        QCOMPARE(users.updateProfile(id, u"New@Example.ru"_s, std::nullopt), WriteResult::Done);
        QCOMPARE(users.create(u"Petrov"_s, u"p@example.ru"_s, u"h"_s, true), WriteResult::Done);
        QCOMPARE(users.updateProfile(id, u"P@example.RU"_s, std::nullopt), WriteResult::EmailTaken);

        QVERIFY(users.setPasswordHash(id, u"h2"_s));
        QCOMPARE(users.findById(id)->passwordHash, u"h2"_s);
    }

    void removeCascadesToReferencingTables()
    {
        AuthTestContext test;
        QVERIFY(UserRepository::ensureSchema(test.database()));
        QVERIFY(test.database().ensureSchema(
            u"test_links"_s,
            {{u"CREATE TABLE test_links (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL "
              "REFERENCES users(id) ON DELETE CASCADE)"_s}}));
        UserRepository users(test.context());
        qint64 id = 0;
        QCOMPARE(users.create(u"Ivanov"_s, u"i@example.ru"_s, u"h"_s, true, &id),
                 WriteResult::Done);
        QSqlQuery query(test.database().database());
        QVERIFY(query.exec(u"INSERT INTO test_links (user_id) VALUES (%1)"_s.arg(id)));
        QVERIFY(users.remove(id));
        QVERIFY(!users.findById(id));
        QVERIFY(query.exec(u"SELECT COUNT(*) FROM test_links"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QVERIFY(!users.remove(id));
        // The login is free again.
        QCOMPARE(users.create(u"IVANOV"_s, u"i@example.ru"_s, u"h"_s, false), WriteResult::Done);
    }
};

QTEST_GUILESS_MAIN(TestUserRepository)
#include "tst_userrepository.moc"
