#pragma once

#include <QString>
#include <QtGlobal>

// Quantities the cache keeps in integer hundredths (an area of 31,60 m² is 3160), written the
// Russian way with a decimal comma. Integer arithmetic only, so 31,60 never prints as 31,59.
class DecimalText
{
public:
    static QString hundredths(qint64 value);
};
