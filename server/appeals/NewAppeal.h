#pragma once

#include "protocol/AppealRules.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class JsonFieldReader;

// The body of POST /api/v1/appeals, read and checked: {"accountId" (optional), "topic", "text"}.
// Topic and text are trimmed; then they must follow AppealRules, which the client checks too: the
// topic 1–200 characters and the text 1–5000 (Unicode code points).
class NewAppeal
{
    Q_DECLARE_TR_FUNCTIONS(NewAppeal)

public:
    static constexpr qsizetype maxTopicLength = AppealRules::maxTopicLength;
    static constexpr qsizetype maxTextLength = AppealRules::maxTextLength;

    std::optional<qint64> accountId;
    QString topic;
    QString text;

    // On a problem, fields holds the error (400 malformed for a wrong JSON type, 422 invalid
    // naming the field for a broken rule) and the result is to be ignored.
    static NewAppeal read(JsonFieldReader& fields);
};
