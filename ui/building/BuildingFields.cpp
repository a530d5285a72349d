#include "building/BuildingFields.h"

#include "accounts/DecimalText.h"

using Field = FieldTableModel::Field;

namespace {

QString notGiven()
{
    return BuildingFields::tr("not given");
}

Field textField(const QString& key, const QString& name, const QString& value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isEmpty() ? Field {key, name, notGiven(), {}, false}
                             : Field {key, name, trimmed, {}, true};
}

Field countField(const QString& key, const QString& name, int value)
{
    return value > 0 ? Field {key, name, QString::number(value), {}, true}
                     : Field {key, name, notGiven(), {}, false};
}

Field areaField(const QString& key, const QString& name, qint32 centiM2)
{
    if (centiM2 <= 0)
        return {key, name, notGiven(), {}, false};
    //: %1 is an area such as "3456,70"
    return {
        key, name, BuildingFields::tr("%1 sq. m").arg(DecimalText::hundredths(centiM2)), {}, true};
}

Field moneyField(const QString& key, const QString& name, Money amount)
{
    return {key, name, BuildingFields::moneyText(amount), amount, true};
}

} // namespace

QList<Field> BuildingFields::passport(const Building& building)
{
    const QString year = building.yearBuilt > 0 ? QString::number(building.yearBuilt) : QString();
    return {
        textField(QStringLiteral("yearBuilt"), tr("Year built"), year),
        countField(QStringLiteral("floors"), tr("Floors"), building.floors),
        countField(QStringLiteral("entrances"), tr("Entrances"), building.entrances),
        countField(QStringLiteral("flats"), tr("Flats"), building.flats),
        areaField(QStringLiteral("totalArea"), tr("Total area"), building.totalAreaCentiM2),
        areaField(QStringLiteral("livingArea"), tr("Living area"), building.livingAreaCentiM2),
        textField(QStringLiteral("wallMaterial"), tr("Wall material"), building.wallMaterial),
        textField(QStringLiteral("roofType"), tr("Roof"), building.roofType),
        textField(QStringLiteral("utilities"), tr("Utilities"), building.utilities.join(u", ")),
        {QStringLiteral("fundAccount"),
         tr("Capital-repair fund is formed"),
         fundAccountText(building.fundAccount),
         {},
         building.fundAccount != Building::FundAccount::Unknown},
    };
}

QList<Field> BuildingFields::fund(const HouseFund& fund)
{
    // The portal never shows a signed debt: an overpayment is named as such.
    const QString debtName =
        fund.debt.isNegative() ? tr("Owners' overpayment") : tr("Owners' debt");
    Field debt = moneyField(QStringLiteral("debt"), debtName, fund.debt);
    debt.value = moneyText(fund.debt.isNegative() ? -fund.debt : fund.debt);
    // Works may cost more than the owners have paid so far: the operator pays the difference
    // from its common funds, and the house's later contributions make up for it.
    const Money left = fund.remaining();
    Field remaining = moneyField(
        QStringLiteral("remaining"),
        left.isNegative() ? tr("Spent beyond payments") : tr("Left for future works"), left);
    remaining.value = moneyText(left.isNegative() ? -left : left);
    return {
        moneyField(QStringLiteral("charged"), tr("Charged to all owners"), fund.charged),
        moneyField(QStringLiteral("paid"), tr("Paid by all owners"), fund.paid),
        debt,
        moneyField(QStringLiteral("spentOnWorks"), tr("Spent on works"), fund.spentOnWorks),
        remaining,
    };
}

QString BuildingFields::fundAccountText(Building::FundAccount account)
{
    switch (account) {
    case Building::FundAccount::RegionalOperator:
        return tr("On the regional operator's account");
    case Building::FundAccount::SpecialAccount:
        return tr("On a special account");
    case Building::FundAccount::Unknown:
        return notGiven();
    }
    return notGiven();
}

QString BuildingFields::moneyText(Money amount)
{
    //: %1 is an amount such as "1 543,10"; ₽ is the rouble sign
    return tr("%1 ₽").arg(amount.toString());
}
