#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

// A change the user made offline (or while the server was unreachable), waiting to be sent. The
// idempotency key travels with every attempt, so a retry after a lost response is not applied
// twice by the server.
struct OutboxItem
{
    enum class Kind
    {
        Appeal,
        MeterReading,
        TypoReport, // «Заметили ошибку в тексте?» (Ctrl+Enter)
        SubscriptionChange, // receipts by e-mail on or off
    };

    enum class State
    {
        Pending, // to be sent (again)
        Sending, // an attempt is under way
        Sent, // the server confirmed it
        Failed, // the server refused it for good; retrying would not help
    };

    qint64 localId = 0; // assigned by the cache; increases in the order items were queued
    Kind kind = Kind::Appeal;
    QByteArray payload; // the JSON request body
    QString idempotencyKey; // a UUID without braces
    QDateTime createdAt; // UTC
    int attempts = 0;
    QString lastError; // of the last failed attempt; empty otherwise
    State state = State::Pending;

    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(QStringView key);
    static QString stateKey(State state);
    static std::optional<State> stateFromKey(QStringView key);

    friend bool operator==(const OutboxItem&, const OutboxItem&) = default;
};
