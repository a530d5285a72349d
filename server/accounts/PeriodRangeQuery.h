#pragma once

#include "http/ApiError.h"
#include "protocol/Period.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QHttpServerRequest;

// The "?from=2014-01&to=2014-12" of the charges, payments and movement endpoints, checked:
// both optional, to defaulting to the last closed period and from to eleven months before to
// (the last twelve closed periods); each a "YYYY-MM" period; from not after to; at most
// maxMonths months apart. Anything else is 422 invalid naming the parameter.
class PeriodRangeQuery
{
    Q_DECLARE_TR_FUNCTIONS(PeriodRangeQuery)

public:
    static constexpr int maxMonths = 600;
    static constexpr int defaultMonths = 12;

    static PeriodRangeQuery read(const QHttpServerRequest& request, Period defaultTo);
    static PeriodRangeQuery parse(const std::optional<QString>& fromText,
                                  const std::optional<QString>& toText, Period defaultTo);

    bool isValid() const { return !m_error.has_value(); }
    Period from() const { return m_from; }
    Period to() const { return m_to; }
    // Valid only when !isValid().
    ApiError error() const { return m_error.value_or(ApiError()); }

private:
    PeriodRangeQuery() = default;
    static PeriodRangeQuery failure(const QString& field, const QString& message);

    Period m_from;
    Period m_to;
    std::optional<ApiError> m_error;
};
