#pragma once

#include "Measurement.h"

// Item 2: opening the remembered user's cache (the one `kabinet --sync` filled) the two ways
// Kabinet does, through its CacheUnlocker, each up to the first read of the database (SQLCipher
// checks the key only then): with the key the keychain remembers, and with the password. The
// parts are reported too: the keychain's answer alone, and the password's key derivation alone
// (PasswordKeyWrap::unwrap of the key file).
class CacheOpenMeasurement : public Measurement
{
public:
    QString title() const override;
    void run(const BenchContext& context, FigureTable& table) override;
};
