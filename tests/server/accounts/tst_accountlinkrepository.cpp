// AccountLinkRepository: links, unlinks with tombstones, change stamps, and the cascade from users.
#include "AccountsFixture.h"
#include "accounts/AccountLinkRepository.h"
#include "auth/UserRepository.h"
#include "storage/ChangeSequence.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class AccountLinkRepositoryTest : public QObject
{
    Q_OBJECT

private:
    static qint64 scalar(AccountsFixture& fixture, const QString& sql)
    {
        QSqlQuery query(fixture.database().database());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

private slots:
    void linkUnlinkAndRelink()
    {
        AccountsFixture fixture;
        QVERIFY(fixture.isReady());
        const std::optional<qint64> user = fixture.addUser(u"Ivanov"_s);
        const std::optional<qint64> account = fixture.addAccount(u"16616"_s);
        QVERIFY(user && account);
        AccountLinkRepository links(fixture.database());

        const qint64 before = ChangeSequence::current(fixture.database()).value_or(-1);
        QCOMPARE(links.link(*user, *account), AccountLinkRepository::LinkResult::Linked);
        QCOMPARE(links.link(*user, *account), AccountLinkRepository::LinkResult::AlreadyLinked);
        QCOMPARE(links.isLinked(*user, *account), std::optional<bool>(true));
        QVERIFY(scalar(fixture, u"SELECT changed_seq FROM account_links"_s) > before);

        const qint64 linkedAt = scalar(fixture, u"SELECT changed_seq FROM account_links"_s);
        QCOMPARE(links.unlink(*user, *account), AccountLinkRepository::UnlinkResult::Unlinked);
        QCOMPARE(links.unlink(*user, *account), AccountLinkRepository::UnlinkResult::NotLinked);
        QCOMPARE(links.isLinked(*user, *account), std::optional<bool>(false));
        QCOMPARE(scalar(fixture, u"SELECT account_id FROM account_link_tombstones"_s), *account);
        QVERIFY(scalar(fixture, u"SELECT changed_seq FROM account_link_tombstones"_s) > linkedAt);

        // Linking again forgets the tombstone.
        QCOMPARE(links.link(*user, *account), AccountLinkRepository::LinkResult::Linked);
        QCOMPARE(scalar(fixture, u"SELECT COUNT(*) FROM account_link_tombstones"_s), 0);
        QCOMPARE(links.linkedAccounts(*user),
                 std::optional<QList<qint64>>(QList<qint64> {*account}));
    }

    void buildingsAreReachedThroughAccounts()
    {
        AccountsFixture fixture;
        QVERIFY(fixture.isReady());
        const std::optional<qint64> user = fixture.addUser(u"Ivanov"_s);
        QSqlQuery insert(fixture.database().database());
        QVERIFY(insert.exec(u"INSERT INTO buildings (address, year_built, floors, entrances, "
                            "flats, total_area_centi_m2, living_area_centi_m2, wall_material, "
                            "roof_type, utilities, fund_account, changed_seq) "
                            "VALUES ('ул. Мира, д. 4', 1968, 5, 4, 80, 1, 1, '', '', '[]', "
                            "'regional_operator', 1)"_s));
        const qint64 building = insert.lastInsertId().toLongLong();
        const std::optional<qint64> inside = fixture.addAccount(u"16616"_s, 3160, building);
        const std::optional<qint64> elsewhere = fixture.addAccount(u"16617"_s);
        QVERIFY(user && inside && elsewhere);
        AccountLinkRepository links(fixture.database());
        QCOMPARE(links.link(*user, *elsewhere), AccountLinkRepository::LinkResult::Linked);
        QCOMPARE(links.reachesBuilding(*user, building), std::optional<bool>(false));
        QCOMPARE(links.link(*user, *inside), AccountLinkRepository::LinkResult::Linked);
        QCOMPARE(links.reachesBuilding(*user, building), std::optional<bool>(true));
        QCOMPARE(links.reachesBuilding(*user, building + 1), std::optional<bool>(false));
    }

    void deletingTheUserRemovesLinksAndTombstones()
    {
        AccountsFixture fixture;
        QVERIFY(fixture.isReady());
        const std::optional<qint64> user = fixture.addUser(u"Ivanov"_s);
        const std::optional<qint64> other = fixture.addUser(u"Petrov"_s);
        const std::optional<qint64> a = fixture.addAccount(u"16616"_s);
        const std::optional<qint64> b = fixture.addAccount(u"16617"_s);
        QVERIFY(user && other && a && b);
        AccountLinkRepository links(fixture.database());
        QCOMPARE(links.link(*user, *a), AccountLinkRepository::LinkResult::Linked);
        QCOMPARE(links.link(*user, *b), AccountLinkRepository::LinkResult::Linked);
        QCOMPARE(links.link(*other, *a), AccountLinkRepository::LinkResult::Linked);
        QCOMPARE(links.unlink(*user, *b), AccountLinkRepository::UnlinkResult::Unlinked);

        QVERIFY(UserRepository(fixture.context()).remove(*user));
        QCOMPARE(scalar(fixture, u"SELECT COUNT(*) FROM account_links"_s), 1);
        QCOMPARE(scalar(fixture, u"SELECT COUNT(*) FROM account_link_tombstones"_s), 0);
        QCOMPARE(links.isLinked(*other, *a), std::optional<bool>(true));
        QCOMPARE(scalar(fixture, u"SELECT COUNT(*) FROM accounts"_s), 2); // the operator's
    }
};

QTEST_GUILESS_MAIN(AccountLinkRepositoryTest)
#include "tst_accountlinkrepository.moc"
