#pragma once

#include <QString>
#include <QStringView>

// The rules of docs/api.md ("Appeals") for a new appeal, shared by the client (checking before
// the appeal is queued, so that it is not refused after a long wait in the outbox) and the server
// (checking again). Topic and text count trimmed, as the server stores them, in Unicode code
// points, so that a letter outside the BMP counts once.
class AppealRules
{
public:
    AppealRules() = delete;

    static constexpr qsizetype maxTopicLength = 200;
    static constexpr qsizetype maxTextLength = 5000;

    enum class Problem
    {
        None,
        EmptyTopic,
        TopicTooLong,
        EmptyText,
        TextTooLong,
    };

    // The topic is checked first.
    static Problem check(QStringView topic, QStringView text);
    // The request field at fault: "topic" or "text"; empty for None.
    static QString field(Problem problem);
    // A translated sentence for people; empty for None.
    static QString problemText(Problem problem);
    // Code points of text once trimmed.
    static qsizetype length(QStringView text);
};
