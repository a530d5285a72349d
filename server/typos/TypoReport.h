#pragma once

#include "protocol/TypoReportRules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class JsonFieldReader;

// A report of a typo the user selected in the client («Заметили ошибку в тексте? Выделите ее
// мышкой и нажмите Ctrl+Enter»): the body of POST /api/v1/typo-reports,
// {"selection", "context" (optional), "screen" (optional), "comment" (optional)}.
// Checked by TypoReportRules, which the client shares: lengths are in Unicode code points and taken
// as sent, since a typo may well be a stray space.
class TypoReport
{
    Q_DECLARE_TR_FUNCTIONS(TypoReport)

public:
    static constexpr qsizetype maxSelectionLength = TypoReportRules::maxSelectionLength;
    static constexpr qsizetype maxContextLength = TypoReportRules::maxContextLength;
    static constexpr qsizetype maxCommentLength = TypoReportRules::maxCommentLength;
    static constexpr qsizetype maxScreenLength = TypoReportRules::maxScreenLength;

    qint64 id = 0; // assigned by the server
    QString selection; // the selected text, 1–500 characters
    QString context; // the text around it, up to 2000 characters
    QString screen; // which screen: a short key such as "charges", 1–40 of [a-z0-9_.-]
    QString comment; // the user's remark, up to 2000 characters
    QDateTime createdAt; // UTC

    // Reads and checks a request body; on a problem, fields holds the error (400 malformed for
    // a wrong JSON type, 422 invalid naming the field) and the result is to be ignored.
    static TypoReport read(JsonFieldReader& fields);
    static bool isScreenKey(const QString& screen);
};
