#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class JsonFieldReader;

// The body of POST /api/v1/appeals, read and checked: {"accountId" (optional), "topic", "text"}.
// Topic and text are trimmed; then the topic must have 1–200 characters and the text 1–5000
// (Unicode code points, so that a letter outside the BMP counts once).
class NewAppeal
{
    Q_DECLARE_TR_FUNCTIONS(NewAppeal)

public:
    static constexpr qsizetype maxTopicLength = 200;
    static constexpr qsizetype maxTextLength = 5000;

    std::optional<qint64> accountId;
    QString topic;
    QString text;

    // On a problem, fields holds the error (400 malformed for a wrong JSON type, 422 invalid
    // naming the field for a broken rule) and the result is to be ignored.
    static NewAppeal read(JsonFieldReader& fields);
};
