#include "typos/TypoReport.h"

#include "http/JsonFieldReader.h"

using namespace Qt::Literals::StringLiterals;

namespace {
qsizetype characters(const QString& text)
{
    return QStringView(text).toUcs4().size();
}
} // namespace

TypoReport TypoReport::read(JsonFieldReader& fields)
{
    TypoReport report;
    report.selection = fields.requiredString(u"selection"_s);
    report.context = fields.optionalString(u"context"_s).value_or(QString());
    report.screen = fields.optionalString(u"screen"_s).value_or(QString());
    report.comment = fields.optionalString(u"comment"_s).value_or(QString());
    if (fields.hasError())
        return report;
    if (report.selection.isEmpty() || characters(report.selection) > maxSelectionLength)
        fields.fail(
            ApiError(ApiErrorCode::Invalid, u"selection"_s,
                     tr("The selection must have 1 to %1 characters.").arg(maxSelectionLength)));
    else if (characters(report.context) > maxContextLength)
        fields.fail(
            ApiError(ApiErrorCode::Invalid, u"context"_s,
                     tr("The context must have at most %1 characters.").arg(maxContextLength)));
    else if (!report.screen.isEmpty() && !isScreenKey(report.screen))
        fields.fail(ApiError(ApiErrorCode::Invalid, u"screen"_s,
                             tr("The screen must be a key of 1 to %1 small Latin letters, "
                                "digits, '_', '.' or '-'.")
                                 .arg(maxScreenLength)));
    else if (characters(report.comment) > maxCommentLength)
        fields.fail(
            ApiError(ApiErrorCode::Invalid, u"comment"_s,
                     tr("The comment must have at most %1 characters.").arg(maxCommentLength)));
    return report;
}

bool TypoReport::isScreenKey(const QString& screen)
{
    if (screen.isEmpty() || screen.size() > maxScreenLength)
        return false;
    for (const QChar c : screen) {
        const char16_t u = c.unicode();
        const bool allowed = (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_'
            || u == u'.' || u == u'-';
        if (!allowed)
            return false;
    }
    return true;
}
