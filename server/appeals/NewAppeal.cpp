#include "appeals/NewAppeal.h"

#include "http/JsonFieldReader.h"

using namespace Qt::Literals::StringLiterals;

NewAppeal NewAppeal::read(JsonFieldReader& fields)
{
    NewAppeal appeal;
    appeal.accountId = fields.optionalInteger(u"accountId"_s);
    appeal.topic = fields.requiredString(u"topic"_s).trimmed();
    appeal.text = fields.requiredString(u"text"_s).trimmed();
    if (fields.hasError())
        return appeal;
    const AppealRules::Problem problem = AppealRules::check(appeal.topic, appeal.text);
    if (problem != AppealRules::Problem::None)
        fields.fail(ApiError(ApiErrorCode::Invalid, AppealRules::field(problem),
                             AppealRules::problemText(problem)));
    return appeal;
}
