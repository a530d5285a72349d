#include "building/BuildingFields.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Field = FieldTableModel::Field;

namespace {

const QChar nbsp(0x00A0);

Field fieldOf(const QList<Field>& fields, const QString& key)
{
    for (const Field& field : fields) {
        if (field.key == key)
            return field;
    }
    return {};
}

Building houseOnMira()
{
    Building building;
    building.id = 2;
    building.address = u"г.п. Мирный, ул. Мира, д. 4"_s;
    building.yearBuilt = 1968;
    building.floors = 5;
    building.entrances = 4;
    building.flats = 80;
    building.totalAreaCentiM2 = 362050;
    building.livingAreaCentiM2 = 251007;
    building.wallMaterial = u"Кирпич"_s;
    building.roofType = u"Скатная"_s;
    building.utilities = {u"Центральное отопление"_s, u"Холодное водоснабжение"_s};
    building.fundAccount = Building::FundAccount::RegionalOperator;
    return building;
}

} // namespace

class TestBuildingFields : public QObject
{
    Q_OBJECT

private slots:
    void passportShowsEveryFigure();
    void missingFiguresAreNotGivenRatherThanZero();
    void fundShowsAmountsToTheKopeck();
    void anOverpaidFundIsNamedSo();
    void worksBeyondThePaymentsAreNamedSo();
};

void TestBuildingFields::passportShowsEveryFigure()
{
    const QList<Field> fields = BuildingFields::passport(houseOnMira());
    QStringList keys;
    for (const Field& field : fields) {
        keys.append(field.key);
        QVERIFY2(field.known, qPrintable(field.key));
        QVERIFY(!field.money);
    }
    QCOMPARE(keys,
             (QStringList {u"yearBuilt"_s, u"floors"_s, u"entrances"_s, u"flats"_s, u"totalArea"_s,
                           u"livingArea"_s, u"wallMaterial"_s, u"roofType"_s, u"utilities"_s,
                           u"fundAccount"_s}));
    QCOMPARE(fieldOf(fields, u"yearBuilt"_s).value, u"1968"_s);
    QCOMPARE(fieldOf(fields, u"flats"_s).value, u"80"_s);
    // Hundredths to the last digit: 2510,07, never 2510,06 or 2510,1.
    QCOMPARE(fieldOf(fields, u"totalArea"_s).value, u"3620,50 sq. m"_s);
    QCOMPARE(fieldOf(fields, u"livingArea"_s).value, u"2510,07 sq. m"_s);
    QCOMPARE(fieldOf(fields, u"roofType"_s).value, u"Скатная"_s);
    QCOMPARE(fieldOf(fields, u"utilities"_s).value,
             u"Центральное отопление, Холодное водоснабжение"_s);
    QCOMPARE(fieldOf(fields, u"fundAccount"_s).value, u"On the regional operator's account"_s);

    Building special = houseOnMira();
    special.fundAccount = Building::FundAccount::SpecialAccount;
    QCOMPARE(fieldOf(BuildingFields::passport(special), u"fundAccount"_s).value,
             u"On a special account"_s);
}

void TestBuildingFields::missingFiguresAreNotGivenRatherThanZero()
{
    Building empty;
    empty.id = 9;
    empty.wallMaterial = u"  "_s;
    const QList<Field> fields = BuildingFields::passport(empty);
    QCOMPARE(fields.size(), 10);
    for (const Field& field : fields) {
        QVERIFY2(!field.known, qPrintable(field.key));
        QCOMPARE(field.value, u"not given"_s);
    }
}

void TestBuildingFields::fundShowsAmountsToTheKopeck()
{
    const HouseFund fund {2,
                          QDate(2024, 9, 30),
                          Money::fromKopecks(123456789),
                          Money::fromKopecks(120000001),
                          Money::fromKopecks(3456788),
                          Money::fromKopecks(100000000)};
    const QList<Field> fields = BuildingFields::fund(fund);
    QCOMPARE(fields.size(), 5);
    QCOMPARE(fieldOf(fields, u"charged"_s).money, Money::fromKopecks(123456789));
    QCOMPARE(fieldOf(fields, u"charged"_s).value,
             u"1"_s + nbsp + u"234"_s + nbsp + u"567,89 ₽"_s);
    QCOMPARE(fieldOf(fields, u"paid"_s).money, Money::fromKopecks(120000001));
    QCOMPARE(fieldOf(fields, u"debt"_s).money, Money::fromKopecks(3456788));
    QCOMPARE(fieldOf(fields, u"debt"_s).name, u"Owners' debt"_s);
    QCOMPARE(fieldOf(fields, u"spentOnWorks"_s).money, Money::fromKopecks(100000000));
    QCOMPARE(fieldOf(fields, u"remaining"_s).money, Money::fromKopecks(20000001));
    QCOMPARE(fieldOf(fields, u"remaining"_s).value, u"200"_s + nbsp + u"000,01 ₽"_s);
}

void TestBuildingFields::anOverpaidFundIsNamedSo()
{
    const HouseFund fund {2,
                          QDate(2024, 9, 30),
                          Money::fromKopecks(1000),
                          Money::fromKopecks(1250),
                          Money::fromKopecks(-250),
                          Money()};
    const Field debt = fieldOf(BuildingFields::fund(fund), u"debt"_s);
    QCOMPARE(debt.name, u"Owners' overpayment"_s);
    QCOMPARE(debt.value, u"2,50 ₽"_s);
    // The amount behind it keeps the server's sign.
    QCOMPARE(debt.money, Money::fromKopecks(-250));
}

void TestBuildingFields::worksBeyondThePaymentsAreNamedSo()
{
    const HouseFund fund {2,
                          QDate(2024, 9, 30),
                          Money::fromKopecks(100000),
                          Money::fromKopecks(90000),
                          Money::fromKopecks(10000),
                          Money::fromKopecks(150001)};
    const Field remaining = fieldOf(BuildingFields::fund(fund), u"remaining"_s);
    QCOMPARE(remaining.name, u"Spent beyond payments"_s);
    QCOMPARE(remaining.value, u"600,01 ₽"_s);
    QCOMPARE(remaining.money, Money::fromKopecks(-60001));
}

QTEST_MAIN(TestBuildingFields)
#include "tst_buildingfields.moc"
