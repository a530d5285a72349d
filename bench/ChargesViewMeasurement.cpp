#include "ChargesViewMeasurement.h"

#include "FigureTable.h"

using namespace Qt::Literals::StringLiterals;

QString ChargesViewMeasurement::title() const
{
    return u"the charges view with 20 years of one account"_s;
}

void ChargesViewMeasurement::run(const BenchContext&, FigureTable& table)
{
    table.add(Figure::notMeasuredYet(
        u"7"_s, u"Charges view filled with 20 years of one account"_s,
        u"not measured yet: the charges view (issue 6) is not in the build (target ≤ 100 ms)"_s));
}
