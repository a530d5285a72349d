#pragma once

#include "DemoCacheRig.h"
#include "protocol/Period.h"

#include <QJsonObject>
#include <QString>

// What «Начисления» and «Платежи» need: DemoCacheRig (its server clock at 2024-10-15, so the last
// closed period is 2024-09 and October is charged but not closed), with the server's own history
// figures asked for independently of the client's code.
class HistoryRig : public DemoCacheRig
{
public:
    // GET /api/v1/accounts/{id}/<what>?from=…&to=… (what: charges, payments, movement).
    QJsonObject serverHistory(qint64 accountId, const QString& what, Period from, Period to);
    // The server's id of the demo account with this number; 0 when there is none.
    qint64 accountId(const QString& number);
};
