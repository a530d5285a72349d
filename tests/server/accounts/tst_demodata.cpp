// DemoData: what the demo promises (figure 6, the linkable account, three linked accounts),
// determinism, writing once, and the speed of --demo-scale.
#include "AccountsFixture.h"
#include "accounts/AccountLedger.h"
#include "accounts/AccountLinkRepository.h"
#include "accounts/AccountRepository.h"
#include "accounts/ChargeRepository.h"
#include "accounts/ClosedPeriods.h"
#include "accounts/OrganizationRepository.h"
#include "accounts/PaymentRepository.h"
#include "accounts/RecalculationRepository.h"
#include "auth/UserRepository.h"
#include "demo/DemoData.h"
#include "demo/DemoFacts.h"
#include "demo/DemoTariff.h"
#include "protocol/PaymentDetailsRules.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QDateTime demoNow(QDate(2024, 10, 15), QTime(10, 0), Qt::UTC);
const Period lastClosed(2024, 9);
} // namespace

class DemoDataTest : public QObject
{
    Q_OBJECT

private:
    AccountsFixture m_fixture {demoNow};
    qint64 m_user = 0;

    qint64 accountId(const QString& number)
    {
        QSqlQuery query(m_fixture.database().database());
        query.prepare(u"SELECT id FROM accounts WHERE number = ?"_s);
        query.bindValue(0, number);
        if (!query.exec() || !query.next())
            return 0;
        return query.value(0).toLongLong();
    }

    static int count(PortalDatabase& database, const QString& sql)
    {
        QSqlQuery query(database.database());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    // Every row of the operator's tables, as text, for comparing two databases.
    static QStringList dump(PortalDatabase& database)
    {
        QStringList rows;
        const QStringList tables {
            u"address_districts"_s,    u"address_settlements"_s, u"address_streets"_s,
            u"address_houses"_s,       u"address_flats"_s,       u"buildings"_s,
            u"capital_repair_works"_s, u"house_funds"_s,         u"accounts"_s,
            u"charge_lines"_s,         u"recalculations"_s,      u"payments"_s,
            u"operator_periods"_s,     u"organizations"_s,       u"news"_s,
            u"account_links"_s};
        for (const QString& table : tables) {
            QSqlQuery query(database.database());
            if (!query.exec(u"SELECT * FROM "_s + table + u" ORDER BY 1, 2"_s))
                return {u"cannot read "_s + table};
            while (query.next()) {
                QStringList values;
                for (int i = 0; i < query.record().count(); ++i)
                    values.append(query.value(i).toString());
                rows.append(table + u": "_s + values.join(u'|'));
            }
        }
        return rows;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.isReady());
        DemoData demo(m_fixture.context());
        QVERIFY2(demo.write(), qPrintable(demo.errorString()));
        QVERIFY(!demo.skipped());
        const std::optional<UserRecord> user =
            UserRepository(m_fixture.context()).findByLogin(DemoFacts::login());
        QVERIFY(user);
        m_user = user->id;
    }

    void lastClosedIsTheMonthBeforeNow()
    {
        QCOMPARE(ClosedPeriods::lastClosed(m_fixture.context()), std::optional<Period>(lastClosed));
    }

    void figureSixAccount()
    {
        const qint64 id = accountId(DemoFacts::figureSixNumber());
        QVERIFY(id != 0);
        const Lookup<AccountRecord> record = AccountRepository(m_fixture.database()).find(id);
        QVERIFY(record.isFound());
        const Account& account = record.value().account;
        QCOMPARE(account.ownerName, u"Лебедка Валентина Григорьевна"_s);
        QCOMPARE(account.address, u"г.п. Мирный, ул. Мира, д. 4, кв. 7"_s);
        QCOMPARE(account.areaCentiM2, 3160);
        QCOMPARE(account.ownershipType, u"Частная"_s);
        QVERIFY(account.buildingId);
        QCOMPARE(AccountLedger(m_fixture.database()).balance(id, lastClosed),
                 std::optional<Money>(Money::fromKopecks(22025)));

        // Ten years of monthly lines, the year's tariff on the whole area, and the open month.
        const auto lines =
            ChargeRepository(m_fixture.database()).lines(id, Period(1900, 1), Period(2100, 12));
        QVERIFY(lines);
        QCOMPARE(lines->size(), DemoFacts::historyMonths + 1);
        QCOMPARE(lines->constFirst().period, lastClosed.addMonths(-(DemoFacts::historyMonths - 1)));
        QCOMPARE(lines->constLast().period, lastClosed.next());
        for (const ChargeLine& line : *lines) {
            QCOMPARE(line.quantityHundredths, 3160);
            QCOMPARE(line.tariff, DemoTariff::perSquareMetre(line.period.year()));
            QCOMPARE(line.total, line.baseCharge + line.recalculation);
        }
        QVERIFY(DemoTariff::perSquareMetre(2015) > DemoTariff::perSquareMetre(2014));
        QCOMPARE(DemoTariff::perSquareMetre(2014).kopecks(), 520);
        // No payment in the open month.
        const auto open = PaymentRepository(m_fixture.database())
                              .between(id, lastClosed.next().firstDay(), QDate(2100, 1, 1));
        QVERIFY(open && open->isEmpty());
    }

    void theDemoUsersAccounts()
    {
        const auto linked = AccountLinkRepository(m_fixture.database()).linkedAccounts(m_user);
        QVERIFY(linked);
        const qint64 figureSix = accountId(DemoFacts::figureSixNumber());
        const qint64 overpayment = accountId(DemoFacts::overpaymentNumber());
        const qint64 recalculated = accountId(DemoFacts::recalculationNumber());
        QCOMPARE(*linked, (QList<qint64> {figureSix, overpayment, recalculated}));

        AccountLedger ledger(m_fixture.database());
        // The grouped balances of the account list agree with each account's own.
        const auto balances = ledger.balancesOfUser(m_user, lastClosed);
        QVERIFY(balances);
        QCOMPARE(balances->size(), 3);
        for (const qint64 id : *linked)
            QCOMPARE(std::optional<Money>(balances->value(id)), ledger.balance(id, lastClosed));
        QCOMPARE(ledger.balance(overpayment, lastClosed),
                 std::optional<Money>(Money::fromKopecks(DemoFacts::overpaymentBalanceKopecks)));

        // The recalculations show in the lines of the periods that book them.
        const auto recalculations = RecalculationRepository(m_fixture.database())
                                        .bookedIn(recalculated, Period(1900, 1), lastClosed);
        const auto lines =
            ChargeRepository(m_fixture.database()).lines(recalculated, Period(1900, 1), lastClosed);
        QVERIFY(recalculations && lines);
        QVERIFY(recalculations->size() >= 3);
        Money booked;
        for (const Recalculation& recalculation : *recalculations)
            booked += recalculation.amount;
        Money shown;
        for (const ChargeLine& line : *lines)
            shown += line.recalculation;
        QCOMPARE(shown, booked);
        QVERIFY(!booked.isZero());
    }

    void linkableAccount()
    {
        const qint64 id = accountId(DemoFacts::linkableNumber());
        QVERIFY(id != 0);
        const auto last = PaymentRepository(m_fixture.database()).lastDay(id);
        QVERIFY(last);
        QCOMPARE(last->size(), 1);
        QCOMPARE(last->constFirst().date,
                 QDate(lastClosed.year(), lastClosed.month(), DemoFacts::linkableDay));
        QCOMPARE(last->constFirst().amount.kopecks(), DemoFacts::linkableKopecks);
        QCOMPARE(count(m_fixture.database(),
                       u"SELECT COUNT(*) FROM account_links WHERE account_id = "_s
                           + QString::number(id)),
                 0);
    }

    void houseFundAddsUpItsAccounts()
    {
        const Lookup<AccountRecord> record =
            AccountRepository(m_fixture.database()).find(accountId(DemoFacts::figureSixNumber()));
        QVERIFY(record.isFound() && record.value().account.buildingId);
        const qint64 building = *record.value().account.buildingId;
        const QString key = QString::number(lastClosed.toKey());
        const QString inBuilding =
            u"(SELECT id FROM accounts WHERE building_id = "_s + QString::number(building) + u')';
        QSqlQuery query(m_fixture.database().database());
        QVERIFY(query.exec(u"SELECT charged_kopecks, paid_kopecks, debt_kopecks FROM house_funds "
                           "WHERE building_id = "_s
                           + QString::number(building)));
        QVERIFY(query.next());
        const qint64 charged = query.value(0).toLongLong();
        const qint64 paid = query.value(1).toLongLong();
        QCOMPARE(query.value(2).toLongLong(), charged - paid);
        QVERIFY(query.exec(u"SELECT (SELECT SUM(base_kopecks) FROM charge_lines WHERE period <= "_s
                           + key + u" AND account_id IN "_s + inBuilding
                           + u") + (SELECT COALESCE(SUM(amount_kopecks), 0) FROM recalculations "
                             "WHERE applied_in <= "_s
                           + key + u" AND account_id IN "_s + inBuilding
                           + u"), (SELECT SUM(amount_kopecks) FROM payments WHERE account_id IN "_s
                           + inBuilding + u")"_s));
        QVERIFY(query.next());
        QCOMPARE(charged, query.value(0).toLongLong());
        QCOMPARE(paid, query.value(1).toLongLong());
    }

    void organizationsHaveValidBankDetails()
    {
        const auto organizations = OrganizationRepository(m_fixture.database()).all();
        QVERIFY(organizations);
        int paying = 0;
        for (const Organization& organization : *organizations) {
            if (!organization.takesPayments())
                continue;
            ++paying;
            using Rules = PaymentDetailsRules;
            QCOMPARE(Rules::checkInn(organization.inn), Rules::Problem::None);
            QCOMPARE(Rules::checkKpp(organization.kpp), Rules::Problem::None);
            QCOMPARE(Rules::checkBic(organization.bic), Rules::Problem::None);
            QCOMPARE(
                Rules::checkSettlementAccount(organization.settlementAccount, organization.bic),
                Rules::Problem::None);
            QCOMPARE(Rules::checkCorrespondentAccount(organization.correspondentAccount,
                                                      organization.bic),
                     Rules::Problem::None);
        }
        QCOMPARE(paying, 2);
        QVERIFY(organizations->size() > paying);
    }

    void writesOnlyOnce()
    {
        const QStringList before = dump(m_fixture.database());
        DemoData again(m_fixture.context());
        QVERIFY(again.write());
        QVERIFY(again.skipped());
        QCOMPARE(dump(m_fixture.database()), before);
    }

    void isDeterministic()
    {
        AccountsFixture other(demoNow);
        QVERIFY(other.isReady());
        DemoData demo(other.context());
        QVERIFY2(demo.write(), qPrintable(demo.errorString()));
        const QStringList mine = dump(m_fixture.database());
        const QStringList theirs = dump(other.database());
        QVERIFY(mine.size() > 10000);
        QCOMPARE(theirs.size(), mine.size());
        for (qsizetype i = 0; i < mine.size(); ++i) {
            if (mine.at(i) != theirs.at(i))
                QFAIL(qPrintable(mine.at(i) + u" ≠ "_s + theirs.at(i)));
        }
    }

    void scaleIsFastAndLinked()
    {
        AccountsFixture fixture(demoNow);
        QVERIFY(fixture.isReady());
        const int scale = 250;
        QElapsedTimer timer;
        timer.start();
        DemoData demo(fixture.context());
        QVERIFY2(demo.write(scale), qPrintable(demo.errorString()));
        const qint64 elapsed = timer.elapsed();
        qInfo("%d scale accounts with %d months each written in %lld ms", scale,
              DemoFacts::scaleHistoryMonths, elapsed);
        QVERIFY2(elapsed < 30000, "--demo-scale is far too slow");
        QCOMPARE(count(fixture.database(), u"SELECT COUNT(*) FROM account_links"_s), scale + 3);
        QCOMPARE(count(fixture.database(),
                       u"SELECT COUNT(*) FROM charge_lines WHERE account_id = "
                       "(SELECT MAX(account_id) FROM account_links)"_s),
                 DemoFacts::scaleHistoryMonths + 1);
    }
};

QTEST_GUILESS_MAIN(DemoDataTest)
#include "tst_demodata.moc"
