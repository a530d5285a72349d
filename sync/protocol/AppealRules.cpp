#include "AppealRules.h"

#include <QCoreApplication>

AppealRules::Problem AppealRules::check(QStringView topic, QStringView text)
{
    const qsizetype topicLength = length(topic);
    if (topicLength == 0)
        return Problem::EmptyTopic;
    if (topicLength > maxTopicLength)
        return Problem::TopicTooLong;
    const qsizetype textLength = length(text);
    if (textLength == 0)
        return Problem::EmptyText;
    if (textLength > maxTextLength)
        return Problem::TextTooLong;
    return Problem::None;
}

QString AppealRules::field(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::EmptyTopic:
    case Problem::TopicTooLong:
        return QStringLiteral("topic");
    case Problem::EmptyText:
    case Problem::TextTooLong:
        return QStringLiteral("text");
    }
    return {};
}

QString AppealRules::problemText(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::EmptyTopic:
        return QCoreApplication::translate("AppealRules", "Enter the topic of the appeal.");
    case Problem::TopicTooLong:
        return QCoreApplication::translate("AppealRules",
                                           "The topic can have at most %1 characters.")
            .arg(maxTopicLength);
    case Problem::EmptyText:
        return QCoreApplication::translate("AppealRules", "Write the text of the appeal.");
    case Problem::TextTooLong:
        return QCoreApplication::translate("AppealRules",
                                           "The text can have at most %1 characters.")
            .arg(maxTextLength);
    }
    return {};
}

qsizetype AppealRules::length(QStringView text)
{
    return text.trimmed().toUcs4().size();
}
