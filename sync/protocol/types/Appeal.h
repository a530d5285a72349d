#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

// A written appeal of the owner to the operator. It exists locally first (and can be written
// offline); the server assigns its own id once it has received it.
struct Appeal
{
    enum class Status
    {
        Draft, // being written, not yet handed to the outbox
        Queued, // waiting in the outbox to be sent
        Registered, // the server has received it
        InProgress,
        Answered,
        Closed,
    };

    qint64 localId = 0; // assigned by the cache
    std::optional<qint64> serverId; // absent while unsent
    std::optional<qint64> accountId; // the account it concerns, if any
    QString topic;
    QString text;
    Status status = Status::Draft;
    QString answer; // the operator's answer, empty until answered
    QDateTime createdAt; // UTC
    QDateTime answeredAt; // UTC; null until answered

    static QString statusKey(Status status);
    static std::optional<Status> statusFromKey(QStringView key);

    friend bool operator==(const Appeal&, const Appeal&) = default;
};
