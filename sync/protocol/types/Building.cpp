#include "Building.h"

#include "protocol/types/EnumKeys.h"

namespace {
constexpr EnumKey<Building::FundAccount> fundAccountKeys[] = {
    {Building::FundAccount::RegionalOperator, u"regional_operator"},
    {Building::FundAccount::SpecialAccount, u"special_account"},
    {Building::FundAccount::Unknown, u"unknown"},
};
} // namespace

QString Building::fundAccountKey(FundAccount fundAccount)
{
    return enumToKey(fundAccountKeys, fundAccount);
}

std::optional<Building::FundAccount> Building::fundAccountFromKey(QStringView key)
{
    return enumFromKey(fundAccountKeys, key);
}
