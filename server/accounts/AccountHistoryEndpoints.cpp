#include "accounts/AccountHistoryEndpoints.h"

#include "accounts/AccountLedger.h"
#include "accounts/ChargeRepository.h"
#include "accounts/ClosedPeriods.h"
#include "accounts/PaymentRepository.h"
#include "accounts/PeriodRangeQuery.h"
#include "accounts/RecalculationRepository.h"
#include "core/Clock.h"
#include "core/PortalContext.h"
#include "http/JsonResponse.h"
#include "http/PortalRouter.h"
#include "protocol/ApiVersion.h"
#include "protocol/json/AccountChargesJson.h"
#include "protocol/json/MovementOfFundsJson.h"
#include "protocol/json/PaymentJson.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

AccountHistoryEndpoints::AccountHistoryEndpoints(PortalContext& context)
    : m_context(context)
    , m_gate(context)
{ }

void AccountHistoryEndpoints::registerRoutes(PortalRouter& router)
{
    const QString account = ApiVersion::pathPrefix() + u"/accounts/<arg>/"_s;
    const std::pair<View, QString> views[] = {
        {View::Charges, u"charges"_s},
        {View::Payments, u"payments"_s},
        {View::Movement, u"movement"_s},
    };
    for (const auto& [view, path] : views) {
        router.route(QHttpServerRequest::Method::Get, account + path,
                     [this, view](const QString& id, const QHttpServerRequest& request) {
                         return answer(view, id, request);
                     });
    }
}

QHttpServerResponse AccountHistoryEndpoints::answer(View view, const QString& idText,
                                                    const QHttpServerRequest& request)
{
    auto admitted = m_gate.admit(idText, request);
    if (auto* refusal = std::get_if<QHttpServerResponse>(&admitted))
        return std::move(*refusal);
    const qint64 accountId = std::get<AccountGate::Pass>(admitted).accountId;

    const std::optional<Period> lastClosed = ClosedPeriods::lastClosed(m_context);
    if (!lastClosed)
        return JsonResponse::error(ApiErrorCode::Internal);
    // While nothing is closed the default range still needs an end: the last month that could be.
    const Period defaultTo = lastClosed->isValid()
        ? *lastClosed
        : Period::fromDate(m_context.clock().now().date()).previous();
    const PeriodRangeQuery range = PeriodRangeQuery::read(request, defaultTo);
    if (!range.isValid())
        return JsonResponse::error(range.error());

    switch (view) {
    case View::Charges:
        return charges(accountId, range, *lastClosed);
    case View::Payments:
        return payments(accountId, range, *lastClosed);
    case View::Movement:
        return movement(accountId, range, *lastClosed);
    }
    return JsonResponse::error(ApiErrorCode::Internal);
}

QHttpServerResponse
AccountHistoryEndpoints::charges(qint64 accountId, const PeriodRangeQuery& range, Period lastClosed)
{
    AccountCharges charges;
    charges.accountId = accountId;
    charges.lastClosedPeriod = lastClosed;
    // An invalid lastClosed (nothing closed) sorts first, so the range is then empty.
    const Period end = std::min(range.to(), lastClosed);
    if (end.isValid() && range.from() <= end) {
        const std::optional<QList<ChargeLine>> lines =
            ChargeRepository(m_context.database()).lines(accountId, range.from(), end);
        const std::optional<QList<Recalculation>> recalculations =
            RecalculationRepository(m_context.database()).bookedIn(accountId, range.from(), end);
        if (!lines || !recalculations)
            return JsonResponse::error(ApiErrorCode::Internal);
        charges.lines = *lines;
        charges.recalculations = *recalculations;
    }
    return JsonResponse::object(AccountChargesJson::toJson(charges));
}

QHttpServerResponse AccountHistoryEndpoints::payments(qint64 accountId,
                                                      const PeriodRangeQuery& range,
                                                      Period lastClosed)
{
    QJsonArray items;
    const Period end = std::min(range.to(), lastClosed);
    if (end.isValid() && range.from() <= end) {
        const std::optional<QList<Payment>> payments =
            PaymentRepository(m_context.database())
                .between(accountId, range.from().firstDay(), end.lastDay());
        if (!payments)
            return JsonResponse::error(ApiErrorCode::Internal);
        for (const Payment& payment : *payments)
            items.append(PaymentJson::toJson(payment));
    }
    return JsonResponse::object({{u"items"_s, items}});
}

QHttpServerResponse AccountHistoryEndpoints::movement(qint64 accountId,
                                                      const PeriodRangeQuery& range,
                                                      Period lastClosed)
{
    const std::optional<MovementOfFunds> movement =
        AccountLedger(m_context.database())
            .movement(accountId, range.from(), range.to(), lastClosed);
    if (!movement)
        return JsonResponse::error(ApiErrorCode::Internal);
    return JsonResponse::object(MovementOfFundsJson::toJson(*movement));
}
