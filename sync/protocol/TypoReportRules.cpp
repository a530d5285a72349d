#include "TypoReportRules.h"

#include <QCoreApplication>

TypoReportRules::Problem TypoReportRules::check(QStringView selection, QStringView context,
                                                QStringView screen, QStringView comment)
{
    const qsizetype selectionLength = length(selection);
    if (selectionLength == 0)
        return Problem::EmptySelection;
    if (selectionLength > maxSelectionLength)
        return Problem::SelectionTooLong;
    if (length(context) > maxContextLength)
        return Problem::ContextTooLong;
    if (!screen.isEmpty() && !isScreenKey(screen))
        return Problem::BadScreen;
    if (length(comment) > maxCommentLength)
        return Problem::CommentTooLong;
    return Problem::None;
}

bool TypoReportRules::isScreenKey(QStringView screen)
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

qsizetype TypoReportRules::length(QStringView text)
{
    return text.toUcs4().size();
}

QString TypoReportRules::field(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::EmptySelection:
    case Problem::SelectionTooLong:
        return QStringLiteral("selection");
    case Problem::ContextTooLong:
        return QStringLiteral("context");
    case Problem::BadScreen:
        return QStringLiteral("screen");
    case Problem::CommentTooLong:
        return QStringLiteral("comment");
    }
    return {};
}

QString TypoReportRules::problemText(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::EmptySelection:
        return QCoreApplication::translate("TypoReportRules",
                                           "Select the text with the mistake first.");
    case Problem::SelectionTooLong:
        return QCoreApplication::translate(
                   "TypoReportRules", "The selection can have at most %1 characters: select less.")
            .arg(maxSelectionLength);
    case Problem::ContextTooLong:
        return QCoreApplication::translate("TypoReportRules",
                                           "The context can have at most %1 characters.")
            .arg(maxContextLength);
    case Problem::BadScreen:
        return QCoreApplication::translate("TypoReportRules",
                                           "The screen must be a key of 1 to %1 small Latin "
                                           "letters, digits, '_', '.' or '-'.")
            .arg(maxScreenLength);
    case Problem::CommentTooLong:
        return QCoreApplication::translate("TypoReportRules",
                                           "The comment can have at most %1 characters.")
            .arg(maxCommentLength);
    }
    return {};
}
