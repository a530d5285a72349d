#pragma once

#include "protocol/Period.h"

#include <QString>

// A period as the window names it: «январь 2024» when it speaks Russian, "January 2024" when it
// speaks English. The month is the stand-alone (nominative) form, as on the portal's screens.
// Documents with a fixed language (the receipt's QR purpose, the CSV) keep
// Period::toRussianString().
class PeriodText
{
public:
    PeriodText() = delete;

    static QString text(Period period);
    static QString monthName(int month);

private:
    static bool speaksEnglish();
};
