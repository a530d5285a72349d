#include "appeals/NewAppeal.h"

#include "http/JsonFieldReader.h"

using namespace Qt::Literals::StringLiterals;

namespace {
qsizetype characters(const QString& text)
{
    return QStringView(text).toUcs4().size();
}
} // namespace

NewAppeal NewAppeal::read(JsonFieldReader& fields)
{
    NewAppeal appeal;
    appeal.accountId = fields.optionalInteger(u"accountId"_s);
    appeal.topic = fields.requiredString(u"topic"_s).trimmed();
    appeal.text = fields.requiredString(u"text"_s).trimmed();
    if (fields.hasError())
        return appeal;
    if (appeal.topic.isEmpty() || characters(appeal.topic) > maxTopicLength)
        fields.fail(ApiError(ApiErrorCode::Invalid, u"topic"_s,
                             tr("The topic must have 1 to %1 characters.").arg(maxTopicLength)));
    else if (appeal.text.isEmpty() || characters(appeal.text) > maxTextLength)
        fields.fail(ApiError(ApiErrorCode::Invalid, u"text"_s,
                             tr("The text must have 1 to %1 characters.").arg(maxTextLength)));
    return appeal;
}
