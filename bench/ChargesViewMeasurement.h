#pragma once

#include "Measurement.h"

// Item 7: the time to fill the charges view («Начисления») with the whole 20-year history of one
// account. That view (issue 6, ui/charges/) is not in the build yet, so this only adds a row that
// says so.
//
// To measure it once it is: give kabinet-bench-card a way to open the charges section instead of
// the card (MainWindow::showSection(MainSection::Charges) for the account CardStartRun picks),
// watch the view with a FirstPaintWatcher whose ready() asks for all of the account's rows in its
// model, time from showSection() to that paint inside the child (the cache is open by then), and
// print it as one more field of the child's JSON line; then read it here from runs of that child,
// as StartupMeasurement does, and add the row with the target "≤ 100 ms".
class ChargesViewMeasurement : public Measurement
{
public:
    QString title() const override;
    void run(const BenchContext& context, FigureTable& table) override;
};
