#include "typos/TypoReport.h"

#include "http/JsonFieldReader.h"

using namespace Qt::Literals::StringLiterals;

TypoReport TypoReport::read(JsonFieldReader& fields)
{
    TypoReport report;
    report.selection = fields.requiredString(u"selection"_s);
    report.context = fields.optionalString(u"context"_s).value_or(QString());
    report.screen = fields.optionalString(u"screen"_s).value_or(QString());
    report.comment = fields.optionalString(u"comment"_s).value_or(QString());
    if (fields.hasError())
        return report;
    const TypoReportRules::Problem problem =
        TypoReportRules::check(report.selection, report.context, report.screen, report.comment);
    if (problem != TypoReportRules::Problem::None)
        fields.fail(ApiError(ApiErrorCode::Invalid, TypoReportRules::field(problem),
                             TypoReportRules::problemText(problem)));
    return report;
}

bool TypoReport::isScreenKey(const QString& screen)
{
    return TypoReportRules::isScreenKey(screen);
}
