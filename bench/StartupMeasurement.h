#pragma once

#include "Measurement.h"

// Items 1 and 6: from the start of the process to the first paint of the account card with its
// data (kabinet-bench-card: Kabinet's DesktopApp opening the remembered user's warm cache with
// the key from the keychain), against kabinet-bench-bare showing one window; and the peak memory
// of both. The two programs alternate, after one start of each that is not counted (it fills the
// file system's and fontconfig's caches).
class StartupMeasurement : public Measurement
{
public:
    QString title() const override;
    void run(const BenchContext& context, FigureTable& table) override;
};
