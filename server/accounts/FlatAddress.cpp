#include "accounts/FlatAddress.h"

using namespace Qt::Literals::StringLiterals;

QString FlatAddress::houseText() const
{
    return settlement + u", "_s + street + u", "_s + u"д. "_s + house;
}

QString FlatAddress::text() const
{
    return houseText() + u", "_s + u"кв. "_s + flat;
}
