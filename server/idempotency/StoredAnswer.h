#pragma once

#include <QByteArray>
#include <QHttpServerResponse>

#include <optional>

// The part of an answer that a repeated request gets again: the status, the content type and
// the body (docs/api.md, "Idempotency").
struct StoredAnswer
{
    int status = 0;
    QByteArray contentType; // empty when the answer had none (204, say)
    QByteArray body;

    bool isSuccess() const { return status >= 200 && status < 300; }

    static StoredAnswer fromResponse(const QHttpServerResponse& response);
    // The answer again, with "Cache-Control: no-store" like every JSON answer and
    // "Idempotent-Replayed: true", so that a client (or a test) can tell a replay.
    QHttpServerResponse toReplayResponse() const;

    static QByteArray replayedHeader();

    friend bool operator==(const StoredAnswer&, const StoredAnswer&) = default;
};
