#pragma once

#include <QString>

// One answer of the address directory (GET /addresses/districts, …/settlements, …/streets,
// …/houses, …/flats): the id to ask the next level with, and the name to show.
struct AddressItem
{
    qint64 id = 0;
    QString name;

    friend bool operator==(const AddressItem&, const AddressItem&) = default;
};
