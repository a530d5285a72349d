#include "accounts/LinkRequest.h"

#include "http/JsonFieldReader.h"
#include "protocol/json/JsonValues.h"

using namespace Qt::Literals::StringLiterals;

std::optional<LinkRequest> LinkRequest::read(JsonFieldReader& fields)
{
    LinkRequest request;
    request.flatId = fields.requiredInteger(u"flatId"_s);
    request.number = fields.requiredString(u"number"_s).trimmed();
    const QString date = fields.requiredString(u"lastPaymentDate"_s);
    const qint64 kopecks = fields.requiredInteger(u"lastPaymentKopecks"_s);
    request.captchaId = fields.requiredString(u"captchaId"_s);
    request.captchaAnswer = fields.requiredString(u"captchaAnswer"_s);
    if (fields.hasError())
        return std::nullopt;

    auto invalid = [&fields](const QString& field, const QString& message) {
        fields.fail(ApiError(ApiErrorCode::Invalid, field, message));
        return std::nullopt;
    };
    if (request.flatId <= 0)
        return invalid(u"flatId"_s, tr("Choose the flat from the address directory."));
    if (request.number.isEmpty() || request.number.size() > maxNumberLength)
        return invalid(u"number"_s,
                       tr("Enter the account number, at most %1 characters.").arg(maxNumberLength));
    request.lastPaymentDate = JsonValues::parseDate(date);
    if (!request.lastPaymentDate.isValid())
        return invalid(u"lastPaymentDate"_s, tr("Enter the date as YYYY-MM-DD."));
    if (kopecks <= 0)
        return invalid(u"lastPaymentKopecks"_s, tr("Enter the sum of the last payment."));
    request.lastPayment = Money::fromKopecks(kopecks);
    if (request.captchaId.isEmpty())
        return invalid(u"captchaId"_s, tr("Load a captcha first."));
    if (request.captchaAnswer.isEmpty())
        return invalid(u"captchaAnswer"_s, tr("Enter the code from the picture."));
    return request;
}
