#pragma once

#include <QString>

// The five levels of the address directory, from the top: «Город/Район», «Населенный пункт»,
// «Улица», «Дом», «Квартира» (the add-account form of the manual, figure 5).
enum class AddressLevel
{
    District,
    Settlement,
    Street,
    House,
    Flat,
};
