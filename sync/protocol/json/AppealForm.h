#pragma once

#include <QString>

#include <optional>

// What POST /appeals sends: a new appeal, about one of the user's accounts or none.
struct AppealForm
{
    std::optional<qint64> accountId;
    QString topic;
    QString text;

    friend bool operator==(const AppealForm&, const AppealForm&) = default;
};
