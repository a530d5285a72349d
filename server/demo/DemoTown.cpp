#include "demo/DemoTown.h"

#include "demo/DemoFacts.h"

using namespace Qt::Literals::StringLiterals;

QList<DemoHouse> DemoTown::houses()
{
    const QString ensk = u"г. Энск"_s;
    const QString mirninsky = DemoFacts::linkableDistrict();
    const QString mirny = DemoFacts::linkableSettlement();
    return {
        {mirninsky, mirny, DemoFacts::linkableStreet(), DemoFacts::linkableHouse(), 80, 16609, {}},
        {mirninsky, mirny, u"ул. Мира"_s, u"6"_s, 40, 16700, {}},
        {mirninsky, mirny, u"ул. Молодёжная"_s, u"2"_s, 18, 16800, {}},
        {mirninsky, u"с. Заречное"_s, u"ул. Центральная"_s, u"1"_s, 8, 30100, {}},
        {ensk, ensk, u"ул. Садовая"_s, u"12"_s, 24, 17100, {}},
        {ensk, ensk, u"пр-т Ленина"_s, u"15"_s, 60, 20300, {}},
        {ensk, ensk, u"ул. Советская"_s, u"3"_s, 36, 20500, {}},
        {u"Северный район"_s, u"п. Северный"_s, u"ул. Лесная"_s, u"9"_s, 12, 40100, u"00"_s},
    };
}

DemoHouse DemoTown::scaleHouse(int index)
{
    return {u"г. Энск"_s,
            u"г. Энск"_s,
            u"ул. Испытателей"_s,
            QString::number(index + 1),
            flatsPerScaleHouse,
            (index + 1) * 1000,
            u"9"_s};
}

bool DemoTown::isShowcase(const DemoHouse& house)
{
    return house.settlement == DemoFacts::linkableSettlement()
        && house.street == DemoFacts::linkableStreet() && house.house == DemoFacts::linkableHouse();
}
