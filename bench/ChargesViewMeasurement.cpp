#include "ChargesViewMeasurement.h"

#include "BenchContext.h"
#include "ChildProgram.h"
#include "FigureTable.h"

using namespace Qt::Literals::StringLiterals;

namespace {

const QString chargesName = u"Charges view filled with 20 years of one account"_s;

} // namespace

QString ChargesViewMeasurement::title() const
{
    return u"the charges view with 20 years of one account"_s;
}

void ChargesViewMeasurement::run(const BenchContext& context, FigureTable& table)
{
    Samples totalMs, readMs, fillMs;
    QJsonObject last;
    for (int i = -1; i < context.runs; ++i) {
        const ChildProgram::Result result = ChildProgram::run(context.card, {}, {}, 90000);
        if (!result.ok() || result.jsonLines.isEmpty()) {
            table.add(Figure::failed(u"7"_s, chargesName,
                                     context.card.section(u'/', -1) + u": "_s + result.problem()));
            return;
        }
        last = result.jsonLines.constLast();
        if (last.value(u"chargeRows"_s).toInt() == 0) {
            table.add(Figure::failed(u"7"_s, chargesName, u"the charges table stayed empty"_s));
            return;
        }
        if (i < 0)
            continue;
        totalMs.add(last.value(u"chargesNs"_s).toDouble() / 1e6);
        readMs.add(last.value(u"chargesReadNs"_s).toDouble() / 1e6);
        fillMs.add(last.value(u"chargesFillNs"_s).toDouble() / 1e6);
    }
    table.add(Figure(u"7"_s, chargesName, Figure::Unit::Milliseconds)
                  .withSamples(totalMs)
                  .withTarget(u"≤ 100 ms"_s, 100)
                  .withNote(u"account %1, range %2 (%3 table rows): from opening «Начисления» "
                            "to the paint of the charges table with them"_s
                                .arg(last.value(u"account"_s).toString(),
                                     last.value(u"chargesRange"_s).toString())
                                .arg(last.value(u"chargeRows"_s).toInt())));
    table.add(Figure(u"7"_s, u"  of which reading the history from the cache"_s,
                     Figure::Unit::Milliseconds)
                  .withSamples(readMs));
    table.add(
        Figure(u"7"_s, u"  of which filling and painting the view"_s, Figure::Unit::Milliseconds)
            .withSamples(fillMs));
}
