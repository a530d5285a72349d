#include "accounts/PeriodRangeQuery.h"

#include "http/RequestParameters.h"

using namespace Qt::Literals::StringLiterals;

PeriodRangeQuery PeriodRangeQuery::read(const QHttpServerRequest& request, Period defaultTo)
{
    return parse(RequestParameters::query(request, u"from"_s),
                 RequestParameters::query(request, u"to"_s), defaultTo);
}

PeriodRangeQuery PeriodRangeQuery::failure(const QString& field, const QString& message)
{
    PeriodRangeQuery query;
    query.m_error = ApiError(ApiErrorCode::Invalid, field, message);
    return query;
}

PeriodRangeQuery PeriodRangeQuery::parse(const std::optional<QString>& fromText,
                                         const std::optional<QString>& toText, Period defaultTo)
{
    const QString periodRule = tr("A period is written as YYYY-MM, e.g. 2014-09.");
    Period to = defaultTo;
    if (toText) {
        to = Period::fromIsoString(*toText);
        if (!to.isValid())
            return failure(u"to"_s, periodRule);
    }
    Period from = to.addMonths(-(defaultMonths - 1));
    if (fromText) {
        from = Period::fromIsoString(*fromText);
        if (!from.isValid())
            return failure(u"from"_s, periodRule);
    }
    if (!from.isValid())
        from = Period(Period::minYear, 1);
    if (!to.isValid())
        return failure(u"to"_s, periodRule);
    if (from > to)
        return failure(u"from"_s, tr("The period from must not be after the period to."));
    if (from.monthsTo(to) > maxMonths)
        return failure(
            u"from"_s,
            tr("The periods from and to must be at most %1 months apart.").arg(maxMonths));
    PeriodRangeQuery query;
    query.m_from = from;
    query.m_to = to;
    return query;
}
