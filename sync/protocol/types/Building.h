#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// The technical passport of an apartment house («Технические характеристики МКД»). Counts and areas
// are 0 when the operator has not filled them in.
struct Building
{
    // Where the house's capital-repair fund is formed. Only owners of houses whose fund is on the
    // regional operator's account may use the cabinet at all.
    enum class FundAccount
    {
        RegionalOperator, // «на счете Регионального оператора»
        SpecialAccount, // «на специальном счете»
        Unknown,
    };

    qint64 id = 0; // server id
    QString address;
    int yearBuilt = 0;
    int floors = 0;
    int entrances = 0;
    int flats = 0;
    qint32 totalAreaCentiM2 = 0; // hundredths of a square metre
    qint32 livingAreaCentiM2 = 0;
    QString wallMaterial; // e.g. «Кирпич»
    QString roofType; // e.g. «Плоская»
    QStringList utilities; // e.g. «Центральное отопление», «Лифт»
    FundAccount fundAccount = FundAccount::Unknown;

    // Stable words for storage and the wire ("regional_operator", ...).
    static QString fundAccountKey(FundAccount fundAccount);
    static std::optional<FundAccount> fundAccountFromKey(QStringView key);

    friend bool operator==(const Building&, const Building&) = default;
};
