#pragma once

#include <QString>

struct BenchContext;
class FigureTable;

// One group of figures of the benchmark: runs its programs and adds its rows to the table, rows
// that say "not measured" (and why) when it could not measure them. kabinet-bench runs the list
// of them that BenchMain.cpp holds; a new figure is a new Measurement in that list.
class Measurement
{
public:
    virtual ~Measurement() = default;

    // For the progress lines on standard error.
    virtual QString title() const = 0;
    virtual void run(const BenchContext& context, FigureTable& table) = 0;
};
