#include "UiTestCache.h"
#include "accounts/AccountListModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestAccountListModel : public QObject
{
    Q_OBJECT

private slots:
    void showsNumberAddressAndBalance();
    void sortsNumbersAndBalancesAsNumbers();
};

namespace {

QList<Account> twoAccounts()
{
    Account other = UiTestCache::figure6Account();
    other.id = 9;
    other.number = u"9"_s;
    other.balance = Money::fromKopecks(-154310);
    other.hasMeters = true;
    return {UiTestCache::figure6Account(), other};
}

} // namespace

void TestAccountListModel::showsNumberAddressAndBalance()
{
    AccountListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!model.anyHasMeters());
    model.setAccounts(twoAccounts());
    QVERIFY(model.anyHasMeters());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, AccountListModel::NumberColumn).data().toString(), u"16616"_s);
    QCOMPARE(model.index(0, AccountListModel::AddressColumn).data().toString(),
             UiTestCache::figure6Account().address);
    QCOMPARE(model.index(0, AccountListModel::BalanceColumn).data().toString(),
             u"Debt "_s + Money::fromKopecks(22025).toString() + u" ₽"_s);
    QCOMPARE(model.index(1, AccountListModel::BalanceColumn).data().toString(),
             u"Overpayment 1"_s + QChar(0x00A0) + u"543,10 ₽"_s);
    QCOMPARE(model.index(1, AccountListModel::OwnerColumn).data(AccountListModel::AccountIdRole),
             QVariant(qint64(9)));
    QCOMPARE(model.headerData(AccountListModel::NumberColumn, Qt::Horizontal).toString(),
             u"Account No."_s);
    QCOMPARE(model.headerData(AccountListModel::BalanceColumn, Qt::Horizontal).toString(),
             u"Debt / overpayment"_s);
}

void TestAccountListModel::sortsNumbersAndBalancesAsNumbers()
{
    AccountListModel model;
    model.setAccounts(twoAccounts());
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(AccountListModel::SortRole);
    sorted.sort(AccountListModel::NumberColumn);
    // As text "16616" < "9"; as numbers 9 comes first.
    QCOMPARE(sorted.index(0, 0).data().toString(), u"9"_s);
    sorted.sort(AccountListModel::BalanceColumn, Qt::DescendingOrder);
    QCOMPARE(sorted.index(0, 0).data().toString(), u"16616"_s);
}

QTEST_MAIN(TestAccountListModel)
#include "tst_accountlistmodel.moc"
