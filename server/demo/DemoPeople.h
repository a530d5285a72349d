#pragma once

#include <QString>

class QRandomGenerator;

// Russian full names («Фамилия Имя Отчество») and ownership types for the generated accounts.
class DemoPeople
{
public:
    DemoPeople() = delete;

    static QString fullName(QRandomGenerator& random);
    // «Частная» mostly, sometimes «Долевая», «Совместная» or «Муниципальная».
    static QString ownershipType(QRandomGenerator& random);
};
