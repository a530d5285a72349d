#pragma once

#include <QString>

// One item of an address-directory answer: {"id": 7, "name": "г.п. Мирный"}.
struct AddressEntry
{
    qint64 id = 0;
    QString name;

    friend bool operator==(const AddressEntry&, const AddressEntry&) = default;
};
