#pragma once

#include <QString>

// What the demo data promises (docs/demo.md), in one place for the writer, the documentation and
// the tests: the demo user, the account of the manual's figure 6, and one account anybody may
// link. Everything else the demo holds is generated from DemoFacts::seed.
class DemoFacts
{
public:
    DemoFacts() = delete;

    static constexpr quint32 seed = 42;
    // Closed periods of history of the demo's own accounts and of each --demo-scale account.
    static constexpr int historyMonths = 120;
    static constexpr int scaleHistoryMonths = 240;

    static QString login() { return QStringLiteral("demo"); }
    static QString password() { return QStringLiteral("kapremont"); }
    static QString email() { return QStringLiteral("demo@kabinet.example"); }

    // Figure 6 of the manual: «Л/С № 16616 | Лебедка Валентина Григорьевна», 31,60 m², «Частная»,
    // a debt of 220,25 at the end of the last closed period.
    static QString figureSixNumber() { return QStringLiteral("16616"); }
    static QString figureSixOwner() { return QStringLiteral("Лебедка Валентина Григорьевна"); }
    static QString figureSixAddress()
    {
        return QStringLiteral("г.п. Мирный, ул. Мира, д. 4, кв. 7");
    }
    static constexpr qint32 figureSixAreaCentiM2 = 3160;
    static QString figureSixOwnership() { return QStringLiteral("Частная"); }
    static constexpr qint64 figureSixBalanceKopecks = 22025;

    // The demo user's second account ends in an overpayment, the third has recalculations.
    static QString overpaymentNumber() { return QStringLiteral("17103"); }
    static constexpr qint64 overpaymentBalanceKopecks = -154310;
    static QString recalculationNumber() { return QStringLiteral("20341"); }

    // An account of the directory nobody has linked: the last payment is on linkableDay of the
    // last closed month, linkableKopecks.
    static QString linkableDistrict() { return QStringLiteral("Мирнинский район"); }
    static QString linkableSettlement() { return QStringLiteral("г.п. Мирный"); }
    static QString linkableStreet() { return QStringLiteral("ул. Мира"); }
    static QString linkableHouse() { return QStringLiteral("4"); }
    static QString linkableFlat() { return QStringLiteral("12"); }
    static QString linkableNumber() { return QStringLiteral("16621"); }
    static constexpr int linkableDay = 20;
    static constexpr qint64 linkableKopecks = 150000;
};
