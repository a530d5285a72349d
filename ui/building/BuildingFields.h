#pragma once

#include "building/FieldTableModel.h"
#include "protocol/types/Building.h"
#include "protocol/types/HouseFund.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// What the «Технические характеристики МКД» section says about a house, as rows of
// FieldTableModel: its technical passport and its capital-repair fund. A figure the operator has
// not filled in (0, empty) reads "not given" rather than a misleading 0.
class BuildingFields
{
    Q_DECLARE_TR_FUNCTIONS(BuildingFields)

public:
    BuildingFields() = delete;

    static QList<FieldTableModel::Field> passport(const Building& building);
    // Charged, paid, the owners' debt (or overpayment), spent on works and what is left.
    static QList<FieldTableModel::Field> fund(const HouseFund& fund);
    // Where the house's fund is formed: the operator's account type.
    static QString fundAccountText(Building::FundAccount account);
    // "1 234,50 ₽", with the sign of the amount.
    static QString moneyText(Money amount);
};
