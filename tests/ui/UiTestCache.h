#pragma once

#include "keys/DataKey.h"
#include "protocol/types/Account.h"
#include "protocol/types/ChargeLine.h"

#include <QString>
#include <QTemporaryDir>

// A real encrypted cache for UI tests, made the way the app makes one (CacheVault creates the key,
// CacheDatabase opens the file, CacheSchema migrates it, the stores write), holding the data of
// the portal manual's figure 6.
class UiTestCache
{
public:
    UiTestCache();

    // Creates the cache; false (with a test warning) on failure.
    bool create();

    QString path() const { return m_path; }
    const DataKey& key() const { return m_key; }

    // Figure 6: account 16616 and its charge line for September 2014.
    static Account figure6Account();
    static ChargeLine figure6Line();
    static QString login() { return QStringLiteral("Ivanov"); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    DataKey m_key;
};
