#pragma once

#include <QString>
#include <QStringView>

// The rules of docs/api.md ("Typo reports") for a report of a typo, shared by the client (which
// cuts the context to fit and refuses an overlong selection before it is queued) and the server
// (checking again). Lengths are in Unicode code points and taken as sent: a typo may well be a
// stray space, so nothing is trimmed.
class TypoReportRules
{
public:
    TypoReportRules() = delete;

    static constexpr qsizetype maxSelectionLength = 500;
    static constexpr qsizetype maxContextLength = 2000;
    static constexpr qsizetype maxCommentLength = 2000;
    static constexpr qsizetype maxScreenLength = 40;

    enum class Problem
    {
        None,
        EmptySelection,
        SelectionTooLong,
        ContextTooLong,
        BadScreen,
        CommentTooLong,
    };

    // In the order of the problems above; an empty screen is none.
    static Problem check(QStringView selection, QStringView context, QStringView screen,
                         QStringView comment);
    // 1–40 of [a-z0-9_.-].
    static bool isScreenKey(QStringView screen);
    static qsizetype length(QStringView text);

    // The request field at fault ("selection", "context", "screen", "comment"); empty for None.
    static QString field(Problem problem);
    // A translated sentence for people; empty for None.
    static QString problemText(Problem problem);
};
