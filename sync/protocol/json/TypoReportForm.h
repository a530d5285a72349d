#pragma once

#include <QString>

// What POST /typo-reports sends: the text the user selected, where, and what they say about it.
struct TypoReportForm
{
    QString selection; // required, sent as selected
    QString context; // the text around it; empty for none
    QString screen; // a key such as "charges"; empty for none
    QString comment; // empty for none

    friend bool operator==(const TypoReportForm&, const TypoReportForm&) = default;
};
