#pragma once

#include "accounts/AccountGate.h"
#include "protocol/Period.h"

#include <QHttpServerResponse>
#include <QString>

class PeriodRangeQuery;
class PortalContext;
class PortalRouter;
class QHttpServerRequest;

// What happened on one account over a range of periods (docs/api.md, "Charges", "Payments and
// the movement of funds"): GET /api/v1/accounts/{id}/charges, …/payments and …/movement, each
// with the optional ?from=YYYY-MM&to=YYYY-MM of PeriodRangeQuery. All three cover closed periods
// only (ClosedPeriods): the rows of a period the operator has not closed are never shown, and
// the movement's amounts leave them out, so that its closing balance is the account's balance.
class AccountHistoryEndpoints
{
public:
    explicit AccountHistoryEndpoints(PortalContext& context);

    void registerRoutes(PortalRouter& router);

private:
    enum class View
    {
        Charges,
        Payments,
        Movement,
    };
    QHttpServerResponse answer(View view, const QString& idText, const QHttpServerRequest& request);
    QHttpServerResponse charges(qint64 accountId, const PeriodRangeQuery& range, Period lastClosed);
    QHttpServerResponse payments(qint64 accountId, const PeriodRangeQuery& range,
                                 Period lastClosed);
    QHttpServerResponse movement(qint64 accountId, const PeriodRangeQuery& range,
                                 Period lastClosed);

    PortalContext& m_context;
    AccountGate m_gate;
};
