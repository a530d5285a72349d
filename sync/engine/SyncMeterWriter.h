#pragma once

#include "protocol/json/MeterDetails.h"
#include "store/MeterStore.h"

#include <QSqlDatabase>
#include <QSqlError>

// Writes a meter from a sync answer. The server sends a meter with all its readings, so the cached
// readings become exactly those, except the ones entered here and not sent yet (Pending) on
// dates the server has no reading for: they are the user's, waiting in the outbox.
class SyncMeterWriter
{
public:
    explicit SyncMeterWriter(QSqlDatabase db);

    bool write(const MeterDetails& details);

    QSqlError lastError() const { return m_store.lastError(); }

private:
    MeterStore m_store;
};
