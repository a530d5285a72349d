// AccountMatcher: linking needs the flat, the number and the last payment's date and sum.
#include "AccountsFixture.h"
#include "accounts/AccountMatcher.h"
#include "accounts/AccountRecord.h"
#include "accounts/AccountRepository.h"
#include "accounts/LinkRequest.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class AccountMatcherTest : public QObject
{
    Q_OBJECT

private:
    AccountsFixture m_fixture;
    qint64 m_account = 0;
    qint64 m_flat = 0;

    LinkRequest matching() const
    {
        LinkRequest request;
        request.flatId = m_flat;
        request.number = u"016616"_s;
        request.lastPaymentDate = QDate(2014, 9, 25);
        request.lastPayment = Money::fromKopecks(22025);
        return request;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.isReady());
        const std::optional<qint64> account = m_fixture.addAccount(u"016616"_s);
        QVERIFY(account);
        m_account = *account;
        const Lookup<AccountRecord> record =
            AccountRepository(m_fixture.database()).find(m_account);
        QVERIFY(record.isFound());
        m_flat = record.value().flatId;
        QVERIFY(m_fixture.addPayment(m_account, QDate(2014, 8, 20), 16432));
        QVERIFY(m_fixture.addPayment(m_account, QDate(2014, 9, 25), 10000));
        QVERIFY(m_fixture.addPayment(m_account, QDate(2014, 9, 25), 22025));
        // Another account in another flat with a payment the request could be confused with.
        const std::optional<qint64> other = m_fixture.addAccount(u"16617"_s);
        QVERIFY(other);
        QVERIFY(m_fixture.addPayment(*other, QDate(2014, 9, 26), 5000));
    }

    void everythingRightMatches()
    {
        const Lookup<qint64> match = AccountMatcher(m_fixture.database()).match(matching());
        QVERIFY(match.isFound());
        QCOMPARE(match.value(), m_account);
        // Any payment of the last day is the last payment.
        LinkRequest other = matching();
        other.lastPayment = Money::fromKopecks(10000);
        QVERIFY(AccountMatcher(m_fixture.database()).match(other).isFound());
    }

    void anyMismatchIsMissing_data()
    {
        QTest::addColumn<int>("part");
        QTest::newRow("flat") << 0;
        QTest::newRow("number") << 1;
        QTest::newRow("number without leading zero") << 2;
        QTest::newRow("date") << 3;
        QTest::newRow("an earlier payment") << 4;
        QTest::newRow("sum") << 5;
        QTest::newRow("another account's payment") << 6;
    }

    void anyMismatchIsMissing()
    {
        QFETCH(int, part);
        LinkRequest request = matching();
        switch (part) {
        case 0:
            request.flatId = m_flat + 1000;
            break;
        case 1:
            request.number = u"016617"_s;
            break;
        case 2:
            request.number = u"16616"_s;
            break;
        case 3:
            request.lastPaymentDate = QDate(2014, 9, 24);
            break;
        case 4:
            request.lastPaymentDate = QDate(2014, 8, 20);
            request.lastPayment = Money::fromKopecks(16432);
            break;
        case 5:
            request.lastPayment = Money::fromKopecks(22026);
            break;
        case 6:
            request.lastPaymentDate = QDate(2014, 9, 26);
            request.lastPayment = Money::fromKopecks(5000);
            break;
        }
        const Lookup<qint64> match = AccountMatcher(m_fixture.database()).match(request);
        QVERIFY(!match.failed());
        QVERIFY(!match.isFound());
    }
};

QTEST_GUILESS_MAIN(AccountMatcherTest)
#include "tst_accountmatcher.moc"
